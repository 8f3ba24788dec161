package io.qantar.gateway.plan;

import java.util.List;

/**
 * The fields to copy into a representation, for objects of one type.
 *
 * @param typeCondition the {@code __typename} the object must have, or null for any object
 * @param fields        the fields, {@code __typename} first
 */
public record RequiredSelection(String typeCondition, List<RequiredField> fields) {

    public RequiredSelection {
        fields = List.copyOf(fields);
    }
}
