package io.qantar.gateway.operation;

import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.supergraph.CostDirectives;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Measures an operation before it is normalised or planned: its root fields, its fields once fragments are
 * expanded, its introspection, and its estimated cost, the way Apollo Router's demand control estimates it
 * statically (IBM's GraphQL cost spec): an object, interface or union costs 1, a scalar or enum 0, a mutation 10
 * more; {@code @cost(weight:)} replaces a field's or a type's cost; a list multiplies what it holds by its size,
 * which is the slicing argument named by {@code @listSize} (or {@code first}/{@code last} where no directive says),
 * else its {@code assumedSize}, else the configured page or list size.
 *
 * <p>Each fragment and selection set is measured once per parent type and reused (memoised), so a document of
 * fragments that each spread the next twice is measured in time linear in its size, and refused for its field
 * count before anything builds its exponential expansion.
 */
public final class OperationMeasure {

    /** What an operation asks for. */
    /**
     * What an operation asks for.
     *
     * @param rootFields    response keys at the root
     * @param fields        fields once fragments are expanded
     * @param cost          the estimated cost
     * @param badFaith      an introspection field asked more often than good faith allows, or null
     * @param variableSized whether a list size came from a variable, so another request's values change the cost
     */
    public record Demand(int rootFields, double fields, double cost, String badFaith, boolean variableSized) {

        /** The estimated cost as a whole number, saturated, for headers and logs. */
        public long estimatedCost() {
            return cost >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(cost);
        }
    }

    /**
     * Introspection fields that may occur once under each {@code __schema} or {@code __type}, as graphql-java's
     * GoodFaithIntrospection has them (it also allows one {@code __schema} and one {@code __type} per operation;
     * Apollo's gateway answers several {@code __type} fields, and so does this one).
     */
    private static final List<String> GOOD_FAITH = List.of("__Type.fields", "__Type.inputFields",
            "__Type.interfaces", "__Type.possibleTypes");
    private static final double MUTATION_COST = 10;
    /** Arguments that slice a paginated list when the schema has no {@code @listSize} for the field. */
    private static final List<String> DEFAULT_SLICING = List.of("first", "last");
    /** The lists of a connection that its page size counts, when the schema has no {@code @listSize}. */
    private static final List<String> DEFAULT_SIZED = List.of("edges", "nodes");

    private final GraphQLSchema schema;
    private final CostDirectives directives;
    private final OperationLimits limits;

    public OperationMeasure(GraphQLSchema schema, CostDirectives directives, OperationLimits limits) {
        this.schema = schema;
        this.directives = directives;
        this.limits = limits;
    }

    /** The operation's demand; a {@link RequestException} naming the limit when it is over one. */
    public Demand measure(ValidatedDocument document, OperationDefinition operation, Map<String, Object> variables) {
        Demand demand = estimate(document, operation, variables);
        check(demand);
        return demand;
    }

    /** The operation's demand, whether or not it is over a limit. */
    public Demand estimate(ValidatedDocument document, OperationDefinition operation, Map<String, Object> variables) {
        GraphQLFieldsContainer root = switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> null;
        };
        if (root == null) {
            return new Demand(0, 0, 0, null, false); // the normaliser refuses it with its own error
        }
        Run run = new Run(document.fragments(), variables);
        Measure measure = run.selection(operation.getSelectionSet(), root, null);
        int rootFields = run.rootFields(operation.getSelectionSet(), root);
        double cost = measure.cost + (operation.getOperation() == OperationDefinition.Operation.MUTATION
                ? MUTATION_COST : 0);
        return new Demand(rootFields, measure.fields, cost, run.badFaith, run.variableSized);
    }

    /** A {@link RequestException} naming the first limit the demand is over. */
    public void check(Demand demand) {
        if (demand.rootFields() > limits.maxRootFields()) {
            throw refusal("The operation has " + demand.rootFields() + " root fields, more than the maximum of "
                    + limits.maxRootFields() + " (max-root-fields).", OperationLimits.MAX_ROOT_FIELDS_LIMIT);
        }
        if (demand.fields() > limits.maxFields()) {
            throw refusal("The operation has " + count(demand.fields()) + " fields once its fragments are expanded, "
                    + "more than the maximum of " + limits.maxFields() + " (max-fields).", OperationLimits.MAX_FIELDS_LIMIT);
        }
        if (demand.badFaith() != null) {
            throw refusal("This request is not asking for introspection in good faith - " + demand.badFaith()
                    + " is present too often!", OperationLimits.BAD_FAITH_INTROSPECTION);
        }
        if (demand.cost() > limits.maxCost()) {
            throw refusal("The estimated cost of the operation is " + count(demand.cost())
                    + ", more than the maximum of " + limits.maxCost() + " (max-cost).",
                    OperationLimits.COST_ESTIMATED_TOO_EXPENSIVE);
        }
    }

    private static String count(double value) {
        return value >= 1e15 ? String.format("%.3g", value) : Long.toString(Math.round(value));
    }

    private static RequestException refusal(String message, String code) {
        return new RequestException(GraphQLError.of(message, code));
    }

    /** Fields and cost of a selection, and how often each good-faith introspection field occurs in it. */
    private record Measure(double fields, double cost, double[] introspection) {

        static Measure empty() {
            return new Measure(0, 0, new double[GOOD_FAITH.size()]);
        }
    }

    /** A selection set under a parent type, with the size its parent gives to its sized fields. */
    private record MemoKey(SelectionSet selectionSet, String type, Sizing sizing) {

        @Override
        public boolean equals(Object other) {
            return other instanceof MemoKey that && selectionSet == that.selectionSet && type.equals(that.type)
                    && java.util.Objects.equals(sizing, that.sizing);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(selectionSet) * 31 + type.hashCode() * 7 + java.util.Objects.hashCode(sizing);
        }
    }

    /** The size a paginated parent gives to its sized fields (a connection's {@code edges}). */
    private record Sizing(List<String> fields, double size) {
    }

    private final class Run {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;
        private final Map<MemoKey, Measure> memo = new HashMap<>();
        private boolean variableSized;
        private String badFaith;

        Run(Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
            this.fragments = fragments;
            this.variables = variables;
        }

        int rootFields(SelectionSet selectionSet, GraphQLCompositeType root) {
            Set<String> keys = new HashSet<>();
            collectKeys(selectionSet, keys, new HashSet<>());
            return keys.size();
        }

        private void collectKeys(SelectionSet selectionSet, Set<String> keys, Set<String> visited) {
            for (Selection<?> selection : selectionSet.getSelections()) {
                if (selection instanceof Field field && included(field.getDirectives())) {
                    keys.add(field.getAlias() != null ? field.getAlias() : field.getName());
                } else if (selection instanceof InlineFragment inline && included(inline.getDirectives())) {
                    collectKeys(inline.getSelectionSet(), keys, visited);
                } else if (selection instanceof FragmentSpread spread && included(spread.getDirectives())
                        && visited.add(spread.getName())) {
                    collectKeys(fragments.get(spread.getName()).getSelectionSet(), keys, visited);
                }
            }
        }

        Measure selection(SelectionSet selectionSet, GraphQLCompositeType type, Sizing sizing) {
            MemoKey key = new MemoKey(selectionSet, type.getName(), sizing);
            Measure known = memo.get(key);
            if (known != null) {
                return known;
            }
            double fields = 0;
            double cost = 0;
            double[] introspection = new double[GOOD_FAITH.size()];
            // A fragment spread twice in one selection set is collected once (the spec's CollectFields).
            Set<String> spread = new HashSet<>();
            for (Selection<?> selection : selectionSet.getSelections()) {
                Measure part;
                if (selection instanceof Field field) {
                    if (!included(field.getDirectives())) {
                        continue;
                    }
                    part = field(field, type, sizing);
                } else if (selection instanceof InlineFragment inline) {
                    if (!included(inline.getDirectives())) {
                        continue;
                    }
                    GraphQLCompositeType on = inline.getTypeCondition() == null ? type
                            : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName());
                    part = selection(inline.getSelectionSet(), on, sizing);
                } else {
                    FragmentSpread fragmentSpread = (FragmentSpread) selection;
                    if (!included(fragmentSpread.getDirectives()) || !spread.add(fragmentSpread.getName())) {
                        continue;
                    }
                    FragmentDefinition fragment = fragments.get(fragmentSpread.getName());
                    part = selection(fragment.getSelectionSet(),
                            (GraphQLCompositeType) schema.getType(fragment.getTypeCondition().getName()), sizing);
                }
                fields += part.fields;
                cost += part.cost;
                for (int i = 0; i < introspection.length; i++) {
                    introspection[i] += part.introspection[i];
                }
            }
            Measure measure = new Measure(fields, cost, introspection);
            memo.put(key, measure);
            return measure;
        }

        private Measure field(Field field, GraphQLCompositeType parent, Sizing sizing) {
            String name = field.getName();
            if (name.equals("__typename")) {
                return new Measure(1, 0, new double[GOOD_FAITH.size()]);
            }
            GraphQLFieldDefinition definition = definition(parent, name);
            if (definition == null) {
                return new Measure(1, 0, new double[GOOD_FAITH.size()]); // validation has ruled this out
            }
            GraphQLOutputType type = definition.getType();
            GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
            boolean introspection = name.startsWith("__") || parent.getName().startsWith("__");
            Optional<CostDirectives.ListSize> listSize = directives.listSize(parent.getName(), name);
            double size = 1;
            Sizing childSizing = null;
            Double sliced = sliced(field, definition, listSize);
            boolean isList = GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
            List<String> sizedFields = listSize.map(CostDirectives.ListSize::sizedFields).orElse(List.of());
            if (sizedFields.isEmpty() && !isList && sliced != null && listSize.isEmpty()) {
                sizedFields = DEFAULT_SIZED; // a paginated connection: its page size counts for its edges
            }
            if (!sizedFields.isEmpty()) {
                childSizing = new Sizing(sizedFields, sliced != null ? sliced : assumed(listSize));
            } else if (isList) {
                size = sliced != null ? sliced : assumed(listSize);
            }
            if (sizing != null && sizing.fields().contains(name)) {
                size = sizing.size();
            }
            Measure sub = named instanceof GraphQLCompositeType composite && field.getSelectionSet() != null
                    ? selection(field.getSelectionSet(), composite, childSizing) : Measure.empty();
            double own = introspection ? 0 : weight(parent.getName(), name, named);
            double[] counts = sub.introspection.clone();
            int index = GOOD_FAITH.indexOf(parent.getName() + "." + name);
            if (index >= 0) {
                counts[index] += 1;
            }
            if (name.equals("__schema") || name.equals("__type")) {
                for (int i = 0; i < counts.length && badFaith == null; i++) {
                    if (counts[i] > 1) {
                        badFaith = GOOD_FAITH.get(i);
                    }
                }
                counts = new double[GOOD_FAITH.size()];
            }
            return new Measure(1 + sub.fields, size * (own + sub.cost), counts);
        }

        private GraphQLFieldDefinition definition(GraphQLCompositeType parent, String name) {
            if (name.equals("__schema")) {
                return schema.getIntrospectionSchemaFieldDefinition();
            }
            if (name.equals("__type")) {
                return schema.getIntrospectionTypeFieldDefinition();
            }
            return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
        }

        private double weight(String parent, String field, GraphQLNamedType type) {
            OptionalInt declared = directives.fieldWeight(parent, field);
            if (declared.isPresent()) {
                return declared.getAsInt();
            }
            OptionalInt ofType = directives.typeWeight(type.getName());
            if (ofType.isPresent()) {
                return ofType.getAsInt();
            }
            return type instanceof GraphQLCompositeType ? 1 : 0;
        }

        private double assumed(Optional<CostDirectives.ListSize> listSize) {
            OptionalInt assumed = listSize.map(CostDirectives.ListSize::assumedSize).orElse(OptionalInt.empty());
            return assumed.isPresent() ? assumed.getAsInt() : limits.assumedListSize();
        }

        /**
         * The page size a slicing argument asks for: the largest of those given, or of their defaults; the default
         * page size when the field is sliced but neither gives one; null when the field is not sliced.
         */
        private Double sliced(Field field, GraphQLFieldDefinition definition,
                              Optional<CostDirectives.ListSize> listSize) {
            List<String> slicing = listSize.isPresent() ? listSize.get().slicingArguments() : DEFAULT_SLICING;
            boolean sliced = false;
            Double largest = null;
            for (String name : slicing) {
                GraphQLArgument argument = definition.getArgument(name);
                if (argument == null) {
                    continue;
                }
                sliced = true;
                Object value = argumentValue(field, name);
                if (value == null && argument.hasSetDefaultValue()) {
                    Object fallback = argument.getArgumentDefaultValue().getValue();
                    value = fallback instanceof IntValue literal ? literal.getValue() : fallback;
                }
                if (value instanceof Number number) {
                    double size = Math.max(0, number.doubleValue());
                    largest = largest == null ? size : Math.max(largest, size);
                }
            }
            if (!sliced) {
                return null;
            }
            return largest != null ? largest : (double) limits.defaultPageSize();
        }

        private Object argumentValue(Field field, String name) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals(name)) {
                    Value<?> value = argument.getValue();
                    if (value instanceof IntValue literal) {
                        return literal.getValue();
                    }
                    if (value instanceof VariableReference variable) {
                        variableSized = true;
                        return variables.get(variable.getName());
                    }
                    return null;
                }
            }
            return null;
        }

        private boolean included(List<Directive> directives) {
            return Conditions.included(directives, variables);
        }
    }
}
