package io.qantar.gateway.testing;

import io.vertx.core.Vertx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two fake subgraphs of the {@code catalog} test supergraph: catalog (the {@code Media} interface, the
 * {@code SearchResult} union, nested lists, and {@code Author} with the composite key
 * {@code name country { code }}) and ratings (adds fields to each entity).
 */
public final class CatalogSubgraphs implements AutoCloseable {

    public static final String SUPERGRAPH = "supergraphs/catalog/supergraph.graphql";

    public final FakeSubgraph catalog;
    public final FakeSubgraph ratings;

    private static final Map<String, Object> ABAI = author("Abai", "KZ", "Kazakhstan", 1845);
    private static final Map<String, Object> TOLSTOY = author("Tolstoy", "RU", "Russia", 1828);
    private static final List<Map<String, Object>> BOOKS = List.of(
            book("b1", "Book of Words", 120, ABAI),
            book("b2", "War and Peace", 1225, TOLSTOY),
            book("b3", "Anna Karenina", 864, TOLSTOY));
    private static final List<Map<String, Object>> MOVIES = List.of(
            movie("m1", "The Nomad", 112),
            movie("m2", "Kelin", 85));

    public CatalogSubgraphs(Vertx vertx) {
        catalog = FakeSubgraph.builder("catalog", "supergraphs/catalog/catalog.graphql")
                .field("Query", "media", env -> {
                    List<Object> media = new ArrayList<>(BOOKS);
                    media.addAll(MOVIES);
                    return media;
                })
                .field("Query", "search", env -> List.of(BOOKS.get(0), MOVIES.get(0), ABAI))
                .field("Query", "shelves", env -> List.of(List.of(BOOKS.get(0), BOOKS.get(1)), List.of(BOOKS.get(2))))
                .field("Query", "author", env -> {
                    for (Map<String, Object> author : List.of(ABAI, TOLSTOY)) {
                        if (author.get("name").equals(env.getArgument("name"))
                                && ((Map<?, ?>) author.get("country")).get("code").equals(env.getArgument("countryCode"))) {
                            return author;
                        }
                    }
                    return null;
                })
                .entity("Book", rep -> find(BOOKS, rep.get("id")))
                .entity("Movie", rep -> find(MOVIES, rep.get("id")))
                .start(vertx);
        ratings = FakeSubgraph.builder("ratings", "supergraphs/catalog/ratings.graphql")
                .entity("Book", rep -> {
                    Map<String, Object> book = find(BOOKS, rep.get("id"));
                    if (book == null) {
                        return null;
                    }
                    List<Object> similar = new ArrayList<>();
                    BOOKS.stream().filter(b -> b != book).forEach(b -> similar.add(Map.of("id", b.get("id"))));
                    return Map.of("id", book.get("id"), "rating", ((Integer) book.get("pages")) / 100.0,
                            "similar", similar);
                })
                .entity("Movie", rep -> Map.of("id", rep.get("id"), "rating", 7.5))
                .entity("Author", rep -> {
                    Map<?, ?> country = (Map<?, ?>) rep.get("country");
                    return Map.of("name", rep.get("name"), "country", country,
                            "awards", List.of(rep.get("name") + " prize (" + country.get("code") + ")"));
                })
                .start(vertx);
    }

    public FakeSubgraph[] all() {
        return new FakeSubgraph[] {catalog, ratings};
    }

    public void clearRequests() {
        catalog.clear();
        ratings.clear();
    }

    private static Map<String, Object> find(List<Map<String, Object>> items, Object id) {
        return items.stream().filter(i -> i.get("id").equals(id)).findFirst().orElse(null);
    }

    private static Map<String, Object> author(String name, String code, String country, int born) {
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("__typename", "Author");
        author.put("name", name);
        author.put("country", Map.of("code", code, "name", country));
        author.put("born", born);
        return author;
    }

    private static Map<String, Object> book(String id, String title, int pages, Map<String, Object> author) {
        Map<String, Object> book = new LinkedHashMap<>();
        book.put("__typename", "Book");
        book.put("id", id);
        book.put("title", title);
        book.put("pages", pages);
        book.put("author", author);
        return book;
    }

    private static Map<String, Object> movie(String id, String title, int minutes) {
        Map<String, Object> movie = new LinkedHashMap<>();
        movie.put("__typename", "Movie");
        movie.put("id", id);
        movie.put("title", title);
        movie.put("minutes", minutes);
        return movie;
    }

    @Override
    public void close() {
        catalog.close();
        ratings.close();
    }
}
