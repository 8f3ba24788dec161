package io.qantar.gateway.plan;

import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields a subgraph promises to resolve below a field with {@code @provides}, although they are
 * {@code @external} there; narrowed step by step as planning goes down the selection.
 */
final class ProvidedFields {

    private final List<SelectionSet> selections;

    private ProvidedFields(List<SelectionSet> selections) {
        this.selections = selections;
    }

    static ProvidedFields of(SelectionSet selection) {
        return new ProvidedFields(List.of(selection));
    }

    /** Whether {@code field} of an object of {@code type} is provided. */
    boolean contains(String type, String field) {
        return !matching(type, field).isEmpty();
    }

    /** What is provided below {@code field}, or null when nothing is. */
    ProvidedFields child(String type, String field) {
        List<SelectionSet> children = new ArrayList<>();
        for (Field match : matching(type, field)) {
            if (match.getSelectionSet() != null) {
                children.add(match.getSelectionSet());
            }
        }
        return children.isEmpty() ? null : new ProvidedFields(children);
    }

    private List<Field> matching(String type, String fieldName) {
        List<Field> result = new ArrayList<>();
        for (SelectionSet selection : selections) {
            collect(selection, type, fieldName, result);
        }
        return result;
    }

    private static void collect(SelectionSet selection, String type, String fieldName, List<Field> result) {
        for (Selection<?> entry : selection.getSelections()) {
            if (entry instanceof Field field && field.getName().equals(fieldName)) {
                result.add(field);
            } else if (entry instanceof InlineFragment fragment
                    && (fragment.getTypeCondition() == null || fragment.getTypeCondition().getName().equals(type))) {
                collect(fragment.getSelectionSet(), type, fieldName, result);
            }
        }
    }
}
