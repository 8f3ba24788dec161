package io.qantar.actors.service;

import io.qantar.actors.model.ActorEdit;
import io.qantar.common.graphql.Edit;
import io.qantar.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who wrote what: records each write of an actor in the same transaction, and reads the record back. */
@ApplicationScoped
public class ActorHistory {

    @Inject
    EntityManager em;

    /** Records a write by the current caller, now; called inside the write's transaction. */
    public void record(String actorId, String change) {
        ActorEdit edit = new ActorEdit();
        edit.actorId = actorId;
        edit.at = Instant.now();
        edit.by = Caller.current().author();
        edit.change = change;
        em.persist(edit);
    }

    /** The edits of each actor, oldest first. */
    public Map<String, List<Edit>> of(Collection<String> actorIds) {
        Map<String, List<Edit>> byActor = new HashMap<>();
        if (actorIds.isEmpty()) {
            return byActor;
        }
        em.createQuery("select e from ActorEdit e where e.actorId in :ids order by e.actorId, e.id", ActorEdit.class)
                .setParameter("ids", actorIds)
                .getResultStream()
                .forEach(edit -> byActor.computeIfAbsent(edit.actorId, id -> new ArrayList<>())
                        .add(new Edit(edit.at, edit.by, edit.change)));
        return byActor;
    }
}
