package io.qantar.gateway.supergraph;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

/**
 * A {@code join__FieldSet}: the selection a key, a {@code @requires} or a {@code @provides} names, such as
 * {@code "id"}, {@code "id organisation { id }"} or {@code "... on Book { isbn }"}.
 */
public record FieldSet(String text, SelectionSet selection) {

    static FieldSet parse(String text, String where) {
        try {
            Document document = Parser.parse("{" + text + "}");
            OperationDefinition operation = (OperationDefinition) document.getDefinitions().get(0);
            return new FieldSet(text, operation.getSelectionSet());
        } catch (InvalidSyntaxException | ClassCastException e) {
            throw new SupergraphException("invalid field set \"" + text + "\" in " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
