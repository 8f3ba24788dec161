package io.qantar.gateway.operation;

/**
 * Limits on what one operation may ask, checked before planning so a hostile document costs little.
 *
 * @param maxDepth   deepest nesting of selections, counting fields (fragments expanded)
 * @param maxAliases most aliased fields in one document
 * @param maxBytes   largest document, in UTF-8 bytes, checked before parsing
 * @param maxTokens  most grammar tokens the parser reads before it gives up (graphql-java's {@code maxTokens})
 */
public record OperationLimits(int maxDepth, int maxAliases, int maxBytes, int maxTokens) {

    /** Code of a document over {@link #maxBytes()}. */
    public static final String DOCUMENT_TOO_LARGE = "DOCUMENT_TOO_LARGE";
    /** Code of a document over {@link #maxTokens()}; Apollo Router's name for its parser token limit. */
    public static final String MAX_TOKENS_LIMIT = "MAX_TOKENS_LIMIT";

    public static final int DEFAULT_MAX_BYTES = 32768;
    public static final int DEFAULT_MAX_TOKENS = 5000;

    public static final OperationLimits DEFAULT = new OperationLimits(64, 500);

    /** Depth and alias limits, with the default document size and token limits. */
    public OperationLimits(int maxDepth, int maxAliases) {
        this(maxDepth, maxAliases, DEFAULT_MAX_BYTES, DEFAULT_MAX_TOKENS);
    }
}
