package io.qantar.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a service promises when it runs as several instances on one PostgreSQL database, checked
 * against two real processes of its PostgreSQL build: a write through one instance is seen by the
 * other at once, concurrent updates of one record never lose a write silently (the losers get
 * CONFLICT), and the data survives a restart. A service's integration test extends this with the
 * few operations that read and update one of its records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class SharedDatabaseContract {

    private static final int CONCURRENT_WRITERS = 8;

    private ServiceInstance first;
    private ServiceInstance second;

    /** A short name for logs, e.g. "actors". */
    protected abstract String service();

    /** The id of a record of the shipped dataset. */
    protected abstract String recordId();

    /** A query with {@code $id} returning the record at {@link #recordPath()} with {@code version} and {@link #textField()}. */
    protected abstract String readQuery();

    /**
     * A mutation with {@code $id}, {@code $text} and a nullable {@code $version} (an update without it is refused) that sets
     * {@link #textField()} and returns the record at {@link #recordPath()} with {@code version}.
     */
    protected abstract String updateMutation();

    /** The field of the record that the update sets. */
    protected abstract String textField();

    /** The name of the root field in both operations' results, e.g. "actor" and "updateActor". */
    protected abstract String recordPath();

    /** The root field of the mutation result. */
    protected abstract String updatePath();

    /** Extra configuration of the service processes, e.g. the URLs of the services it calls. */
    protected Map<String, String> extraConfig() {
        return Map.of();
    }

    @BeforeAll
    void startTwoInstances() throws Exception {
        // Both start at the same moment on an empty database, as replicas do: migrations and the
        // dataset load must cope with each other.
        CompletableFuture<ServiceInstance> a = CompletableFuture.supplyAsync(() -> startInstance("a"));
        CompletableFuture<ServiceInstance> b = CompletableFuture.supplyAsync(() -> startInstance("b"));
        first = a.join();
        second = b.join();
    }

    @AfterAll
    void stopInstances() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    @Order(1)
    void aWriteThroughOneInstanceIsSeenByTheOtherAtOnce() {
        long version = read(first).get("version").asLong();
        JsonNode updated = update(first, "written through instance a", version);
        assertEquals(version + 1, updated.get("version").asLong());

        JsonNode seen = read(second);
        assertEquals("written through instance a", seen.get(textField()).asText());
        assertEquals(version + 1, seen.get("version").asLong());

        update(second, "written through instance b", version + 1);
        assertEquals("written through instance b", read(first).get(textField()).asText());
    }

    @Test
    @Order(2)
    void concurrentUpdatesFromTheSameVersionHaveOneWinnerAndConflictsForTheRest() throws Exception {
        long version = read(first).get("version").asLong();
        List<JsonNode> answers = racingUpdates("same-version writer", version);

        List<String> winners = new ArrayList<>();
        for (JsonNode answer : answers) {
            if (landed(answer)) {
                winners.add(answer.path("data").path(updatePath()).get(textField()).asText());
            } else {
                assertConflict(answer);
            }
        }
        assertEquals(1, winners.size(), "exactly one update of version " + version + " may win: " + answers);
        JsonNode stored = read(second);
        assertEquals(winners.get(0), stored.get(textField()).asText());
        assertEquals(version + 1, stored.get("version").asLong());
    }

    @Test
    @Order(3)
    void concurrentBlindUpdatesAreRefusedAndWriteNothing() throws Exception {
        JsonNode before = read(first);
        List<JsonNode> answers = racingUpdates("blind writer", null);

        for (JsonNode answer : answers) {
            assertFalse(landed(answer), "an update without the version it read must not land: " + answer);
            assertEquals("BAD_USER_INPUT", answer.path("errors").path(0).path("extensions").path("code").asText(),
                    "an update without a version is refused as BAD_USER_INPUT: " + answer);
            assertEquals("input.version", answer.path("errors").path(0).path("extensions").path("field").asText(), answer.toString());
        }
        JsonNode after = read(second);
        assertEquals(before.get(textField()).asText(), after.get(textField()).asText());
        assertEquals(before.get("version").asLong(), after.get("version").asLong());
    }

    @Test
    @Order(4)
    void theDataSurvivesARestart() throws Exception {
        JsonNode before = read(first);
        first.close();
        second.close();
        first = startInstance("a-restarted");
        second = null;

        JsonNode after = read(first);
        assertEquals(before.get(textField()).asText(), after.get(textField()).asText());
        assertEquals(before.get("version").asLong(), after.get("version").asLong());
        assertFalse(after.get(textField()).asText().isEmpty());
    }

    private boolean landed(JsonNode answer) {
        return answer.path("errors").isEmpty() && answer.path("data").path(updatePath()).isObject();
    }

    private static void assertConflict(JsonNode answer) {
        assertEquals("CONFLICT", answer.path("errors").path(0).path("extensions").path("code").asText(),
                "an update that does not land must be told CONFLICT: " + answer);
    }

    // Each race writes texts of its own: an update that sets the text already stored changes nothing
    // and rightly raises no version, which would look like a lost write.
    private List<JsonNode> racingUpdates(String writer, Long version) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_WRITERS);
        try {
            List<Future<JsonNode>> futures = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_WRITERS; i++) {
                ServiceInstance target = i % 2 == 0 ? first : second;
                String text = writer + " " + i;
                futures.add(pool.submit(() -> GraphQLHttp.post(target.graphqlUrl(), updateMutation(), variables(text, version))));
            }
            List<JsonNode> answers = new ArrayList<>();
            for (Future<JsonNode> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonNode read(ServiceInstance instance) {
        JsonNode answer = GraphQLHttp.post(instance.graphqlUrl(), readQuery(), Map.of("id", recordId()));
        assertTrue(answer.path("errors").isEmpty(), "read failed: " + answer);
        return answer.path("data").path(recordPath());
    }

    private JsonNode update(ServiceInstance instance, String text, long version) {
        JsonNode answer = GraphQLHttp.post(instance.graphqlUrl(), updateMutation(), variables(text, version));
        assertTrue(answer.path("errors").isEmpty(), "update failed: " + answer);
        return answer.path("data").path(updatePath());
    }

    private Map<String, Object> variables(String text, Long version) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", recordId());
        variables.put("text", text);
        variables.put("version", version);
        return variables;
    }

    private ServiceInstance startInstance(String name) {
        String database = System.getProperty(PostgresqlTestDatabase.DATABASE_PROPERTY);
        Map<String, String> config = new HashMap<>(extraConfig());
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + database);
        config.put("quarkus.datasource.username", System.getProperty("quarkus.datasource.username", "postgres"));
        try {
            return ServiceInstance.start(service() + "-" + name, Path.of(System.getProperty("qantar.postgresql.jar")), config);
        } catch (Exception e) {
            throw new IllegalStateException("could not start " + service() + " instance " + name + ": " + e.getMessage(), e);
        }
    }
}
