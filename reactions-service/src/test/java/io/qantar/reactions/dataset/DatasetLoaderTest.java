package io.qantar.reactions.dataset;

import static io.qantar.reactions.GraphQLClient.execute;
import static io.qantar.reactions.ReactionInputs.READ;
import static io.qantar.reactions.ReactionInputs.UPDATE;
import static io.qantar.reactions.ReactionInputs.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qantar.common.dataset.DatasetReader;
import io.qantar.common.graphql.SourceInput;
import io.qantar.reactions.fakes.FakeActorsService;
import io.qantar.reactions.fakes.FakeEventsService;
import io.qantar.reactions.model.ReactionKind;
import io.qantar.reactions.model.Stance;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DatasetLoaderTest {

    @Inject
    ReactionDatasetLoader loader;

    @Test
    void theShippedDatasetIsLoadedOnStartSoLoadingAgainInsertsNothing() {
        List<ReactionRecord> shipped = DatasetReader.read(ReactionDatasetLoader.RESOURCE, ReactionRecord.class);

        assertEquals(0, loader.load(shipped));
        for (ReactionRecord record : shipped) {
            assertEquals(record.id(), execute(READ, Map.of("id", record.id())).getString("data.reaction.id"));
        }
    }

    @Test
    void aRecordEditedSinceLoadingStaysEdited() {
        ReactionRecord record = record(uniqueId());
        assertEquals(1, loader.load(List.of(record)));
        execute(UPDATE, Map.of("id", record.id(), "input", Map.of("summary", "Corrected by an editor.", "version", 0)));

        assertEquals(0, loader.load(List.of(record)));

        assertEquals("Corrected by an editor.", execute(READ, Map.of("id", record.id())).getString("data.reaction.summary"));
    }

    @Test
    void twoInstancesLoadingAtTheSameMomentInsertEachRecordOnce() throws Exception {
        List<ReactionRecord> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            records.add(record(uniqueId()));
        }
        Callable<Integer> load = () -> loader.load(records);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> inserted = instances.invokeAll(List.of(load, load));

            assertEquals(records.size(), inserted.get(0).get() + inserted.get(1).get(), "neither failed, none inserted twice");
        } finally {
            instances.shutdownNow();
        }
        for (ReactionRecord record : records) {
            assertEquals(0, execute(READ, Map.of("id", record.id())).getInt("data.reaction.version"));
        }
    }

    private static ReactionRecord record(String id) {
        SourceInput source = new SourceInput();
        source.outlet = "Axios";
        source.publishedOn = LocalDate.of(2022, 1, 6);
        return new ReactionRecord(id, FakeActorsService.EU, FakeEventsService.INTERNET_RESTORED, LocalDate.of(2022, 1, 6), null,
                ReactionKind.STATEMENT, Stance.NEUTRAL, "Shipped summary.", null, source, null, null);
    }
}
