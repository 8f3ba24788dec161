package io.qantar.common.error;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A body is decoded as UTF-8 strictly: every form the standard forbids is refused, where Jackson lets some through. */
class RequestBodyCheckTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"c0af" /* overlong slash */, "eda080" /* encoded surrogate */, "c328" /* truncated */,
            "80" /* stray continuation */, "f4908080" /* above U+10FFFF */, "e282" /* cut off at the end */})
    void malformedUtf8IsRefused(String hex) {
        String problem = RequestBodyCheck.malformedUtf8(body(hex));
        assertNotNull(problem);
        assertTrue(problem.contains("not well-formed UTF-8"), problem);
    }

    @Test
    void wellFormedUtf8PassesWhateverItsLength() {
        String text = "{\"query\":\"{ __typename }\",\"variables\":{\"t\":\"Тоқаев 🇰🇿 " + "ä".repeat(20_000) + "\"}}";
        assertNull(RequestBodyCheck.malformedUtf8(Buffer.buffer(text.getBytes(StandardCharsets.UTF_8))));
        assertNull(RequestBodyCheck.problemWith(Buffer.buffer(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** A JSON body with the bytes given inside a comment of its query, as the hostile corpus sends them. */
    private static Buffer body(String hex) {
        Buffer body = Buffer.buffer("{\"query\":\"# ");
        for (int i = 0; i < hex.length(); i += 2) {
            body.appendByte((byte) Integer.parseInt(hex.substring(i, i + 2), 16));
        }
        return body.appendString("\\n{ __typename }\"}");
    }
}
