package io.qantar.actors.service;

import io.qantar.actors.graphql.Actor;
import io.qantar.actors.graphql.ActorConnection;
import io.qantar.actors.graphql.ActorEdge;
import io.qantar.actors.graphql.ActorFilter;
import io.qantar.actors.graphql.ActorOrder;
import io.qantar.actors.model.ActorEntity;
import io.qantar.actors.model.ActorKind;
import io.qantar.common.error.BadUserInputException;
import io.qantar.common.graphql.PageRequest;
import io.qantar.common.service.Ids;
import io.qantar.common.service.InputValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads actors: by id, in batches of ids, and as filtered, ordered, paged lists. */
@ApplicationScoped
public class ActorQueries {

    static final int SEARCH_TEXT_LENGTH = 200;

    @Inject
    EntityManager em;

    @Inject
    InputValidation validation;

    /** The actor with this id, retired or not; empty for an unknown or malformed id. */
    @Transactional
    public Optional<Actor> byId(String id) {
        if (!Ids.isValid(id)) {
            return Optional.empty();
        }
        return ActorEntity.<ActorEntity>findByIdOptional(id).map(Actor::of);
    }

    /** The actors with these ids, retired or not, by id; unknown and malformed ids are left out. */
    @Transactional
    public Map<String, Actor> byIds(Collection<String> ids) {
        List<String> valid = ids.stream().filter(Ids::isValid).distinct().toList();
        if (valid.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from ActorEntity a where a.id in :ids", ActorEntity.class)
                .setParameter("ids", valid)
                .getResultStream()
                .map(Actor::of)
                .collect(Collectors.toMap(Actor::id, Function.identity()));
    }

    /** Which of these ids are taken. */
    @Transactional
    public Set<String> existing(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select a.id from ActorEntity a where a.id in :ids", String.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList());
    }

    @Transactional
    public ActorConnection list(ActorFilter filter, ActorOrder order, PageRequest page) {
        if (filter != null) {
            validation.check("filter", filter);
            if (filter.memberOf != null) {
                Ids.require("filter.memberOf", filter.memberOf);
            }
        }
        return page(ActorCriteria.filteredBy(filter), order, page);
    }

    /** Actors whose name or an alias contains the text, ignoring case, by name. */
    @Transactional
    public ActorConnection search(String text, PageRequest page) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > SEARCH_TEXT_LENGTH) {
            throw new BadUserInputException("text",
                    "text must hold between 1 and " + SEARCH_TEXT_LENGTH + " characters besides spaces");
        }
        return page(ActorCriteria.nameOrAliasContains(trimmed), ActorOrder.NAME_ASC, page);
    }

    /** Up to {@code limit} actors of a kind (any kind when null) that are not retired, by name. */
    @Transactional
    public List<Actor> firstOfKind(ActorKind kind, int limit) {
        ActorFilter filter = new ActorFilter();
        filter.kinds = kind == null ? null : List.of(kind);
        return rows(ActorCriteria.filteredBy(filter), ActorOrder.NAME_ASC, new PageRequest(0, limit));
    }

    private ActorConnection page(ActorCriteria criteria, ActorOrder order, PageRequest page) {
        long total = criteria.bind(em.createQuery("select count(a) from ActorEntity a" + criteria.where(), Long.class))
                .getSingleResult();
        List<Actor> actors = page.limit() == 0 || page.offset() >= total ? List.of() : rows(criteria, order, page);
        List<ActorEdge> edges = new ArrayList<>(actors.size());
        for (int i = 0; i < actors.size(); i++) {
            edges.add(new ActorEdge(PageRequest.cursor(page.offset() + i), actors.get(i)));
        }
        return new ActorConnection(edges, page.pageInfo(actors.size(), total), Math.toIntExact(total));
    }

    private List<Actor> rows(ActorCriteria criteria, ActorOrder order, PageRequest page) {
        return criteria.bind(em.createQuery(
                        "select a from ActorEntity a" + criteria.where() + ActorCriteria.orderBy(order), ActorEntity.class))
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultStream()
                .map(Actor::of)
                .toList();
    }
}
