package io.qantar.gateway.http;

/**
 * The two response media types of GraphQL over HTTP. They differ in status codes: with
 * {@code application/graphql-response+json} a request error is a 4xx, with {@code application/json} every
 * well-formed request gets 200.
 */
enum ResponseMediaType {

    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    JSON("application/json");

    final String value;

    ResponseMediaType(String value) {
        this.value = value;
    }

    /** The status for a GraphQL request error (parse, validation, variables...). */
    int requestErrorStatus() {
        return this == GRAPHQL_RESPONSE_JSON ? 400 : 200;
    }

    /**
     * Picks the response type from an Accept header: the acceptable type with the highest quality; on a tie an
     * exact media type before a wildcard, then the GraphQL response type. A wildcard (any type, any application
     * type) and a missing header mean {@code application/json}: the GraphQL-over-HTTP spec asks servers to keep
     * answering such clients, written before {@code application/graphql-response+json} existed, as they expect.
     * Null when neither type is acceptable.
     */
    static ResponseMediaType negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        ResponseMediaType chosen = null;
        double bestQuality = 0;
        boolean bestExact = false;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase();
            double quality = quality(parts);
            boolean exact = !type.endsWith("*");
            ResponseMediaType candidate = switch (type) {
                case "application/graphql-response+json" -> GRAPHQL_RESPONSE_JSON;
                case "application/json", "application/*", "*/*" -> JSON;
                default -> null;
            };
            if (candidate == null || quality <= 0) {
                continue;
            }
            boolean better = chosen == null || quality > bestQuality
                    || (quality == bestQuality && exact && !bestExact)
                    || (quality == bestQuality && exact == bestExact && candidate == GRAPHQL_RESPONSE_JSON);
            if (better) {
                chosen = candidate;
                bestQuality = quality;
                bestExact = exact;
            }
        }
        return chosen;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
