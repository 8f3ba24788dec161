package io.qantar.gateway.plan;

import java.util.List;

/**
 * A field a representation carries (key or {@code @requires}).
 *
 * @param name       its name in the representation, as the subgraph expects it
 * @param dataKey    the response key it was fetched under (differs from {@code name} only when aliased)
 * @param selections its sub-selection for an object value, empty for a leaf
 */
public record RequiredField(String name, String dataKey, List<RequiredSelection> selections) {

    public RequiredField {
        selections = List.copyOf(selections);
    }
}
