package io.qantar.gateway.operation;

/**
 * Limits on what one operation may ask, checked before planning so a hostile document costs little. Every
 * default is written here once: the configuration ({@code qantar.gateway.limits.*}) and the tests take them from
 * these constants.
 *
 * @param maxBytes        largest document, in UTF-8 bytes, checked before parsing ({@code DOCUMENT_TOO_LARGE})
 * @param maxTokens       most grammar tokens the parser reads before it gives up ({@code MAX_TOKENS_LIMIT})
 * @param maxDepth        deepest nesting of selections, counting fields, fragments expanded ({@code MAX_DEPTH_LIMIT})
 * @param maxAliases      most aliased fields in one document ({@code MAX_ALIASES_LIMIT})
 * @param maxRootFields   most fields at the root of the operation, fragments expanded ({@code MAX_ROOT_FIELDS_LIMIT})
 * @param maxFields       most fields of the operation once its fragments are expanded ({@code MAX_FIELDS_LIMIT})
 * @param maxListItems    most items of one list in the variables ({@code BAD_USER_INPUT})
 * @param maxCost         highest estimated cost ({@code COST_ESTIMATED_TOO_EXPENSIVE})
 * @param defaultPageSize what a paginated field counts for when its page size is neither given nor defaulted
 * @param assumedListSize what a list without pagination or {@code @listSize} counts for
 * @param maxFetches      most subgraph fetches one plan may make ({@code MAX_FETCHES_LIMIT})
 * @param maxResponseValues most values (objects, list items, leaves) one response may hold ({@code RESPONSE_TOO_LARGE})
 */
public record OperationLimits(int maxBytes, int maxTokens, int maxDepth, int maxAliases, int maxRootFields,
                              int maxFields, int maxListItems, int maxCost, int defaultPageSize, int assumedListSize,
                              int maxFetches, int maxResponseValues) {

    /** Code of a document over {@link #maxBytes()}. */
    public static final String DOCUMENT_TOO_LARGE = "DOCUMENT_TOO_LARGE";
    /** Code of a document over {@link #maxTokens()}; Apollo Router's name for its parser token limit. */
    public static final String MAX_TOKENS_LIMIT = "MAX_TOKENS_LIMIT";
    /** Code of an operation over {@link #maxRootFields()}; Apollo Router's name. */
    public static final String MAX_ROOT_FIELDS_LIMIT = "MAX_ROOT_FIELDS_LIMIT";
    /**
     * Code of an operation over {@link #maxFields()}. Apollo Router has no such limit (its {@code max_height}
     * counts distinct fields of the document, not of the expanded operation); the name follows its others.
     */
    public static final String MAX_FIELDS_LIMIT = "MAX_FIELDS_LIMIT";
    /** Code of an operation over {@link #maxCost()}; Apollo Router's demand control code. */
    public static final String COST_ESTIMATED_TOO_EXPENSIVE = "COST_ESTIMATED_TOO_EXPENSIVE";
    /** Code of a plan over {@link #maxFetches()}; the gateway's own, named like Router's limits. */
    public static final String MAX_FETCHES_LIMIT = "MAX_FETCHES_LIMIT";
    /** Code of a response over {@link #maxResponseValues()}; the gateway's own. */
    public static final String RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE";
    /** Code of introspection that does not ask in good faith (graphql-java's {@code BadFaithIntrospection}). */
    public static final String BAD_FAITH_INTROSPECTION = "BAD_FAITH_INTROSPECTION";

    public static final int DEFAULT_MAX_BYTES = 32768;
    public static final int DEFAULT_MAX_TOKENS = 5000;
    public static final int DEFAULT_MAX_DEPTH = 16;
    public static final int DEFAULT_MAX_ALIASES = 500;
    public static final int DEFAULT_MAX_ROOT_FIELDS = 20;
    public static final int DEFAULT_MAX_FIELDS = 5000;
    public static final int DEFAULT_MAX_LIST_ITEMS = 1000;
    public static final int DEFAULT_MAX_COST = 50000;
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int DEFAULT_ASSUMED_LIST_SIZE = 10;
    public static final int DEFAULT_MAX_FETCHES = 100;
    public static final int DEFAULT_MAX_RESPONSE_VALUES = 500_000;

    public static final OperationLimits DEFAULT = new OperationLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_TOKENS,
            DEFAULT_MAX_DEPTH, DEFAULT_MAX_ALIASES, DEFAULT_MAX_ROOT_FIELDS, DEFAULT_MAX_FIELDS, DEFAULT_MAX_LIST_ITEMS,
            DEFAULT_MAX_COST, DEFAULT_PAGE_SIZE, DEFAULT_ASSUMED_LIST_SIZE, DEFAULT_MAX_FETCHES,
            DEFAULT_MAX_RESPONSE_VALUES);

    /** The defaults, with other depth and alias limits (for tests of those two). */
    public OperationLimits(int maxDepth, int maxAliases) {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_TOKENS, maxDepth, maxAliases, DEFAULT_MAX_ROOT_FIELDS, DEFAULT_MAX_FIELDS,
                DEFAULT_MAX_LIST_ITEMS, DEFAULT_MAX_COST, DEFAULT_PAGE_SIZE, DEFAULT_ASSUMED_LIST_SIZE,
                DEFAULT_MAX_FETCHES, DEFAULT_MAX_RESPONSE_VALUES);
    }

    public OperationLimits withDepthAndAliases(int depth, int aliases) {
        return new OperationLimits(maxBytes, maxTokens, depth, aliases, maxRootFields, maxFields, maxListItems,
                maxCost, defaultPageSize, assumedListSize, maxFetches, maxResponseValues);
    }

    public OperationLimits withBytesAndTokens(int bytes, int tokens) {
        return new OperationLimits(bytes, tokens, maxDepth, maxAliases, maxRootFields, maxFields, maxListItems,
                maxCost, defaultPageSize, assumedListSize, maxFetches, maxResponseValues);
    }

    public OperationLimits withCost(int cost) {
        return new OperationLimits(maxBytes, maxTokens, maxDepth, maxAliases, maxRootFields, maxFields, maxListItems,
                cost, defaultPageSize, assumedListSize, maxFetches, maxResponseValues);
    }

    public OperationLimits withFields(int rootFields, int fields) {
        return new OperationLimits(maxBytes, maxTokens, maxDepth, maxAliases, rootFields, fields, maxListItems,
                maxCost, defaultPageSize, assumedListSize, maxFetches, maxResponseValues);
    }

    public OperationLimits withFetches(int fetches) {
        return new OperationLimits(maxBytes, maxTokens, maxDepth, maxAliases, maxRootFields, maxFields, maxListItems,
                maxCost, defaultPageSize, assumedListSize, fetches, maxResponseValues);
    }

    public OperationLimits withResponseValues(int values) {
        return new OperationLimits(maxBytes, maxTokens, maxDepth, maxAliases, maxRootFields, maxFields, maxListItems,
                maxCost, defaultPageSize, assumedListSize, maxFetches, values);
    }
}
