package io.qantar.reactions.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qantar.common.dataset.DatasetReader;
import io.qantar.common.service.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped reactions follow docs/domain.md and point only at actors and events that the actors
 * and events services ship, so that no link in the federated graph dangles.
 */
class DatasetReferencesTest {

    private static final List<ReactionRecord> SHIPPED = DatasetReader.read(ReactionDatasetLoader.RESOURCE, ReactionRecord.class);

    @Test
    void shipsExactlyTheReactionsOfTheDomainTableWithTheirActorEventKindAndStance() {
        Map<String, ReactionRecord> shipped = SHIPPED.stream().collect(Collectors.toMap(ReactionRecord::id, Function.identity()));
        List<List<String>> rows = DomainDoc.read().reactionRows();

        assertEquals(rows.stream().map(row -> DomainDoc.unquote(row.get(0))).collect(Collectors.toSet()), shipped.keySet());
        for (List<String> row : rows) {
            ReactionRecord record = shipped.get(DomainDoc.unquote(row.get(0)));
            String[] kindAndStance = row.get(3).split("[,(]");
            assertEquals(DomainDoc.unquote(row.get(1)), record.actorId(), record.id());
            assertEquals(DomainDoc.unquote(row.get(2)), record.eventId(), record.id());
            assertEquals(kindAndStance[0].strip(), record.kind().name(), record.id());
            assertEquals(kindAndStance[1].strip(), record.stance().name(), record.id());
        }
    }

    @Test
    void everyRecordIsCompleteAndSourced() {
        for (ReactionRecord record : SHIPPED) {
            assertTrue(Ids.isValid(record.id()), record.id());
            assertTrue(record.date() != null && record.dateNote() != null, "dated, with how the date was resolved: " + record.id());
            assertTrue(record.summary() != null && !record.summary().isBlank(), record.id());
            assertTrue(record.source() != null && record.source().outlet != null && record.source().publishedOn != null, record.id());
            assertTrue(record.reportedThrough() != null && record.reportedThroughActorId() != null, "attributed: " + record.id());
        }
    }

    @Test
    void referencesOnlyActorsAndEventsListedInTheDomain() {
        DomainDoc domain = DomainDoc.read();

        assertReferenced("actors of docs/domain.md", domain.actorIds(), referencedActors());
        assertReferenced("events of docs/domain.md", domain.eventIds(), referencedEvents());
    }

    @Test
    void referencesOnlyActorsTheActorsServiceShips() throws IOException {
        assertReferenced("actors-service dataset", shippedIds("actors-service"), referencedActors());
    }

    @Test
    void referencesOnlyEventsTheEventsServiceShips() throws IOException {
        assertReferenced("events-service dataset", shippedIds("events-service"), referencedEvents());
    }

    private static Set<String> referencedActors() {
        return SHIPPED.stream()
                .flatMap(record -> Stream.of(record.actorId(), record.reportedThroughActorId()))
                .filter(id -> id != null)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> referencedEvents() {
        return SHIPPED.stream().map(ReactionRecord::eventId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertReferenced(String where, Set<String> known, Set<String> referenced) {
        Set<String> missing = new TreeSet<>(referenced);
        missing.removeAll(known);
        assertTrue(missing.isEmpty(), "referenced but not in the " + where + ": " + missing);
    }

    /** The ids of every record in a sibling service's shipped dataset files. */
    private static Set<String> shippedIds(String module) throws IOException {
        Path folder = DomainDoc.repoRoot().resolve(module).resolve("src/main/resources/dataset");
        assertTrue(Files.isDirectory(folder), folder + " does not exist");
        ObjectMapper mapper = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                for (JsonNode record : mapper.readTree(file.toFile())) {
                    if (record.hasNonNull("id")) {
                        ids.add(record.get("id").asText());
                    }
                }
            }
        }
        return ids;
    }
}
