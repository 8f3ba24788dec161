package io.qantar.common.error;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Refuses a POST to the GraphQL endpoint whose body is not well-formed UTF-8 (decoded strictly: overlong forms,
 * encoded surrogates, stray and truncated sequences are all refused, where Jackson and SmallRye let the first two
 * through), and a JSON POST whose body is not one JSON object, or whose
 * {@code query}, {@code operationName}, {@code variables} or {@code extensions} has the wrong JSON type
 * (SmallRye would fail on a cast and answer 500), with a coded {@code BAD_REQUEST} and HTTP 400. SmallRye answers such a body itself, before any of its hooks run,
 * with "Unparseable request", status 200 and no code, which a client cannot tell from a failure of
 * the service. Every other request passes on untouched. Both 400s carry {@code BAD_REQUEST}.
 *
 * <p>Its route is registered by {@code io.qantar.common.limits.HttpGuard}, with the guard's own, so that the order
 * of the two is written in one place.
 */
public final class RequestBodyCheck {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int DECODE_CHUNK = 8192;

    private RequestBodyCheck() {
    }

    /** The body check: run after a body handler has read the body of a POST. */
    public static void check(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String problem = malformedUtf8(context.body().buffer());
        if (problem == null && contentType != null && contentType.toLowerCase().startsWith("application/json")) {
            problem = problemWith(context.body().buffer());
        }
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

    /**
     * Where the body stops being UTF-8, or null when all of it is. Java's decoder, told to report rather than
     * replace, refuses every sequence the standard forbids; it runs in chunks so that a large body needs no
     * second copy of itself.
     */
    static String malformedUtf8(Buffer body) {
        if (body == null || body.length() == 0) {
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body.getBytes());
        CharBuffer out = CharBuffer.allocate(DECODE_CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return "it is not well-formed UTF-8 (at byte " + in.position() + "); send the body in UTF-8";
            }
            if (result.isUnderflow()) {
                return decoder.flush(out.clear()).isError() ? "it is not well-formed UTF-8 at its end" : null;
            }
            out.clear();
        }
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
