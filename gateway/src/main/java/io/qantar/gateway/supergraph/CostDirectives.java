package io.qantar.gateway.supergraph;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.TypeDefinition;
import graphql.language.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The demand control directives of a supergraph, Federation's {@code @cost(weight:)} and {@code @listSize(...)}
 * (spec {@code https://specs.apollo.dev/cost}), as composition carries them from the subgraphs. Empty when the
 * supergraph declares none; the cost estimate then uses its defaults.
 */
public final class CostDirectives {

    static final String COST_IDENTITY = "https://specs.apollo.dev/cost";

    public static final CostDirectives NONE = new CostDirectives(Map.of(), Map.of(), Map.of());

    private final Map<String, Integer> fieldWeights;
    private final Map<String, Integer> typeWeights;
    private final Map<String, ListSize> listSizes;

    /**
     * A field's {@code @listSize}.
     *
     * @param assumedSize               the size to count when no slicing argument gives one
     * @param slicingArguments          arguments whose value is the size (the largest given counts)
     * @param sizedFields               fields of the returned object that are the sized lists (a connection's
     *                                  {@code edges}); empty when the field itself is the list
     * @param requireOneSlicingArgument whether exactly one slicing argument must be given (checked as a size only)
     */
    public record ListSize(OptionalInt assumedSize, List<String> slicingArguments, List<String> sizedFields,
                           boolean requireOneSlicingArgument) {

        public ListSize {
            slicingArguments = List.copyOf(slicingArguments);
            sizedFields = List.copyOf(sizedFields);
        }
    }

    private CostDirectives(Map<String, Integer> fieldWeights, Map<String, Integer> typeWeights,
                           Map<String, ListSize> listSizes) {
        this.fieldWeights = Map.copyOf(fieldWeights);
        this.typeWeights = Map.copyOf(typeWeights);
        this.listSizes = Map.copyOf(listSizes);
    }

    /** The directives in a parsed supergraph, under the names its {@code @link} of the cost spec gives them. */
    static CostDirectives read(Document document, List<FeatureLink> links) {
        Optional<FeatureLink> link = links.stream().filter(l -> l.identity().equals(COST_IDENTITY)).findFirst();
        if (link.isEmpty()) {
            return NONE;
        }
        return read(document, link.get().directiveName("cost"), link.get().directiveName("listSize"));
    }

    private static CostDirectives read(Document document, String costName, String listSizeName) {
        Map<String, Integer> fieldWeights = new HashMap<>();
        Map<String, Integer> typeWeights = new HashMap<>();
        Map<String, ListSize> listSizes = new HashMap<>();
        for (TypeDefinition<?> type : document.getDefinitionsOfType(TypeDefinition.class)) {
            weight(type, costName).ifPresent(w -> typeWeights.put(type.getName(), w));
            if (type instanceof ImplementingTypeDefinition<?> fields) {
                for (FieldDefinition field : fields.getFieldDefinitions()) {
                    String coordinate = type.getName() + "." + field.getName();
                    weight(field, costName).ifPresent(w -> fieldWeights.put(coordinate, w));
                    field.getDirectives(listSizeName).stream().findFirst()
                            .ifPresent(d -> listSizes.put(coordinate, listSize(d)));
                }
            }
        }
        return new CostDirectives(fieldWeights, typeWeights, listSizes);
    }

    private static OptionalInt weight(DirectivesContainer<?> element, String costName) {
        for (Directive directive : element.getDirectives(costName)) {
            if (directive.getArgument("weight") != null
                    && directive.getArgument("weight").getValue() instanceof IntValue weight) {
                return OptionalInt.of(weight.getValue().intValueExact());
            }
        }
        return OptionalInt.empty();
    }

    private static ListSize listSize(Directive directive) {
        OptionalInt assumed = directive.getArgument("assumedSize") != null
                && directive.getArgument("assumedSize").getValue() instanceof IntValue size
                ? OptionalInt.of(size.getValue().intValueExact()) : OptionalInt.empty();
        boolean requireOne = directive.getArgument("requireOneSlicingArgument") == null
                || !(directive.getArgument("requireOneSlicingArgument").getValue() instanceof BooleanValue b)
                || b.isValue();
        return new ListSize(assumed, strings(directive, "slicingArguments"), strings(directive, "sizedFields"),
                requireOne);
    }

    private static List<String> strings(Directive directive, String argument) {
        List<String> result = new ArrayList<>();
        if (directive.getArgument(argument) != null) {
            Value<?> value = directive.getArgument(argument).getValue();
            List<Value> values = value instanceof ArrayValue array ? array.getValues() : List.of(value);
            for (Value<?> item : values) {
                if (item instanceof StringValue string) {
                    result.add(string.getValue());
                }
            }
        }
        return result;
    }


    /** The {@code @cost} weight of a field ({@code Type.field}). */
    public OptionalInt fieldWeight(String type, String field) {
        Integer weight = fieldWeights.get(type + "." + field);
        return weight == null ? OptionalInt.empty() : OptionalInt.of(weight);
    }

    /** The {@code @cost} weight of a type, which every field returning it costs unless the field says otherwise. */
    public OptionalInt typeWeight(String type) {
        Integer weight = typeWeights.get(type);
        return weight == null ? OptionalInt.empty() : OptionalInt.of(weight);
    }

    /** The {@code @listSize} of a field. */
    public Optional<ListSize> listSize(String type, String field) {
        return Optional.ofNullable(listSizes.get(type + "." + field));
    }
}
