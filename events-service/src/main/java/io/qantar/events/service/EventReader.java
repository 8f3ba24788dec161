package io.qantar.events.service;

import io.qantar.common.graphql.PageRequest;
import io.qantar.common.graphql.Source;
import io.qantar.common.service.Ids;
import io.qantar.common.service.InputValidation;
import io.qantar.events.graphql.EventFilter;
import io.qantar.events.graphql.EventOrder;
import io.qantar.events.model.EventEntity;
import io.qantar.events.model.ParticipantRole;
import io.qantar.events.model.Participation;
import io.qantar.events.model.ReportedFigure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads events. The batch methods answer for many events or actors with one query, keyed by id,
 * with their collections loaded: callers map them after the transaction has closed.
 */
@ApplicationScoped
public class EventReader {

    @Inject
    InputValidation validation;

    /** Retired events included; an id that cannot exist is simply not found. */
    @Transactional
    public Optional<EventEntity> find(String id) {
        return Ids.isValid(id) ? EventEntity.findByIdOptional(id) : Optional.empty();
    }

    /** The events with these ids, retired included; unknown ids are absent from the map. */
    @Transactional
    public Map<String, EventEntity> findAll(Collection<String> ids) {
        Map<String, EventEntity> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            EventEntity.<EventEntity>list("id in ?1", Set.copyOf(ids)).forEach(event -> byId.put(event.id, event));
        }
        return byId;
    }

    @Transactional
    public EventPage timeline(EventFilter filter, EventOrder order, PageRequest page) {
        if (filter != null) {
            validation.check("filter", filter);
        }
        TimelineCriteria criteria = TimelineCriteria.of(filter);
        String query = "from EventEntity e" + criteria.where();
        long total = EventEntity.count(query, criteria.parameters());
        if (page.limit() == 0 || page.offset() >= total) {
            return new EventPage(List.of(), total);
        }
        String direction = order == EventOrder.DATE_DESC ? "desc" : "asc";
        // The id breaks ties between events of one day, so that pages never overlap.
        List<EventEntity> events = EventEntity.<EventEntity>find(
                        query + " order by e.date " + direction + ", e.id " + direction, criteria.parameters())
                .range(page.offset(), page.offset() + page.limit() - 1)
                .list();
        return new EventPage(events, total);
    }

    @Transactional
    public Map<String, List<Participation>> participantsOf(Collection<String> eventIds) {
        return collectionOf(eventIds, "participants", event -> event.participants);
    }

    @Transactional
    public Map<String, List<ReportedFigure>> figuresOf(Collection<String> eventIds) {
        return collectionOf(eventIds, "figures", event -> event.figures);
    }

    @Transactional
    public Map<String, List<Source>> sourcesOf(Collection<String> eventIds) {
        return collectionOf(eventIds, "sources", event -> event.sources);
    }

    /**
     * The events, not retired, in which each actor took part (in {@code role}, when given), each
     * event once per actor, by date.
     */
    @Transactional
    public Map<String, List<EventEntity>> eventsOfActors(Collection<String> actorIds, ParticipantRole role) {
        if (actorIds.isEmpty()) {
            return Map.of();
        }
        String query = "select p.actorId, e from EventEntity e join e.participants p"
                + " where p.actorId in :actorIds and e.retired = false"
                + (role == null ? "" : " and p.role = :role")
                + " order by e.date, e.id";
        var typed = EventEntity.getEntityManager().createQuery(query, Object[].class)
                .setParameter("actorIds", Set.copyOf(actorIds));
        if (role != null) {
            typed.setParameter("role", role);
        }
        Map<String, Set<EventEntity>> byActor = new LinkedHashMap<>();
        for (Object[] row : typed.getResultList()) {
            byActor.computeIfAbsent((String) row[0], actor -> new LinkedHashSet<>()).add((EventEntity) row[1]);
        }
        Map<String, List<EventEntity>> result = new HashMap<>();
        byActor.forEach((actor, events) -> result.put(actor, List.copyOf(events)));
        return result;
    }

    private static <T> Map<String, List<T>> collectionOf(Collection<String> eventIds, String collection,
            Function<EventEntity, List<T>> values) {
        Map<String, List<T>> byEvent = new HashMap<>();
        if (eventIds.isEmpty()) {
            return byEvent;
        }
        List<EventEntity> events = EventEntity.<EventEntity>find(
                "from EventEntity e left join fetch e." + collection + " where e.id in ?1", Set.copyOf(eventIds)).list();
        for (EventEntity event : events) {
            byEvent.put(event.id, List.copyOf(values.apply(event)));
        }
        return byEvent;
    }
}
