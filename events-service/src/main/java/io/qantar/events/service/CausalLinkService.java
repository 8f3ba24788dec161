package io.qantar.events.service;

import io.qantar.common.error.BadUserInputException;
import io.qantar.common.graphql.Source;
import io.qantar.common.service.InputValidation;
import io.qantar.events.graphql.CausalLinkInput;
import io.qantar.events.model.CausalLinkEntity;
import io.qantar.events.model.CausalLinkKey;
import io.qantar.events.model.EventEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Causal links between events. A link whose other end is retired is left out of the lists, as retired events are. */
@ApplicationScoped
public class CausalLinkService {

    private static final String INPUT = "input";

    @Inject
    EntityManager em;

    @Inject
    InputValidation validation;

    /** For each event, the links that led to it, by the date of their cause. */
    @Transactional
    public Map<String, List<CausalLinkEntity>> causesOf(Collection<String> eventIds) {
        return linksOf(eventIds, "f.id in :ids and c.retired = false order by c.date, c.id", link -> link.effect.id);
    }

    /** For each event, the links it started, by the date of their effect. */
    @Transactional
    public Map<String, List<CausalLinkEntity>> consequencesOf(Collection<String> eventIds) {
        return linksOf(eventIds, "c.id in :ids and f.retired = false order by f.date, f.id", link -> link.cause.id);
    }

    /** Links two existing events that are not retired and not yet linked in this direction. */
    @Transactional
    public CausalLinkEntity link(CausalLinkInput input) {
        check(input);
        EventEntity cause = requireLinkable(INPUT + ".causeId", input.causeId);
        EventEntity effect = requireLinkable(INPUT + ".effectId", input.effectId);
        try {
            CausalLinkEntity link = insert(input, cause, effect);
            EventStore.HISTORY.record(em, input.causeId, "linked as a cause of " + input.effectId);
            EventStore.HISTORY.record(em, input.effectId, "linked as an effect of " + input.causeId);
            return link;
        } catch (DuplicateRecordException duplicate) {
            throw new BadUserInputException(INPUT + ".effectId", INPUT + ".effectId: event '" + input.causeId
                    + "' is already linked as a cause of '" + input.effectId + "'");
        }
    }

    /**
     * Stores a shipped dataset link; its events must exist, retired or not.
     *
     * @throws DuplicateRecordException when the link exists, even one stored a moment ago
     */
    @Transactional
    public CausalLinkEntity importLink(CausalLinkInput input) {
        check(input);
        EventEntity cause = require(INPUT + ".causeId", input.causeId);
        EventEntity effect = require(INPUT + ".effectId", input.effectId);
        return insert(input, cause, effect);
    }

    private void check(CausalLinkInput input) {
        validation.check(INPUT, input);
        if (input.causeId.equals(input.effectId)) {
            throw new BadUserInputException(INPUT + ".effectId",
                    INPUT + ".effectId: an event cannot be its own cause ('" + input.effectId + "')");
        }
    }

    private static EventEntity require(String field, String id) {
        EventEntity event = EventEntity.findById(id);
        if (event == null) {
            throw new BadUserInputException(field, field + ": event '" + id + "' does not exist");
        }
        return event;
    }

    private static EventEntity requireLinkable(String field, String id) {
        EventEntity event = require(field, id);
        if (event.retired) {
            throw new BadUserInputException(field, field + ": event '" + id + "' is retired");
        }
        return event;
    }

    private static CausalLinkEntity insert(CausalLinkInput input, EventEntity cause, EventEntity effect) {
        if (CausalLinkEntity.findById(new CausalLinkKey(cause.id, effect.id)) != null) {
            throw new DuplicateRecordException("causal link " + cause.id + " -> " + effect.id + " already exists");
        }
        CausalLinkEntity link = new CausalLinkEntity();
        link.cause = cause;
        link.effect = effect;
        link.description = input.description;
        link.certainty = input.certainty;
        link.source = input.source == null ? null : Source.from(input.source);
        try {
            link.persistAndFlush();
        } catch (PersistenceException failure) {
            if (PersistenceFailures.isConstraintViolation(failure)) {
                throw new DuplicateRecordException(
                        "causal link " + cause.id + " -> " + effect.id + " was stored concurrently", failure);
            }
            throw failure;
        }
        return link;
    }

    private static Map<String, List<CausalLinkEntity>> linksOf(Collection<String> eventIds, String condition,
            Function<CausalLinkEntity, String> key) {
        Map<String, List<CausalLinkEntity>> byEvent = new HashMap<>();
        if (eventIds.isEmpty()) {
            return byEvent;
        }
        List<CausalLinkEntity> links = CausalLinkEntity.<CausalLinkEntity>find(
                "from CausalLinkEntity l join fetch l.cause c join fetch l.effect f where " + condition,
                Map.<String, Object>of("ids", Set.copyOf(eventIds))).list();
        for (CausalLinkEntity link : links) {
            byEvent.computeIfAbsent(key.apply(link), event -> new ArrayList<>()).add(link);
        }
        return byEvent;
    }
}
