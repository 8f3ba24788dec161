package io.qantar.gateway.operation;

import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.TypeName;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import io.qantar.gateway.error.ErrorCodes;
import io.qantar.gateway.error.GraphQLError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a validated operation into a {@link NormalizedOperation}: fragments inlined, fields merged per response
 * key and per concrete runtime type, {@code @skip}/{@code @include} applied. This is the GraphQL spec's
 * CollectFields run ahead of time for every possible runtime type.
 */
public final class Normalizer {

    private final GraphQLSchema schema;

    public Normalizer(GraphQLSchema schema) {
        this.schema = schema;
    }

    public NormalizedOperation normalize(ValidatedDocument document, OperationDefinition operation,
                                         Map<String, Object> variables) {
        GraphQLObjectType root = switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> null;
        };
        if (root == null) {
            throw new RequestException(GraphQLError.of(operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION
                    ? "Subscriptions are not supported by this gateway." : "The schema has no mutation type.",
                    ErrorCodes.BAD_REQUEST));
        }
        Run run = new Run(document.fragments(), variables);
        SelectionSet selection = run.selection(root, List.of(operation.getSelectionSet()), true);
        return new NormalizedOperation(operation.getOperation(), operation.getName(), root.getName(), selection,
                operation.getVariableDefinitions(), document.fragments());
    }

    /** One normalisation, with its variable values and a memo of sub-selections already built. */
    private final class Run {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;
        private final Map<MemoKey, SelectionSet> memo = new HashMap<>();

        Run(Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
            this.fragments = fragments;
            this.variables = variables;
        }

        SelectionSet selection(GraphQLCompositeType parent, List<graphql.language.SelectionSet> selectionSets,
                               boolean root) {
            Map<String, List<SelectedField>> byType = new LinkedHashMap<>();
            for (GraphQLObjectType objectType : possibleTypes(parent)) {
                Map<String, List<Field>> grouped = new LinkedHashMap<>();
                Set<String> visited = new HashSet<>();
                for (graphql.language.SelectionSet selectionSet : selectionSets) {
                    collectFields(objectType, selectionSet, grouped, visited);
                }
                List<SelectedField> fields = new ArrayList<>(grouped.size());
                grouped.forEach((key, nodes) -> fields.add(field(objectType, key, nodes, root)));
                byType.put(objectType.getName(), fields);
            }
            return new SelectionSet(byType);
        }

        private SelectedField field(GraphQLObjectType objectType, String responseKey, List<Field> nodes, boolean root) {
            String name = nodes.get(0).getName();
            if (name.equals("__typename")) {
                return SelectedField.typename(responseKey);
            }
            if (root && (name.equals("__schema") || name.equals("__type"))) {
                return SelectedField.introspection(responseKey, nodes);
            }
            GraphQLFieldDefinition definition = objectType.getFieldDefinition(name);
            GraphQLType named = GraphQLTypeUtil.unwrapAll(definition.getType());
            SelectionSet selection = null;
            if (named instanceof GraphQLCompositeType composite) {
                List<graphql.language.SelectionSet> subSelections = new ArrayList<>(nodes.size());
                for (Field node : nodes) {
                    if (node.getSelectionSet() != null) {
                        subSelections.add(node.getSelectionSet());
                    }
                }
                MemoKey key = new MemoKey(composite.getName(), subSelections);
                selection = memo.get(key);
                if (selection == null) {
                    selection = selection(composite, subSelections, false);
                    memo.put(key, selection);
                }
            }
            return SelectedField.field(responseKey, nodes, definition.getType(), selection);
        }

        /**
         * The spec's CollectFields: a fragment already spread into this collection is skipped, so a fragment that
         * spreads the next one twice does not double the field nodes at every level.
         */
        private void collectFields(GraphQLObjectType objectType, graphql.language.SelectionSet selectionSet,
                                   Map<String, List<Field>> grouped, Set<String> visited) {
            for (Selection<?> selection : selectionSet.getSelections()) {
                if (selection instanceof Field field) {
                    if (included(field.getDirectives())) {
                        String key = field.getAlias() != null ? field.getAlias() : field.getName();
                        grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(field);
                    }
                } else if (selection instanceof InlineFragment inline) {
                    if (included(inline.getDirectives()) && applies(inline.getTypeCondition(), objectType)) {
                        collectFields(objectType, inline.getSelectionSet(), grouped, visited);
                    }
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (included(spread.getDirectives()) && applies(fragment.getTypeCondition(), objectType)
                            && visited.add(spread.getName())) {
                        collectFields(objectType, fragment.getSelectionSet(), grouped, visited);
                    }
                }
            }
        }

        private boolean included(List<Directive> directives) {
            return Conditions.included(directives, variables);
        }
    }

    private boolean applies(TypeName typeCondition, GraphQLObjectType objectType) {
        if (typeCondition == null || typeCondition.getName().equals(objectType.getName())) {
            return true;
        }
        GraphQLType condition = schema.getType(typeCondition.getName());
        if (condition instanceof GraphQLInterfaceType anInterface) {
            return schema.isPossibleType(anInterface, objectType);
        }
        if (condition instanceof GraphQLUnionType union) {
            return schema.isPossibleType(union, objectType);
        }
        return false;
    }

    private List<GraphQLObjectType> possibleTypes(GraphQLCompositeType type) {
        if (type instanceof GraphQLObjectType object) {
            return List.of(object);
        }
        if (type instanceof GraphQLInterfaceType anInterface) {
            return schema.getImplementations(anInterface);
        }
        return ((GraphQLUnionType) type).getTypes().stream().map(GraphQLObjectType.class::cast).toList();
    }

    /** Sub-selections are the same for every parent that selects the same nodes under the same type. */
    private record MemoKey(String typeName, List<graphql.language.SelectionSet> selectionSets) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof MemoKey that) || !typeName.equals(that.typeName)
                    || selectionSets.size() != that.selectionSets.size()) {
                return false;
            }
            for (int i = 0; i < selectionSets.size(); i++) {
                if (selectionSets.get(i) != that.selectionSets.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = typeName.hashCode();
            for (graphql.language.SelectionSet selectionSet : selectionSets) {
                hash = 31 * hash + System.identityHashCode(selectionSet);
            }
            return hash;
        }
    }
}
