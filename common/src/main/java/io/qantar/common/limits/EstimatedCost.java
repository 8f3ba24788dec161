package io.qantar.common.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;

/**
 * What one field of an operation costs a service: one for the field, plus what its selection costs, times
 * the number of items it returns. That number is the {@code first} a paginated field is asked for, the
 * number of representations of {@code _entities}, one for the {@code edges} of a connection (its page is
 * counted once, on the paginated field) and an assumed size for any other list, whose length the service
 * does not cap. The sum is an upper bound in spirit, as Apollo Router's demand control estimates: a
 * query nesting lists inside lists is refused for what it could fetch, before it fetches anything.
 */
final class EstimatedCost implements FieldComplexityCalculator {

    private static final String PAGE_SIZE_ARGUMENT = "first";
    private static final String ENTITIES = "_entities";
    private static final String REPRESENTATIONS = "representations";
    private static final String CONNECTION_SUFFIX = "Connection";

    private final int assumedListSize;

    EstimatedCost(int assumedListSize) {
        this.assumedListSize = assumedListSize;
    }

    @Override
    public int calculate(FieldComplexityEnvironment field, int childCost) {
        return saturated((long) itemsOf(field) * (1L + childCost));
    }

    private int itemsOf(FieldComplexityEnvironment field) {
        Object first = field.getArguments().get(PAGE_SIZE_ARGUMENT);
        if (first instanceof Number size) {
            return Math.max(1, size.intValue());
        }
        if (field.getFieldDefinition().getName().equals(ENTITIES)
                && field.getArguments().get(REPRESENTATIONS) instanceof List<?> representations) {
            return Math.max(1, representations.size());
        }
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType());
        if (!GraphQLTypeUtil.isList(type)) {
            return 1;
        }
        return field.getParentType().getName().endsWith(CONNECTION_SUFFIX) ? 1 : assumedListSize;
    }

    /** Costs multiply fast; past the int range they only need to stay over any limit. */
    private static int saturated(long cost) {
        return cost > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) cost;
    }
}
