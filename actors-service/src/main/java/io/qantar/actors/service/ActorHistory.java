package io.qantar.actors.service;

import io.qantar.common.graphql.Edit;
import io.qantar.common.service.EditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Who wrote what: records each write of an actor in the write's transaction, and reads the record back. */
@ApplicationScoped
public class ActorHistory {

    /** The table of Flyway's V2 migration. */
    private static final EditLog LOG = new EditLog("actor_edit");

    @Inject
    EntityManager em;

    /** Records a write by the current caller, now; called inside the write's transaction. */
    public void record(String actorId, String change) {
        LOG.record(em, actorId, change);
    }

    /** The edits of each actor, oldest first. */
    @Transactional
    public Map<String, List<Edit>> of(Collection<String> actorIds) {
        return LOG.of(em, actorIds);
    }
}
