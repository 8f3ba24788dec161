package io.qantar.events.service;

import io.qantar.common.error.BadUserInputException;
import io.qantar.events.graphql.EventFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The conditions of a timeline query on {@code EventEntity e}, built from a validated filter. */
final class TimelineCriteria {

    private static final char LIKE_ESCAPE = '!';

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private TimelineCriteria() {
    }

    static TimelineCriteria of(EventFilter filter) {
        TimelineCriteria criteria = new TimelineCriteria();
        if (filter == null || !Boolean.TRUE.equals(filter.includeRetired)) {
            criteria.add("e.retired = false");
        }
        if (filter == null) {
            return criteria;
        }
        if (filter.from != null && filter.to != null && filter.to.isBefore(filter.from)) {
            throw new BadUserInputException("filter.to",
                    "filter.to (" + filter.to + ") must not be before filter.from (" + filter.from + ")");
        }
        // An event is in the range when its span [date, endDate] overlaps it.
        if (filter.from != null) {
            criteria.add("coalesce(e.endDate, e.date) >= :from", "from", filter.from);
        }
        if (filter.to != null) {
            criteria.add("e.date <= :to", "to", filter.to);
        }
        if (filter.types != null && !filter.types.isEmpty()) {
            criteria.add("e.type in :types", "types", List.copyOf(filter.types));
        }
        if (filter.place != null && !filter.place.isBlank()) {
            criteria.add("(lower(e.place.name) like :place escape '" + LIKE_ESCAPE + "'"
                    + " or lower(e.place.region) like :place escape '" + LIKE_ESCAPE + "')",
                    "place", "%" + escapeLike(filter.place.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.country != null) {
            criteria.add("e.place.country = :country", "country", filter.country);
        }
        if (filter.actorId != null) {
            criteria.add("e.id in (select pe.id from EventEntity pe join pe.participants p where p.actorId = :actorId)",
                    "actorId", filter.actorId);
        }
        return criteria;
    }

    /** The where clause, with its leading space, or nothing. */
    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    private void add(String condition) {
        conditions.add(condition);
    }

    private void add(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
    }

    /** Makes the user's text match literally, wildcards included. */
    private static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == LIKE_ESCAPE || c == '%' || c == '_') {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
