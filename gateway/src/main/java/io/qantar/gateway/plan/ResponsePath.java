package io.qantar.gateway.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a fetch's entities sit in the merged result: response keys, with {@code @} for "every element of this
 * list", as in Apollo's {@code Flatten(path: "actors.@.events.@")}.
 */
public record ResponsePath(List<String> elements) {

    public static final String EVERY = "@";
    public static final ResponsePath ROOT = new ResponsePath(List.of());

    public ResponsePath {
        elements = List.copyOf(elements);
    }

    public ResponsePath plus(String responseKey, int listDepth) {
        List<String> next = new ArrayList<>(elements.size() + 1 + listDepth);
        next.addAll(elements);
        next.add(responseKey);
        for (int i = 0; i < listDepth; i++) {
            next.add(EVERY);
        }
        return new ResponsePath(next);
    }

    public boolean isRoot() {
        return elements.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(".", elements);
    }
}
