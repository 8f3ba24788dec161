package io.qantar.events.dataset;

import io.qantar.common.dataset.DatasetReader;
import io.qantar.events.graphql.CausalLinkInput;
import io.qantar.events.graphql.CreateEventInput;
import io.qantar.events.service.CausalLinkService;
import io.qantar.events.service.DuplicateRecordException;
import io.qantar.events.service.EventWriter;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the shipped timeline on start: every event and causal link whose id is absent. Records
 * already stored, edited or retired ones included, are left alone, so loading again changes
 * nothing. Each record is written in its own transaction: when two instances start on one
 * database, the one that loses the race on a record finds it stored and goes on.
 */
@ApplicationScoped
public class DatasetLoader {

    static final String EVENTS = "dataset/events.json";
    static final String CAUSAL_LINKS = "dataset/causal-links.json";

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);

    @ConfigProperty(name = "qantar.dataset.load", defaultValue = "true")
    boolean enabled;

    @Inject
    EventWriter events;

    @Inject
    CausalLinkService links;

    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            load();
        }
    }

    void load() {
        List<CreateEventInput> shippedEvents = DatasetReader.read(EVENTS, CreateEventInput.class);
        int addedEvents = importAll(shippedEvents, events::importEvent);
        List<CausalLinkInput> shippedLinks = DatasetReader.read(CAUSAL_LINKS, CausalLinkInput.class);
        int addedLinks = importAll(shippedLinks, links::importLink);
        LOG.infof("dataset: %d of %d events and %d of %d causal links added, the others were already stored",
                addedEvents, shippedEvents.size(), addedLinks, shippedLinks.size());
    }

    private static <T> int importAll(List<T> records, Consumer<T> importer) {
        int added = 0;
        for (T record : records) {
            try {
                importer.accept(record);
                added++;
            } catch (DuplicateRecordException alreadyStored) {
                LOG.debugf("dataset: %s", alreadyStored.getMessage());
            }
        }
        return added;
    }
}
