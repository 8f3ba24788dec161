package io.qantar.actors.service;

import io.qantar.actors.graphql.Actor;
import io.qantar.actors.graphql.Membership;
import io.qantar.actors.graphql.Office;
import io.qantar.actors.model.ActorEntity;
import io.qantar.actors.model.HeldMembership;
import io.qantar.actors.model.HeldOffice;
import io.qantar.common.graphql.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The lists that hang off actors, loaded for a whole batch of actors at once: each method costs one
 * query however many actors it is given, so a page of 100 actors does not become 100 queries.
 * Every method answers a map from actor id to its list; an actor without entries is absent.
 */
@ApplicationScoped
public class ActorRelations {

    /** Held offices first, then the most recently taken, then the most recently left. */
    static final Comparator<Office> NEWEST_FIRST = Comparator
            .comparing(Office::current, Comparator.reverseOrder())
            .thenComparing(Office::startedOn, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Office::endedOn, Comparator.nullsLast(Comparator.reverseOrder()));

    @Inject
    EntityManager em;

    @Transactional
    public Map<String, List<String>> aliases(Collection<String> actorIds) {
        return grouped(em.createQuery("select a.id, alias from ActorEntity a join a.aliases alias"
                        + " where a.id in :ids order by a.id, index(alias)", Object[].class),
                actorIds, row -> (String) row[0], row -> (String) row[1]);
    }

    @Transactional
    public Map<String, List<Source>> sources(Collection<String> actorIds) {
        return grouped(em.createQuery("select a.id, source from ActorEntity a join a.sources source"
                        + " where a.id in :ids order by a.id, index(source)", Object[].class),
                actorIds, row -> (String) row[0], row -> (Source) row[1]);
    }

    /** Offices newest first, each with the state or organisation it belongs to. */
    @Transactional
    public Map<String, List<Office>> offices(Collection<String> actorIds) {
        Map<String, List<Office>> offices = grouped(em.createQuery(
                        "select a.id, office, organisation from ActorEntity a join a.offices office"
                                + " left join ActorEntity organisation on organisation.id = office.organisationId"
                                + " where a.id in :ids order by a.id, index(office)", Object[].class),
                actorIds, row -> (String) row[0], row -> office((HeldOffice) row[1], (ActorEntity) row[2]));
        offices.values().forEach(list -> list.sort(NEWEST_FIRST));
        return offices;
    }

    /** The organisations each of these actors belongs to, by organisation name. */
    @Transactional
    public Map<String, List<Membership>> memberships(Collection<String> memberIds) {
        return grouped(membershipQuery("a.id in :ids", "lower(organisation.name), organisation.id"),
                memberIds, row -> ((ActorEntity) row[0]).id, ActorRelations::membership);
    }

    /** The members of each of these organisations, by member name. */
    @Transactional
    public Map<String, List<Membership>> members(Collection<String> organisationIds) {
        return grouped(membershipQuery("membership.organisationId in :ids", "lower(a.name), a.id"),
                organisationIds, row -> ((ActorEntity) row[2]).id, ActorRelations::membership);
    }

    private TypedQuery<Object[]> membershipQuery(String condition, String order) {
        return em.createQuery("select a, membership, organisation from ActorEntity a join a.memberships membership"
                + " join ActorEntity organisation on organisation.id = membership.organisationId"
                + " where " + condition + " order by " + order, Object[].class);
    }

    private static Office office(HeldOffice office, ActorEntity organisation) {
        return new Office(office.title, organisation == null ? null : Actor.of(organisation),
                office.startedOn, office.endedOn, office.current, office.note);
    }

    private static Membership membership(Object[] row) {
        HeldMembership membership = (HeldMembership) row[1];
        return new Membership(Actor.of((ActorEntity) row[2]), Actor.of((ActorEntity) row[0]),
                membership.role, membership.since, membership.contributedTroops, membership.note);
    }

    private static <T> Map<String, List<T>> grouped(TypedQuery<Object[]> query,
            Collection<String> ids, Function<Object[], String> key, Function<Object[], T> value) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return grouped;
        }
        for (Object[] row : query.setParameter("ids", List.copyOf(ids)).getResultList()) {
            grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(value.apply(row));
        }
        return grouped;
    }
}
