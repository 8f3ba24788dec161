package io.qantar.gateway.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.ShopSubgraphs;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cancelled call is reset at the subgraph; a call shared by identical queries only once all of them are gone. */
class SubgraphCancellationTest {

    private static Vertx vertx;
    private static ShopSubgraphs shop;
    private static VertxSubgraphClient client;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        shop = new ShopSubgraphs(vertx, 1);
        client = new VertxSubgraphClient(vertx, new ObjectMapper(), 8, true);
    }

    @AfterAll
    static void stop() {
        client.close();
        shop.close();
        vertx.close();
    }

    @AfterEach
    void heal() {
        shop.products.behave(FakeSubgraph.Behaviour.NORMAL);
    }

    private static SubgraphRequest request(String query) {
        SubgraphEndpoint endpoint = new SubgraphEndpoint("products", URI.create(shop.products.url()),
                Duration.ofSeconds(60));
        return new SubgraphRequest(endpoint, null, query, Map.of(), Map.of(), true);
    }

    @Test
    void aSharedCallIsResetOnlyWhenEveryCallerHasGone() throws InterruptedException {
        FakeSubgraph products = shop.products;
        products.behave(FakeSubgraph.Behaviour.SLOW);
        int received = products.receivedCount();
        int aborted = products.abortedCount();
        Cancellation first = Cancellation.create();
        Cancellation second = Cancellation.create();
        Future<SubgraphResponse> firstCall = client.execute(request("{ topProduct { name } }"), first);
        Future<SubgraphResponse> secondCall = client.execute(request("{ topProduct { name } }"), second);
        assertTrue(eventually(5_000, () -> products.receivedCount() == received + 1), "one call goes out");

        first.cancel();
        assertTrue(eventually(2_000, firstCall::failed));
        assertEquals(SubgraphFailure.Kind.CANCELLED, ((SubgraphFailure) firstCall.cause()).kind());
        Thread.sleep(300);
        assertEquals(aborted, products.abortedCount(), "the other caller still waits for the answer");
        assertTrue(!secondCall.isComplete());

        second.cancel();
        assertTrue(eventually(3_000, () -> products.abortedCount() == aborted + 1),
                "the last caller gone, the subgraph sees the call aborted");
        assertTrue(eventually(2_000, secondCall::failed));
    }

    @Test
    void aCancelledRequestNeverReachesTheSubgraph() throws InterruptedException {
        int received = shop.products.receivedCount();
        Cancellation gone = Cancellation.create();
        gone.cancel();

        Future<SubgraphResponse> call = client.execute(request("{ topProduct { upc } }"), gone);

        assertTrue(eventually(2_000, call::failed));
        assertEquals(SubgraphFailure.Kind.CANCELLED, ((SubgraphFailure) call.cause()).kind());
        Thread.sleep(200);
        assertEquals(received, shop.products.receivedCount());
    }

    private static boolean eventually(long millis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }
}
