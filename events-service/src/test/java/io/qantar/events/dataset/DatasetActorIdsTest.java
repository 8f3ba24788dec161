package io.qantar.events.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qantar.events.testing.DomainDoc;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped events name only actors that actors-service ships, so no federated link dangles. */
class DatasetActorIdsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyActorTheEventsNameIsShippedByActorsService() throws IOException {
        Set<String> shipped = actorsServiceIds();
        Set<String> missing = new TreeSet<>(referencedActorIds());
        missing.removeAll(shipped);
        assertEquals(Set.of(), missing, "actor ids missing from actors-service/src/main/resources/dataset/");
    }

    @Test
    void everyActorTheEventsNameIsListedInTheDomainDoc() throws IOException {
        Set<String> missing = new TreeSet<>(referencedActorIds());
        missing.removeAll(DomainDoc.actorIds());
        assertEquals(Set.of(), missing, "actor ids not listed in docs/domain.md");
    }

    private static Set<String> referencedActorIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (InputStream in = DatasetActorIdsTest.class.getClassLoader().getResourceAsStream(DatasetLoader.EVENTS)) {
            for (JsonNode event : JSON.readTree(in)) {
                event.path("participants").forEach(participant -> ids.add(participant.path("actorId").asText()));
                event.path("figures").forEach(figure -> {
                    if (figure.hasNonNull("reportedById")) {
                        ids.add(figure.get("reportedById").asText());
                    }
                });
            }
        }
        assertFalse(ids.isEmpty(), "the events name no actor at all");
        return ids;
    }

    private static Set<String> actorsServiceIds() throws IOException {
        Path dataset = DomainDoc.repoRoot().resolve("actors-service/src/main/resources/dataset");
        assertTrue(Files.isDirectory(dataset), dataset + " does not exist");
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(dataset)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                for (JsonNode record : JSON.readTree(file.toFile())) {
                    ids.add(record.path("id").asText());
                }
            }
        }
        return ids;
    }
}
