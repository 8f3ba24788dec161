package io.qantar.gateway.execution;

import io.qantar.gateway.plan.RequiredField;
import io.qantar.gateway.plan.RequiredSelection;
import io.qantar.gateway.plan.ResponsePath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The representations one entity fetch sends: one per distinct entity found at the fetch's path, with the objects
 * of the result tree each answer is merged into.
 */
final class EntityBatch {

    private final List<Map<String, Object>> representations = new ArrayList<>();
    private final List<List<Map<String, Object>>> targets = new ArrayList<>();

    private EntityBatch() {
    }

    /** Walks the result tree along {@code path} and builds the deduplicated representations. */
    static EntityBatch collect(Map<String, Object> root, ResponsePath path, List<RequiredSelection> requires) {
        EntityBatch batch = new EntityBatch();
        Map<Map<String, Object>, Integer> indexes = new HashMap<>();
        walk(root, path.elements(), 0, new ArrayList<>(), (entity, ignored) -> {
            Map<String, Object> representation = represent(entity, requires);
            if (representation == null) {
                return;
            }
            Integer index = indexes.get(representation);
            if (index == null) {
                index = batch.representations.size();
                indexes.put(representation, index);
                batch.representations.add(representation);
                batch.targets.add(new ArrayList<>(1));
            }
            batch.targets.get(index).add(entity);
        }, false);
        return batch;
    }

    boolean isEmpty() {
        return representations.isEmpty();
    }

    int size() {
        return representations.size();
    }

    List<Map<String, Object>> representations() {
        return representations;
    }

    List<Map<String, Object>> targets(int index) {
        return targets.get(index);
    }

    /** The response paths of the objects a representation stands for (computed only when an error needs them). */
    static Map<Map<String, Object>, List<Object>> paths(Map<String, Object> root, ResponsePath path) {
        Map<Map<String, Object>, List<Object>> paths = new IdentityHashMap<>();
        walk(root, path.elements(), 0, new ArrayList<>(), (entity, at) -> paths.putIfAbsent(entity, List.copyOf(at)), true);
        return paths;
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object value, List<String> elements, int index, List<Object> at,
                             BiConsumer<Map<String, Object>, List<Object>> visitor, boolean trackPath) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            // "@" steps into the elements; a list met where a key is expected is walked through, as Apollo does.
            int next = index < elements.size() && ResponsePath.EVERY.equals(elements.get(index)) ? index + 1 : index;
            for (int i = 0; i < list.size(); i++) {
                if (trackPath) {
                    at.add(i);
                }
                walk(list.get(i), elements, next, at, visitor, trackPath);
                if (trackPath) {
                    at.remove(at.size() - 1);
                }
            }
            return;
        }
        if (!(value instanceof Map<?, ?> map)) {
            return;
        }
        if (index == elements.size()) {
            visitor.accept((Map<String, Object>) map, at);
            return;
        }
        String element = elements.get(index);
        if (ResponsePath.EVERY.equals(element)) {
            return;
        }
        if (trackPath) {
            at.add(element);
        }
        walk(map.get(element), elements, index + 1, at, visitor, trackPath);
        if (trackPath) {
            at.remove(at.size() - 1);
        }
    }

    /** The representation of an entity, or null when it is not of a required type or lacks a required field. */
    private static Map<String, Object> represent(Map<String, Object> entity, List<RequiredSelection> requires) {
        Object typename = entity.get("__typename");
        if (!(typename instanceof String)) {
            return null;
        }
        for (RequiredSelection selection : requires) {
            if (selection.typeCondition() == null || selection.typeCondition().equals(typename)) {
                Map<String, Object> representation = new LinkedHashMap<>();
                return copy(entity, selection.fields(), representation) ? representation : null;
            }
        }
        return null;
    }

    private static boolean copy(Map<String, Object> source, List<RequiredField> fields, Map<String, Object> out) {
        for (RequiredField field : fields) {
            if (!source.containsKey(field.dataKey())) {
                // A required input is missing because fetching it failed; that error is already reported.
                return false;
            }
            Object value = source.get(field.dataKey());
            if (field.selections().isEmpty() || value == null) {
                out.put(field.name(), value);
            } else {
                Object copied = copyValue(value, field.selections());
                if (copied == MISSING) {
                    return false;
                }
                out.put(field.name(), copied);
            }
        }
        return true;
    }

    private static final Object MISSING = new Object();

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object value, List<RequiredSelection> selections) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            List<Object> copied = new ArrayList<>(list.size());
            for (Object item : list) {
                Object itemCopy = copyValue(item, selections);
                if (itemCopy == MISSING) {
                    return MISSING;
                }
                copied.add(itemCopy);
            }
            return copied;
        }
        if (!(value instanceof Map<?, ?> map)) {
            return MISSING;
        }
        Object typename = map.get("__typename");
        Map<String, Object> out = new LinkedHashMap<>();
        for (RequiredSelection selection : selections) {
            if (selection.typeCondition() == null || selection.typeCondition().equals(typename)) {
                if (!copy((Map<String, Object>) map, selection.fields(), out)) {
                    return MISSING;
                }
            }
        }
        return out;
    }
}
