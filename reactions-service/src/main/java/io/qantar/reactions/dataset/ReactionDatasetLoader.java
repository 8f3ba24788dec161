package io.qantar.reactions.dataset;

import io.qantar.common.dataset.DatasetReader;
import io.qantar.reactions.model.Reaction;
import io.qantar.reactions.service.DuplicateKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the shipped reactions on start. Only absent ids are inserted, so loading again changes
 * nothing and a record edited since it was shipped stays edited.
 */
@ApplicationScoped
public class ReactionDatasetLoader {

    public static final String RESOURCE = "dataset/reactions.json";

    private static final Logger LOG = Logger.getLogger(ReactionDatasetLoader.class);

    @ConfigProperty(name = "qantar.dataset.load", defaultValue = "true")
    boolean loadOnStart;

    void onStart(@Observes StartupEvent start) {
        if (loadOnStart) {
            int inserted = load(DatasetReader.read(RESOURCE, ReactionRecord.class));
            LOG.infof("dataset %s: %d reaction(s) inserted", RESOURCE, inserted);
        }
    }

    /** Inserts the records whose id is absent; returns how many it inserted. */
    public int load(List<ReactionRecord> records) {
        int inserted = 0;
        for (ReactionRecord record : records) {
            if (insertIfAbsent(record)) {
                inserted++;
            }
        }
        return inserted;
    }

    /** One transaction per record, so that a record another instance inserted first costs only itself. */
    private static boolean insertIfAbsent(ReactionRecord record) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (Reaction.findById(record.id()) != null) {
                    return false;
                }
                record.toEntity().persistAndFlush();
                return true;
            });
        } catch (PersistenceException e) {
            if (DuplicateKey.isCauseOf(e)) {
                LOG.infof("reaction '%s' was inserted by another instance loading the dataset at the same time", record.id());
                return false;
            }
            throw e;
        }
    }
}
