package io.qantar.gateway.supergraph;

/**
 * A subgraph as the supergraph declares it in {@code join__Graph}.
 *
 * @param name      its name in composition, e.g. {@code actors}
 * @param graphEnum the {@code join__Graph} value that the join directives use to name it, e.g. {@code ACTORS}
 * @param url       the URL composition recorded; configuration may override it
 */
public record Subgraph(String name, String graphEnum, String url) {
}
