package io.qantar.common.error;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a JSON POST to the GraphQL endpoint whose body is not one JSON object, or whose
 * {@code query}, {@code operationName}, {@code variables} or {@code extensions} has the wrong JSON type
 * (SmallRye would fail on a cast and answer 500), with a coded {@code BAD_REQUEST} and HTTP 400. SmallRye answers such a body itself, before any of its hooks run,
 * with "Unparseable request", status 200 and no code, which a client cannot tell from a failure of
 * the service. Every other request passes on untouched.
 */
@ApplicationScoped
class RequestBodyCheck {

    private static final JsonFactory JSON = new JsonFactory();

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String graphqlPath;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        String path = graphqlPath.startsWith("/") ? graphqlPath : "/" + graphqlPath;
        // Runs before SmallRye's route; the body handler reads the body once for both.
        router.route(HttpMethod.POST, path).order(Integer.MIN_VALUE + 1)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue()))
                .handler(RequestBodyCheck::check);
    }

    private static void check(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            context.next();
            return;
        }
        String problem = problemWith(context.body().buffer());
        if (problem == null) {
            context.next();
            return;
        }
        CodedRefusal.send(context, 400, ErrorCodes.BAD_REQUEST, "The request body is not a GraphQL request: " + problem);
    }

    /** The JSON types each member of a GraphQL request may have; null stands for an absent member. */
    private static final Map<String, List<JsonToken>> MEMBER_TYPES = Map.of(
            "query", List.of(JsonToken.VALUE_STRING, JsonToken.VALUE_NULL),
            "operationName", List.of(JsonToken.VALUE_STRING, JsonToken.VALUE_NULL),
            "variables", List.of(JsonToken.START_OBJECT, JsonToken.VALUE_NULL),
            "extensions", List.of(JsonToken.START_OBJECT, JsonToken.VALUE_NULL));

    /**
     * Reads the object's members up to its end and names the first whose JSON type a GraphQL request
     * does not allow, or returns null. Other members are skipped, as the GraphQL-over-HTTP spec says.
     */
    private static String misTypedMember(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            List<JsonToken> allowed = MEMBER_TYPES.get(name);
            if (allowed != null && !allowed.contains(value)) {
                return "\"" + name + "\" must be " + (allowed.get(0) == JsonToken.START_OBJECT ? "an object" : "a string")
                        + " or null";
            }
            parser.skipChildren();
        }
        return null;
    }

    /** What is wrong with the body, or null when it is one well-formed JSON object. */
    static String problemWith(Buffer body) {
        if (body == null || body.length() == 0) {
            return "it is empty; send a JSON object with \"query\"";
        }
        try (JsonParser parser = JSON.createParser(body.getBytes())) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return "it is JSON but not an object; send a JSON object with \"query\"";
            }
            String misTyped = misTypedMember(parser);
            if (misTyped != null) {
                return misTyped;
            }
            if (parser.nextToken() != null) {
                return "it holds more than one JSON value";
            }
            return null;
        } catch (JsonProcessingException malformed) {
            return "it is not well-formed JSON (" + malformed.getOriginalMessage()
                    + (malformed.getLocation() == null ? "" : " at line " + malformed.getLocation().getLineNr()
                            + ", column " + malformed.getLocation().getColumnNr()) + ")";
        } catch (IOException unreadable) {
            return "it cannot be read as JSON";
        }
    }
}
