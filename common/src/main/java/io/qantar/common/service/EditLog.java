package io.qantar.common.service;

import io.qantar.common.graphql.Edit;
import io.qantar.common.security.Caller;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who wrote what, for a service whose Flyway migration has an edit table of the shape
 * {@code (id identity, record_id, edited_at timestamp with time zone, edited_by, change)}. A write records itself in
 * its own transaction, so that the record and its history are committed together or not at all.
 *
 * <p>Plain SQL on a table named by the service, rather than an entity per service: the table is the same in every
 * service but its name.
 */
public final class EditLog {

    /** Input fields that say how to write rather than what: not reported as changed. */
    private static final Set<String> NOT_CHANGES = Set.of("id", "version", "clear");

    private final String table;

    /** @param table the service's edit table, a constant of the service (never client input) */
    public EditLog(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.table = table;
    }

    /** Records a write of {@code recordId} by the current caller, now, in the caller's transaction. */
    public void record(EntityManager em, String recordId, String change) {
        em.createNativeQuery("insert into " + table + " (record_id, edited_at, edited_by, change) values (?1, ?2, ?3, ?4)")
                .setParameter(1, recordId)
                .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(3, Caller.current().author())
                .setParameter(4, change)
                .executeUpdate();
    }

    /** The edits of each record, oldest first. */
    public Map<String, List<Edit>> of(EntityManager em, Collection<String> recordIds) {
        Map<String, List<Edit>> byRecord = new HashMap<>();
        if (recordIds.isEmpty()) {
            return byRecord;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select record_id, edited_at, edited_by, change from " + table
                        + " where record_id in (?1) order by record_id, id")
                .setParameter(1, List.copyOf(recordIds))
                .getResultList();
        for (Object[] row : rows) {
            byRecord.computeIfAbsent((String) row[0], id -> new ArrayList<>())
                    .add(new Edit(instant(row[1]), (String) row[2], (String) row[3]));
        }
        return byRecord;
    }

    /**
     * What an update changed, from the fields its input was given: "updated name, description"; the input classes
     * are plain objects with public fields, null where the client left a field out.
     */
    public static String updateOf(Object input, Collection<?> cleared) {
        List<String> given = new ArrayList<>();
        for (Class<?> type = input.getClass(); type != Object.class; type = type.getSuperclass()) {
            List<String> ofType = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers()) && !Modifier.isStatic(field.getModifiers())
                        && !NOT_CHANGES.contains(field.getName()) && valueOf(field, input) != null) {
                    ofType.add(field.getName());
                }
            }
            given.addAll(0, ofType);
        }
        cleared.stream().map(field -> "cleared " + field.toString().toLowerCase()).forEach(given::add);
        return given.isEmpty() ? "updated nothing" : "updated " + String.join(", ", given);
    }

    private static Object valueOf(Field field, Object input) {
        try {
            return field.get(input);
        } catch (IllegalAccessException unreadable) {
            return null;
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }
}
