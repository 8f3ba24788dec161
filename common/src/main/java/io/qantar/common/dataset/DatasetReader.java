package io.qantar.common.dataset;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads a service's shipped dataset, a JSON array of records under {@code dataset/} on the
 * classpath. Unknown properties fail the read: a typo in a data file must not drop a fact silently.
 */
public final class DatasetReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DatasetReader() {
    }

    public static <T> List<T> read(String resource, Class<T> recordType) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("dataset file " + resource + " is not on the classpath");
            }
            return MAPPER.readValue(in, MAPPER.getTypeFactory().constructCollectionType(List.class, recordType));
        } catch (IOException e) {
            throw new UncheckedIOException("dataset file " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }
}
