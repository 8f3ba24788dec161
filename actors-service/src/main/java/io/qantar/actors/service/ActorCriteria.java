package io.qantar.actors.service;

import io.qantar.actors.graphql.ActorFilter;
import io.qantar.actors.graphql.ActorOrder;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The where clause of a list of actors ({@code a} in JPQL) with its parameters, so that the count
 * and the page of one list are always computed from the same conditions.
 */
final class ActorCriteria {

    private static final char LIKE_ESCAPE = '!';

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private ActorCriteria() {
    }

    /** The actors a filter selects; an absent filter selects every actor that is not retired. */
    static ActorCriteria filteredBy(ActorFilter filter) {
        ActorCriteria criteria = new ActorCriteria();
        if (filter == null || !filter.includeRetired) {
            criteria.conditions.add("a.retired = false");
        }
        if (filter == null) {
            return criteria;
        }
        if (filter.kinds != null && !filter.kinds.isEmpty()) {
            criteria.add("a.kind in :kinds", "kinds", List.copyOf(filter.kinds));
        }
        if (filter.country != null) {
            criteria.add("a.country = :country", "country", filter.country);
        }
        if (filter.memberOf != null) {
            criteria.add("exists (select 1 from ActorEntity s join s.memberships m"
                    + " where s.id = a.id and m.organisationId = :memberOf)", "memberOf", filter.memberOf);
        }
        return criteria;
    }

    /** Actors not retired whose name or one of whose aliases contains the text, ignoring case. */
    static ActorCriteria nameOrAliasContains(String text) {
        ActorCriteria criteria = new ActorCriteria();
        criteria.conditions.add("a.retired = false");
        criteria.add("(lower(a.name) like :pattern escape '" + LIKE_ESCAPE + "'"
                        + " or exists (select 1 from ActorEntity s join s.aliases alias"
                        + " where s.id = a.id and lower(alias) like :pattern escape '" + LIKE_ESCAPE + "'))",
                "pattern", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        return criteria;
    }

    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Ties on the name are broken by id so that pages never overlap or skip. */
    static String orderBy(ActorOrder order) {
        return order == ActorOrder.NAME_DESC
                ? " order by lower(a.name) desc, a.id desc"
                : " order by lower(a.name) asc, a.id asc";
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    /** Makes the text match literally: % and _ are ordinary characters in a search. */
    private static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
