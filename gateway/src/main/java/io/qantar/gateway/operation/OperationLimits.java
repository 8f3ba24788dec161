package io.qantar.gateway.operation;

/**
 * Limits on what one operation may ask, checked before planning so a hostile document costs little.
 *
 * @param maxDepth   deepest nesting of selections, counting fields (fragments expanded)
 * @param maxAliases most aliased fields in one document
 */
public record OperationLimits(int maxDepth, int maxAliases) {

    public static final OperationLimits DEFAULT = new OperationLimits(64, 500);
}
