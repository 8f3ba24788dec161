package io.qantar.gateway.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.Coercing;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subgraph for tests: serves a federation subgraph SDL over HTTP with graphql-java and in-memory data,
 * answers {@code _entities}, records every request, and can be told to fail, stall or answer garbage.
 */
public final class FakeSubgraph implements AutoCloseable {

    /** How the subgraph answers. */
    public enum Behaviour { NORMAL, HTTP_500, HTTP_401, GARBAGE, SLOW }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DIRECTIVE = Pattern.compile("@(?!deprecated)\\w+(\\((?:[^()\"]|\"[^\"]*\")*\\))?");
    private static final Pattern SCHEMA_EXTENSION = Pattern.compile("extend schema[^\\n]*\\n");

    private final String name;
    private final GraphQL graphql;
    private final HttpServer server;
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile Behaviour behaviour = Behaviour.NORMAL;
    private volatile long delayMillis = 0;
    private final java.util.concurrent.atomic.AtomicInteger received = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger aborted = new java.util.concurrent.atomic.AtomicInteger();

    private FakeSubgraph(String name, GraphQL graphql, HttpServer server) {
        this.name = name;
        this.graphql = graphql;
        this.server = server;
    }

    public static Builder builder(String name, String sdlResource) {
        return new Builder(name, resource(sdlResource));
    }

    public static String resource(String path) {
        try (InputStream in = FakeSubgraph.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + server.actualPort() + "/graphql";
    }

    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<RecordedRequest> entityFetches() {
        return requests().stream().filter(RecordedRequest::isEntityFetch).toList();
    }

    public void clear() {
        requests.clear();
    }

    /** Requests received so far, answered or not (a stalled subgraph records none in {@link #requests()}). */
    public int receivedCount() {
        return received.get();
    }

    /** Requests whose caller closed the connection (or reset the stream) before the answer was sent. */
    public int abortedCount() {
        return aborted.get();
    }

    public void behave(Behaviour newBehaviour) {
        this.behaviour = newBehaviour;
    }

    /** Every answer waits this long first (to show that independent fetches overlap). */
    public void delay(long millis) {
        this.delayMillis = millis;
    }

    @Override
    public void close() {
        server.close().toCompletionStage().toCompletableFuture().join();
    }

    @SuppressWarnings("unchecked")
    private void handle(HttpServerRequest request, Vertx vertx) {
        long start = System.nanoTime();
        received.incrementAndGet();
        request.response().closeHandler(v -> {
            if (!request.response().ended()) {
                aborted.incrementAndGet();
            }
        });
        Map<String, String> headers = new HashMap<>();
        request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
        request.body().onSuccess(body -> {
            Map<String, Object> payload;
            try {
                payload = JSON.readValue(body.getBytes(), Map.class);
            } catch (IOException e) {
                request.response().setStatusCode(400).end();
                return;
            }
            String query = (String) payload.get("query");
            Map<String, Object> variables = payload.get("variables") == null ? Map.of()
                    : (Map<String, Object>) payload.get("variables");
            Runnable answer = () -> {
                String responseBody;
                int status = 200;
                switch (behaviour) {
                    case HTTP_500 -> {
                        status = 500;
                        responseBody = "{\"message\":\"boom\"}";
                    }
                    case HTTP_401 -> {
                        status = 401;
                        responseBody = "{\"errors\":[{\"message\":\"no\"}]}";
                    }
                    case GARBAGE -> responseBody = "<html>not json</html>";
                    default -> responseBody = execute(query, variables, (String) payload.get("operationName"));
                }
                requests.add(new RecordedRequest(query, variables, headers, start, System.nanoTime()));
                if (request.response().closed()) {
                    return;
                }
                request.response().setStatusCode(status).putHeader("content-type", "application/json")
                        .end(Buffer.buffer(responseBody));
            };
            long delay = behaviour == Behaviour.SLOW ? 60_000 : delayMillis;
            if (delay > 0) {
                vertx.setTimer(delay, id -> answer.run());
            } else {
                answer.run();
            }
        });
    }

    private String execute(String query, Map<String, Object> variables, String operationName) {
        var result = graphql.execute(ExecutionInput.newExecutionInput(query).variables(variables)
                .operationName(operationName).build());
        try {
            return JSON.writeValueAsString(result.toSpecification());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Declares the subgraph's data. */
    public static final class Builder {

        private final String name;
        private final String sdl;
        private final Map<String, Map<String, DataFetcher<?>>> fetchers = new HashMap<>();
        private final Map<String, Function<Map<String, Object>, Object>> entities = new LinkedHashMap<>();

        private Builder(String name, String sdl) {
            this.name = name;
            this.sdl = sdl;
        }

        /** A field's resolver, on a root type or any other type (other fields read the parent map by name). */
        public Builder field(String type, String field, DataFetcher<?> fetcher) {
            fetchers.computeIfAbsent(type, t -> new HashMap<>()).put(field, fetcher);
            return this;
        }

        /** Resolves a representation of {@code type} to the entity's data, or null when unknown. */
        public Builder entity(String type, Function<Map<String, Object>, Object> resolver) {
            entities.put(type, resolver);
            return this;
        }

        public FakeSubgraph start(Vertx vertx) {
            GraphQL graphql = GraphQL.newGraphQL(schema()).build();
            HttpServer server = vertx.createHttpServer();
            FakeSubgraph[] self = new FakeSubgraph[1];
            server.requestHandler(request -> self[0].handle(request, vertx));
            try {
                server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start fake subgraph " + name, e);
            }
            self[0] = new FakeSubgraph(name, graphql, server);
            return self[0];
        }

        private GraphQLSchema schema() {
            String plain = DIRECTIVE.matcher(SCHEMA_EXTENSION.matcher(sdl).replaceAll("")).replaceAll("");
            TypeDefinitionRegistry registry = new SchemaParser().parse(plain);
            List<String> entityTypes = new ArrayList<>();
            Matcher keyed = Pattern.compile("type (\\w+)[^{]*@key").matcher(sdl);
            while (keyed.find()) {
                entityTypes.add(keyed.group(1));
            }
            StringBuilder federation = new StringBuilder("scalar _Any\n");
            if (!entityTypes.isEmpty()) {
                federation.append("union _Entity = ").append(String.join(" | ", entityTypes)).append('\n');
                federation.append(registry.getType("Query").isPresent() ? "extend type Query" : "type Query")
                        .append(" { _entities(representations: [_Any!]!): [_Entity]! }\n");
            }
            registry.merge(new SchemaParser().parse(federation.toString()));

            RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                    .scalar(GraphQLScalarType.newScalar().name("_Any").coercing(new PassThrough()).build())
                    .wiringFactory(new TypenameWiring());
            fetchers.forEach((type, byField) -> wiring.type(type, t -> {
                byField.forEach(t::dataFetcher);
                return t;
            }));
            wiring.type("Query", t -> t.dataFetcher("_entities", env -> {
                List<Map<String, Object>> representations = env.getArgument("representations");
                List<Object> result = new ArrayList<>();
                for (Map<String, Object> representation : representations) {
                    String typename = (String) representation.get("__typename");
                    Function<Map<String, Object>, Object> resolver = entities.get(typename);
                    Object entity = resolver == null ? null : resolver.apply(representation);
                    if (entity instanceof Map<?, ?> map && !map.containsKey("__typename")) {
                        Map<String, Object> typed = new LinkedHashMap<>();
                        typed.put("__typename", typename);
                        map.forEach((k, v) -> typed.put((String) k, v));
                        entity = typed;
                    }
                    result.add(entity);
                }
                return result;
            }));
            return new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
        }
    }

    /** Abstract types resolve by the {@code __typename} of the data maps. */
    private static final class TypenameWiring implements WiringFactory {

        private static final TypeResolver BY_TYPENAME = env -> {
            Object value = env.getObject();
            String typename = value instanceof Map<?, ?> map ? (String) map.get("__typename") : null;
            return typename == null ? null : env.getSchema().getObjectType(typename);
        };

        @Override
        public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
            return true;
        }

        @Override
        public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
            return BY_TYPENAME;
        }

        @Override
        public boolean providesTypeResolver(UnionWiringEnvironment environment) {
            return true;
        }

        @Override
        public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
            return BY_TYPENAME;
        }

        @Override
        public boolean providesDataFetcher(FieldWiringEnvironment environment) {
            return false;
        }
    }

    private static final class PassThrough implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object dataFetcherResult) {
            return dataFetcherResult;
        }

        @Override
        public Object parseValue(Object input) {
            return input;
        }

        @Override
        public Object parseLiteral(Object input) {
            throw new UnsupportedOperationException("representations are passed as variables");
        }
    }
}
