package io.qantar.gateway.operation;

import io.qantar.gateway.error.ErrorCodes;
import io.qantar.gateway.error.GraphQLError;

import java.util.List;
import java.util.Map;

/**
 * Refuses a request whose variables hold a list longer than the limit, before they are coerced: a 200,000-item
 * list would otherwise be copied, coerced and sent on to a subgraph (and its database) item by item.
 */
public final class VariableLimits {

    private VariableLimits() {
    }

    /** A {@link RequestException} with {@code BAD_USER_INPUT} when a list of the variables is over {@code maxItems}. */
    public static void check(Map<String, Object> variables, int maxItems) {
        for (Map.Entry<String, Object> variable : variables.entrySet()) {
            check("$" + variable.getKey(), variable.getValue(), maxItems);
        }
    }

    private static void check(String path, Object value, int maxItems) {
        if (value instanceof List<?> list) {
            if (list.size() > maxItems) {
                throw new RequestException(GraphQLError.of("Variable \"" + path + "\" is a list of " + list.size()
                        + " items, more than the maximum of " + maxItems + " (max-list-items).",
                        ErrorCodes.BAD_USER_INPUT));
            }
            for (int i = 0; i < list.size(); i++) {
                check(path + "[" + i + "]", list.get(i), maxItems);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                check(path + "." + entry.getKey(), entry.getValue(), maxItems);
            }
        }
    }
}
