package io.qantar.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GraphQLRequestReaderTest {

    private final GraphQLRequestReader reader = new GraphQLRequestReader(new ObjectMapper());

    private static Buffer body(String text) {
        return Buffer.buffer(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes around a comment of the query: a lenient decoder would answer the query with the bytes mangled. */
    private static Buffer withBytes(int... bytes) {
        Buffer buffer = Buffer.buffer("{\"query\":\"# ");
        for (int b : bytes) {
            buffer.appendByte((byte) b);
        }
        return buffer.appendString("\\n{ __typename }\"}");
    }

    private int refusal(String contentType, Buffer body) {
        return assertThrows(HttpRequestException.class, () -> reader.fromBody(contentType, body)).status();
    }

    @Test
    void readsAWellFormedBody() {
        assertEquals("{ __typename }",
                reader.fromBody("application/json; charset=utf-8", body("{\"query\":\"{ __typename }\"}")).query());
        assertEquals("Қасым 🇰🇿", reader.fromBody("application/json",
                body("{\"query\":\"{ __typename }\",\"operationName\":\"Қасым 🇰🇿\"}")).operationName());
    }

    @Test
    void refusesContentAfterTheJsonValue() {
        assertEquals(400, refusal("application/json", body("{\"query\":\"{ __typename }\"} garbage")));
        assertEquals(400, refusal("application/json", body("{\"query\":\"{ a }\"}{\"query\":\"{ b }\"}")));
    }

    @Test
    void refusesMalformedUtf8() {
        assertEquals(400, refusal("application/json", withBytes(0xc3, 0x28)), "truncated sequence");
        assertEquals(400, refusal("application/json", withBytes(0xc0, 0xaf)), "overlong '/'");
        assertEquals(400, refusal("application/json", withBytes(0xed, 0xa0, 0x80)), "encoded surrogate");
        assertEquals(400, refusal("application/json", withBytes(0x80)), "stray continuation byte");
    }

    @Test
    void refusesAnotherCharset() {
        assertEquals(415, refusal("application/json; charset=utf-16", body("{\"query\":\"{ __typename }\"}")));
        assertEquals(415, refusal("application/json; charset=latin1", body("{\"query\":\"{ __typename }\"}")));
    }
}
