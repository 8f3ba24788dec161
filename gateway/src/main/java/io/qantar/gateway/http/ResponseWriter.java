package io.qantar.gateway.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes a response tree (maps, lists, strings, numbers, booleans, nulls: what the executor builds from subgraph
 * JSON) straight into the buffer that goes on the wire. Jackson's databind would look up a serializer for every
 * value and produce a byte array to copy; for these few types a switch does the same job. Anything else falls
 * back to the mapper.
 */
final class ResponseWriter {

    private static final int INITIAL_CAPACITY = 8 * 1024;

    private final ObjectMapper json;

    ResponseWriter(ObjectMapper json) {
        this.json = json;
    }

    Buffer write(Map<String, Object> body) throws IOException {
        ByteBuf bytes = Unpooled.buffer(INITIAL_CAPACITY);
        // ByteBufOutputStream is also a DataOutput: the cast picks the stream overload.
        try (JsonGenerator generator = json.createGenerator((OutputStream) new ByteBufOutputStream(bytes))) {
            value(generator, body);
        } catch (IOException | RuntimeException e) {
            bytes.release();
            throw e;
        }
        return Buffer.buffer(bytes);
    }

    private void value(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                value(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object item : list) {
                value(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof Double number) {
            generator.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            generator.writeNumber(number);
        } else {
            json.writeValue(generator, value);
        }
    }
}
