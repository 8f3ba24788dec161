package io.qantar.gateway.testing;

import io.vertx.core.Vertx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The four fake subgraphs of the {@code shop} test supergraph: products (owns Product, keys upc and sku),
 * inventory (stock and shipping, which {@code @requires} the weight), reviews (reviews by sku, authors with
 * {@code @provides(fields: "name")}) and accounts (owns User, {@code @override}s nickname).
 *
 * <p>Product {@code n} (1-based) has upc {@code p<n>}, sku {@code s<n>}, price {@code 10*n}, weight {@code n}, and two
 * reviews {@code r<n>a} by user {@code u1} and {@code r<n>b} by user {@code u2}. Inventory can be told to fail
 * for one product: its {@code inStock} is then null although non-null, and its {@code shippingEstimate} an error.
 * {@code product(upc: "secret")} is a product of the {@code @inaccessible} category {@code SECRET}.
 */
public final class ShopSubgraphs implements AutoCloseable {

    public static final String SUPERGRAPH = "supergraphs/shop/supergraph.graphql";

    public final FakeSubgraph products;
    public final FakeSubgraph inventory;
    public final FakeSubgraph reviews;
    public final FakeSubgraph accounts;
    private final List<Map<String, Object>> productData = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> addedReviews = new CopyOnWriteArrayList<>();
    private volatile String broken;

    public ShopSubgraphs(Vertx vertx, int productCount) {
        for (int n = 1; n <= productCount; n++) {
            productData.add(product("p" + n, "s" + n, "Product " + n, 10 * n, n, n % 2 == 0 ? "GAMES" : "BOOKS"));
        }
        products = FakeSubgraph.builder("products", "supergraphs/shop/products.graphql")
                .field("Query", "products", env -> productData.subList(0, Math.min(productData.size(),
                        (Integer) env.getArgument("first"))))
                .field("Query", "product", env -> "secret".equals(env.getArgument("upc"))
                        ? product("secret", "s-secret", "Secret", 0, 0, "SECRET")
                        : findProduct("upc", env.getArgument("upc")))
                .field("Query", "topProduct", env -> productData.get(0))
                .field("Mutation", "createProduct", env -> {
                    Map<String, Object> created = product(env.getArgument("upc"), "s-" + env.getArgument("upc"),
                            env.getArgument("name"), env.getArgument("price"), 1, "BOOKS");
                    productData.add(created);
                    return created;
                })
                .entity("Product", rep -> rep.containsKey("upc") ? findProduct("upc", rep.get("upc"))
                        : findProduct("sku", rep.get("sku")))
                .start(vertx);
        inventory = FakeSubgraph.builder("inventory", "supergraphs/shop/inventory.graphql")
                .entity("Product", rep -> {
                    Map<String, Object> product = findProduct("upc", rep.get("upc"));
                    if (product == null) {
                        return null;
                    }
                    Map<String, Object> stock = new LinkedHashMap<>();
                    stock.put("upc", rep.get("upc"));
                    stock.put("inStock", ((Integer) product.get("weight")) % 2 == 1);
                    Object weight = rep.get("weight");
                    stock.put("shippingEstimate", weight == null ? null : ((Integer) weight) * 5);
                    stock.put("price", product.get("price"));
                    return stock;
                })
                // Where inventory misbehaves: no stock answer (a null for a non-null field) and a failing
                // shipping estimate.
                .field("Product", "inStock", env -> isBroken(env.getSource()) ? null
                        : ((Map<?, ?>) env.getSource()).get("inStock"))
                .field("Product", "shippingEstimate", env -> {
                    if (isBroken(env.getSource())) {
                        throw new IllegalStateException("no shipping estimate for " + broken);
                    }
                    return ((Map<?, ?>) env.getSource()).get("shippingEstimate");
                })
                .start(vertx);
        reviews = FakeSubgraph.builder("reviews", "supergraphs/shop/reviews.graphql")
                .field("Query", "latestReviews", env -> {
                    List<Map<String, Object>> latest = new ArrayList<>();
                    for (Map<String, Object> product : productData) {
                        latest.addAll(reviewsOf((String) product.get("sku")));
                    }
                    latest.addAll(addedReviews);
                    return latest;
                })
                .field("Mutation", "addReview", env -> {
                    Map<String, Object> review = review("added" + addedReviews.size(), env.getArgument("sku"),
                            env.getArgument("body"), "u3");
                    addedReviews.add(review);
                    return review;
                })
                .entity("Product", rep -> Map.of("sku", rep.get("sku"), "reviews", reviewsOf((String) rep.get("sku"))))
                .entity("User", rep -> Map.of("id", rep.get("id"), "nickname", "reviews-nickname",
                        "reviews", List.of()))
                .start(vertx);
        accounts = FakeSubgraph.builder("accounts", "supergraphs/shop/accounts.graphql")
                .field("Query", "me", env -> user("u1"))
                .field("Query", "users", env -> List.of(user("u1"), user("u2"), user("u3")))
                .entity("User", rep -> user((String) rep.get("id")))
                .start(vertx);
    }

    private boolean isBroken(Object source) {
        return ((Map<?, ?>) source).get("upc").equals(broken);
    }

    /** From now on inventory misbehaves for this product (null means: for none). */
    public void breakInventoryFor(String upc) {
        this.broken = upc;
    }

    public FakeSubgraph[] all() {
        return new FakeSubgraph[] {products, inventory, reviews, accounts};
    }

    public void clearRequests() {
        for (FakeSubgraph subgraph : all()) {
            subgraph.clear();
        }
    }

    private static Map<String, Object> product(String upc, String sku, String name, int price, int weight,
                                               String category) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("upc", upc);
        product.put("sku", sku);
        product.put("name", name);
        product.put("price", price);
        product.put("weight", weight);
        product.put("category", category);
        product.put("internalCode", "internal-" + upc);
        return product;
    }

    private Map<String, Object> findProduct(String key, Object value) {
        return productData.stream().filter(p -> p.get(key).equals(value)).findFirst().orElse(null);
    }

    private List<Map<String, Object>> reviewsOf(String sku) {
        String n = sku.substring(1);
        List<Map<String, Object>> result = new ArrayList<>();
        result.add(review("r" + n + "a", sku, "Good " + n, "u1"));
        result.add(review("r" + n + "b", sku, "Bad " + n, "u2"));
        addedReviews.stream().filter(r -> ((Map<?, ?>) r.get("product")).get("sku").equals(sku)).forEach(result::add);
        return result;
    }

    private static Map<String, Object> review(String id, String sku, String body, String userId) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("id", id);
        review.put("body", body);
        review.put("rating", body.startsWith("Good") ? 5 : 1);
        review.put("product", Map.of("sku", sku));
        review.put("author", Map.of("id", userId, "name", "Name of " + userId + " (from reviews)"));
        return review;
    }

    private static Map<String, Object> user(String id) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("name", "Name of " + id);
        user.put("username", "@" + id);
        user.put("nickname", "nick-" + id);
        return user;
    }

    @Override
    public void close() {
        for (FakeSubgraph subgraph : all()) {
            subgraph.close();
        }
    }
}
