package io.qantar.events.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qantar.common.graphql.SourceInput;
import io.qantar.events.graphql.CreateEventInput;
import io.qantar.events.model.DatePrecision;
import io.qantar.events.model.EventType;
import io.qantar.events.service.DuplicateRecordException;
import io.qantar.events.service.EventWriter;
import io.qantar.events.testing.GraphQL;
import io.qantar.events.testing.NewEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DatasetLoaderTest {

    private static final String SNAPSHOT = """
            { timeline(first: 100, filter: { includeRetired: true, to: "2022-12-31" }) { totalCount
                edges { node { id version consequences { effect { id } } } } } }""";

    @Inject
    DatasetLoader loader;

    @Inject
    EventWriter writer;

    @Test
    void loadingAgainChangesNothing() {
        JsonPath before = GraphQL.data(SNAPSHOT);
        loader.load();
        JsonPath after = GraphQL.data(SNAPSHOT);
        assertEquals(before.getInt("timeline.totalCount"), after.getInt("timeline.totalCount"));
        assertEquals(before.getList("timeline.edges"), after.getList("timeline.edges"));
    }

    @Test
    void anEditedRecordStaysEdited() {
        String update = "mutation($input: UpdateEventInput!) { updateEvent(id: \"kazakhstan-independence\", input: $input) { title } }";
        String read = "{ event(id: \"kazakhstan-independence\") { title version } }";
        String shipped = GraphQL.data(read).getString("event.title");
        try {
            GraphQL.data(update, Map.of("input", Map.of("title", "Independence, as edited by a newsroom",
                    "version", GraphQL.data(read).getInt("event.version"))));
            loader.load();
            assertEquals("Independence, as edited by a newsroom", GraphQL.data(read).getString("event.title"));
        } finally {
            GraphQL.data(update, Map.of("input", Map.of("title", shipped, "version", GraphQL.data(read).getInt("event.version"))));
        }
    }

    @Test
    void twoInstancesImportingOneRecordAtOnceStoreItOnce() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String id = NewEvents.uniqueId("raced");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (int instance = 0; instance < 2; instance++) {
                    outcomes.add(instances.submit(importing(id, start)));
                }
                start.countDown();
                int stored = 0;
                for (Future<Boolean> outcome : outcomes) {
                    stored += outcome.get() ? 1 : 0;
                }
                assertEquals(1, stored, "instances that stored " + id);
                assertEquals(id, GraphQL.data("query($id: ID!) { event(id: $id) { id } }", Map.of("id", id))
                        .getString("event.id"));
            }
        } finally {
            instances.shutdownNow();
        }
    }

    /** Imports a new record once {@code start} opens; true when this call stored it, false when told it was there. */
    private Callable<Boolean> importing(String id, CountDownLatch start) {
        return () -> {
            start.await();
            try {
                writer.importEvent(record(id));
                return true;
            } catch (DuplicateRecordException alreadyStored) {
                return false;
            }
        };
    }

    private static CreateEventInput record(String id) {
        CreateEventInput input = new CreateEventInput();
        input.id = id;
        input.title = "A record two instances load at once";
        input.summary = "Shipped once, loaded twice.";
        input.type = EventType.BACKGROUND;
        input.date = LocalDate.of(2031, 5, 4);
        input.datePrecision = DatePrecision.DAY;
        SourceInput source = new SourceInput();
        source.outlet = "Axios";
        input.sources = List.of(source);
        return input;
    }
}
