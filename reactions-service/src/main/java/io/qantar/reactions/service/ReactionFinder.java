package io.qantar.reactions.service;

import io.qantar.common.graphql.PageRequest;
import io.qantar.common.service.Ids;
import io.qantar.reactions.graphql.ReactionFilter;
import io.qantar.reactions.graphql.ReactionOrder;
import io.qantar.reactions.model.Reaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads reactions: by id, as filtered pages, and in batches by actor or event for the federated graph. */
@ApplicationScoped
@Transactional
public class ReactionFinder {

    public Reaction byId(String id) {
        return Reaction.findById(id);
    }

    /** The reactions with these ids, in the same order, with null where an id is unknown. */
    public List<Reaction> byIds(List<String> ids) {
        Map<String, Reaction> found = Reaction.<Reaction>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(reaction -> reaction.id, Function.identity()));
        List<Reaction> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(found.get(id)));
        return ordered;
    }

    /** Reactions by each of these actors, by date, retired ones left out; one query for the batch. */
    public Map<String, List<Reaction>> byActors(Collection<String> actorIds) {
        return Reaction.<Reaction>list("actorId in ?1 and retired = false", byDate(ReactionOrder.DATE_ASC), actorIds)
                .stream()
                .collect(Collectors.groupingBy(reaction -> reaction.actorId));
    }

    /** Reactions to each of these events, by date, retired ones left out; one query for the batch. */
    public Map<String, List<Reaction>> byEvents(Collection<String> eventIds) {
        return Reaction.<Reaction>list("eventId in ?1 and retired = false", byDate(ReactionOrder.DATE_ASC), eventIds)
                .stream()
                .collect(Collectors.groupingBy(reaction -> reaction.eventId));
    }

    public ReactionPage page(ReactionFilter filter, ReactionOrder order, PageRequest page) {
        Criteria criteria = Criteria.of(filter == null ? new ReactionFilter() : filter);
        long total = Reaction.count(criteria.where, criteria.parameters);
        List<Reaction> reactions = page.limit() == 0 || page.offset() >= total
                ? List.of()
                : Reaction.<Reaction>find(criteria.where, byDate(order), criteria.parameters)
                        .range(page.offset(), page.offset() + page.limit() - 1)
                        .list();
        return new ReactionPage(reactions, total);
    }

    /** Ties on the date are broken by id so that pages never overlap or skip. */
    private static Sort byDate(ReactionOrder order) {
        Sort.Direction direction = order == ReactionOrder.DATE_DESC ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by("date", direction).and("id", Sort.Direction.Ascending);
    }

    /** A filter as a JPQL condition with named parameters; empty when it keeps every reaction. */
    private record Criteria(String where, Parameters parameters) {

        static Criteria of(ReactionFilter filter) {
            List<String> conditions = new ArrayList<>();
            Parameters parameters = new Parameters();
            if (!Boolean.TRUE.equals(filter.includeRetired)) {
                conditions.add("retired = false");
            }
            if (filter.actorId != null) {
                conditions.add("actorId = :actorId");
                parameters.and("actorId", Ids.require("filter.actorId", filter.actorId));
            }
            if (filter.eventId != null) {
                conditions.add("eventId = :eventId");
                parameters.and("eventId", Ids.require("filter.eventId", filter.eventId));
            }
            if (filter.kinds != null && !filter.kinds.isEmpty()) {
                conditions.add("kind in :kinds");
                parameters.and("kinds", filter.kinds);
            }
            if (filter.stances != null && !filter.stances.isEmpty()) {
                conditions.add("stance in :stances");
                parameters.and("stances", filter.stances);
            }
            return new Criteria(String.join(" and ", conditions), parameters);
        }
    }
}
