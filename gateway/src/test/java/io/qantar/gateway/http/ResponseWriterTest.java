package io.qantar.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The response writer produces the bytes Jackson's databind writes (UTF-8), for every kind of value a response holds. */
class ResponseWriterTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void writesEveryKindOfValueAsDatabindWould() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text", "quotes \" backslash \\ newline \n tab \t control \u0001 unicode Алматы \uD83D\uDE00");
        data.put("int", 42);
        data.put("negative", -7L);
        data.put("long", 9_007_199_254_740_993L);
        data.put("double", 3.25);
        data.put("small", 1.0E-7);
        data.put("decimal", new BigDecimal("12345678901234567890.123456789"));
        data.put("big", new BigInteger("123456789012345678901234567890"));
        data.put("yes", true);
        data.put("no", false);
        data.put("nothing", null);
        data.put("list", Arrays.asList(1, null, "two", List.of(3, List.of()), Map.of()));
        data.put("nested", Map.of("deeper", new ArrayList<>(List.of(Map.of("id", "x")))));
        data.put("other", LocalDate.of(2022, 1, 6));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", List.of(Map.of("message", "m", "locations", List.of(Map.of("line", 1, "column", 2)))));
        body.put("data", data);
        body.put("extensions", Map.of());

        String written = new ResponseWriter(json).write(body).toString(StandardCharsets.UTF_8);

        assertEquals(new String(json.writeValueAsBytes(body), StandardCharsets.UTF_8), written);
    }

    @Test
    void writesALargeResponseWhole() throws Exception {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            items.add(Map.of("id", "item-" + i, "value", i));
        }
        Map<String, Object> body = Map.of("data", Map.of("items", items));

        String written = new ResponseWriter(json).write(body).toString(StandardCharsets.UTF_8);

        assertEquals(new String(json.writeValueAsBytes(body), StandardCharsets.UTF_8), written);
    }
}
