package io.qantar.gateway.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qantar.gateway.client.SubgraphClient;
import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.operation.OperationLimits;
import io.qantar.gateway.operation.RequestException;
import io.qantar.gateway.pipeline.GatewayPipeline;
import io.qantar.gateway.pipeline.GatewaySettings;
import io.qantar.gateway.pipeline.PreparedRequest;
import io.qantar.gateway.supergraph.Supergraph;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The default limits refuse hostile operations and nothing a real client sends: every operation of the README,
 * of the differential corpus and of {@code bench/} is prepared on the committed supergraph with the defaults, and
 * none is refused by a limit (documents the corpus expects to fail may fail, but for their own reason).
 */
class DefaultLimitsTest {

    static final Set<String> LIMIT_CODES = Set.of(OperationLimits.DOCUMENT_TOO_LARGE, OperationLimits.MAX_TOKENS_LIMIT,
            "MAX_DEPTH_LIMIT", "MAX_ALIASES_LIMIT", OperationLimits.MAX_ROOT_FIELDS_LIMIT,
            OperationLimits.MAX_FIELDS_LIMIT, OperationLimits.COST_ESTIMATED_TOO_EXPENSIVE,
            OperationLimits.MAX_FETCHES_LIMIT, OperationLimits.BAD_FAITH_INTROSPECTION);
    static final Path ROOT = Path.of(System.getProperty("qantar.repo.root", ".."));

    private static Vertx vertx;
    private static GatewayPipeline pipeline;

    @BeforeAll
    static void start() throws Exception {
        Path file = ROOT.resolve("supergraph/supergraph.graphql");
        assumeTrue(Files.exists(file), "the suite's supergraph is not composed yet");
        vertx = Vertx.vertx();
        pipeline = committed(vertx, GatewaySettings.defaults());
    }

    static GatewayPipeline committed(Vertx vertx, GatewaySettings settings) throws Exception {
        Supergraph supergraph = Supergraph.parse(Files.readString(ROOT.resolve("supergraph/supergraph.graphql")));
        SubgraphClient refusing = request -> Future.failedFuture("no subgraph is called in this test");
        GatewaySettings withUrls = settings;
        for (var subgraph : supergraph.subgraphs()) {
            withUrls = withUrls.withSubgraph(subgraph.name(), GatewaySettings.SubgraphOverride.url("http://127.0.0.1:9"));
        }
        return new GatewayPipeline(supergraph, withUrls, refusing, vertx);
    }

    static GatewaySettings withUnusedUrls(Supergraph supergraph) {
        GatewaySettings settings = GatewaySettings.defaults();
        for (var subgraph : supergraph.subgraphs()) {
            settings = settings.withSubgraph(subgraph.name(), GatewaySettings.SubgraphOverride.url("http://127.0.0.1:9"));
        }
        return settings;
    }

    @AfterAll
    static void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    @Test
    void everyOperationOfTheReadmeTheCorpusAndTheBenchPassesEveryDefaultLimit() throws Exception {
        List<Operation> operations = new ArrayList<>();
        operations.addAll(readme());
        operations.addAll(differential());
        operations.addAll(bench());
        assertTrue(operations.size() >= 100, "found only " + operations.size() + " operations");
        long highest = 0;
        String costliest = null;
        for (Operation operation : operations) {
            try {
                PreparedRequest prepared = pipeline.prepare(operation.request());
                if (prepared.demand() != null && prepared.demand().estimatedCost() > highest) {
                    highest = prepared.demand().estimatedCost();
                    costliest = operation.name();
                }
            } catch (RequestException e) {
                for (GraphQLError error : e.errors()) {
                    if (LIMIT_CODES.contains(error.code())) {
                        fail(operation.name() + " is refused by a default limit: " + error.message());
                    }
                }
                if (!operation.mayFail()) {
                    fail(operation.name() + " is refused: " + e.errors());
                }
            }
        }
        System.out.println("highest estimated cost of the corpus: " + highest + " (" + costliest + ")");
    }

    record Operation(String name, GraphQLRequest request, boolean mayFail) {
    }

    private static List<Operation> readme() throws Exception {
        List<Operation> result = new ArrayList<>();
        Matcher blocks = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(ROOT.resolve("README.md")));
        while (blocks.find()) {
            result.add(new Operation("README.md block " + (result.size() + 1), GraphQLRequest.of(blocks.group(1)), true));
        }
        assertTrue(result.size() > 0, "the README has graphql blocks");
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Operation> differential() throws Exception {
        Path dir = ROOT.resolve("gateway/src/test/resources/differential");
        List<Operation> result = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
                Path options = Path.of(file.toString().replaceAll("\\.graphql$", ".json"));
                Map<String, Object> settings = Files.exists(options) ? json.readValue(options.toFile(), Map.class) : Map.of();
                Map<String, Object> variables = (Map<String, Object>) settings.getOrDefault("variables", Map.of());
                String operationName = (String) settings.get("operationName");
                boolean mayFail = !"success".equals(settings.getOrDefault("expect", "success"));
                result.add(new Operation(file.getFileName().toString(),
                        new GraphQLRequest(Files.readString(file), operationName, variables, Map.of()), mayFail));
            }
        }
        return result;
    }

    private static List<Operation> bench() throws Exception {
        List<Operation> result = new ArrayList<>();
        Matcher queries = Pattern.compile("name: '([^']+)',.*?query: `(.*?)`", Pattern.DOTALL)
                .matcher(Files.readString(ROOT.resolve("bench/lib/operations.mjs")));
        while (queries.find()) {
            result.add(new Operation("bench " + queries.group(1), GraphQLRequest.of(queries.group(2)), false));
        }
        assertEquals(4, result.size(), "bench/lib/operations.mjs has four operations");
        return result;
    }
}
