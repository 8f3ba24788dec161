package io.qantar.gateway.layers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qantar.gateway.client.VertxSubgraphClient;
import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.pipeline.Gateway;
import io.qantar.gateway.pipeline.GatewayPipeline;
import io.qantar.gateway.pipeline.GatewaySettings;
import io.qantar.gateway.pipeline.PreparedRequest;
import io.qantar.gateway.supergraph.Supergraph;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The suite's own supergraph ({@code supergraph/supergraph.graphql}) puts {@code @requiresScopes} on every mutation
 * and on the edit histories: the gateway plans no subgraph fetch for them when the caller lacks the scope.
 */
class CommittedSupergraphAuthorizationTest {

    private static Vertx vertx;
    private static VertxSubgraphClient client;
    private static GatewayPipeline pipeline;
    private static AuthorizationLayer layer;

    @BeforeAll
    static void load() throws Exception {
        Path file = Path.of(System.getProperty("qantar.repo.root", ".."), "supergraph", "supergraph.graphql");
        assumeTrue(Files.exists(file), "the suite's supergraph is not composed yet");
        vertx = Vertx.vertx();
        client = new VertxSubgraphClient(vertx, new ObjectMapper(), 1, true);
        pipeline = new GatewayPipeline(Supergraph.parse(Files.readString(file)), GatewaySettings.defaults(), client,
                vertx);
        Gateway gateway = new Gateway();
        gateway.install(pipeline);
        layer = new AuthorizationLayer(gateway, false, Map.of());
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
            vertx.close();
        }
    }

    private static PreparedRequest prepare(Caller caller, String query) {
        LayerRequest request = new LayerRequest(HttpMethod.POST, MultiMap.caseInsensitiveMultiMap());
        request.caller(caller);
        return pipeline.prepare(GraphQLRequest.of(query), layer.operationPolicy(request));
    }

    @Test
    void aReaderGetsTheActorWithoutItsHistory() {
        PreparedRequest prepared = prepare(Caller.ANONYMOUS,
                "{ actor(id: \"kassym-jomart-tokayev\") { name history { by at } } }");
        assertEquals(List.of(List.of("actor", "history")), prepared.errors().stream().map(GraphQLError::path).toList());
        assertEquals("UNAUTHORIZED_FIELD_OR_TYPE", prepared.errors().get(0).code());
        String plan = prepared.plan().text();
        assertTrue(plan.contains("name"), plan);
        assertFalse(plan.contains("history"), plan);

        PreparedRequest editor = prepare(Caller.authenticated("editor", Set.of("qantar:edit")),
                "{ actor(id: \"kassym-jomart-tokayev\") { name history { by at } } }");
        assertEquals(List.of(), editor.errors());
        assertTrue(editor.plan().text().contains("history"));
    }

    @Test
    void anAnonymousWriteIsPlannedWithoutAnyFetch() {
        String create = "mutation { createActor(input: {id: \"x-script\", name: \"<script>\", kind: GROUP, "
                + "description: \"d\", sources: [{outlet: \"o\"}]}) { id } }";
        PreparedRequest anonymous = prepare(Caller.ANONYMOUS, create);
        assertEquals(List.of(List.of("createActor")), anonymous.errors().stream().map(GraphQLError::path).toList());
        assertNull(anonymous.plan().root(), anonymous.plan().text());

        PreparedRequest retireWithEditOnly = prepare(Caller.authenticated("editor", Set.of("qantar:edit")),
                "mutation { retireActor(id: \"kassym-jomart-tokayev\") { id } }");
        assertEquals(1, retireWithEditOnly.errors().size());
        assertNull(retireWithEditOnly.plan().root());

        PreparedRequest editor = prepare(Caller.authenticated("editor", Set.of("qantar:edit")), create);
        assertEquals(List.of(), editor.errors());
        assertNotNull(editor.plan().root());
    }
}
