package io.qantar.actors.dataset;

import io.qantar.actors.graphql.CreateActorInput;
import io.qantar.actors.service.ActorCommands;
import io.qantar.actors.service.ActorQueries;
import io.qantar.common.dataset.DatasetReader;
import io.qantar.common.error.BadUserInputException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the shipped actors at start-up. Only ids that are absent are inserted, so loading again
 * changes nothing and records edited since keep their edits. Each record goes through the same
 * checks as {@code createActor}, in its own transaction.
 */
@ApplicationScoped
public class ActorDatasetLoader {

    /** Loaded in this order because a record may only point at actors of the same or an earlier file. */
    static final List<String> FILES = List.of(
            "dataset/organisations.json",
            "dataset/states.json",
            "dataset/groups.json",
            "dataset/people.json");

    private static final Logger LOG = Logger.getLogger(ActorDatasetLoader.class);

    @Inject
    ActorCommands commands;

    @Inject
    ActorQueries queries;

    @ConfigProperty(name = "qantar.dataset.enabled", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** Inserts the shipped actors whose id is absent; answers how many it inserted. */
    public int load() {
        return load(FILES);
    }

    int load(List<String> files) {
        int inserted = 0;
        int total = 0;
        for (String file : files) {
            List<CreateActorInput> records = DatasetReader.read(file, CreateActorInput.class);
            Set<String> present = queries.existing(records.stream().map(record -> record.id).toList());
            for (CreateActorInput record : records) {
                if (!present.contains(record.id) && insert(record)) {
                    inserted++;
                }
            }
            total += records.size();
        }
        LOG.infof("Actor dataset: %d of %d records inserted (the others were present already)", inserted, total);
        return inserted;
    }

    /**
     * Inserts one record; false when another instance sharing the database inserted it first.
     * Any other refusal is a fault in the shipped data and stops the start.
     */
    boolean insert(CreateActorInput record) {
        try {
            commands.create(record);
            return true;
        } catch (BadUserInputException refused) {
            if (queries.byId(record.id).isPresent()) {
                LOG.infof("Actor dataset: '%s' was inserted meanwhile, by another instance; keeping that copy", record.id);
                return false;
            }
            throw new IllegalStateException("Actor dataset record '" + record.id + "' is invalid: " + refused.getMessage(), refused);
        }
    }
}
