package io.qantar.gateway.layers;

import java.util.Locale;

/**
 * Who may use a feature that shows the inside of the graph (introspection, GraphiQL, the query plan): nobody
 * ({@code off}), everybody ({@code on}), or callers whose verified token holds a scope ({@code scope:<scope>}).
 *
 * @param mode  off, on or by scope
 * @param scope the scope for {@link Mode#SCOPE}, else null
 */
public record Exposure(Mode mode, String scope) {

    public enum Mode { OFF, ON, SCOPE }

    public static final Exposure ON = new Exposure(Mode.ON, null);
    public static final Exposure OFF = new Exposure(Mode.OFF, null);

    /** Reads {@code off}, {@code on} or {@code scope:<scope>}; anything else is a configuration error. */
    public static Exposure parse(String setting, String key) {
        String value = setting == null ? "" : setting.trim();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("off") || lower.equals("false")) {
            return OFF;
        }
        if (lower.equals("on") || lower.equals("true")) {
            return ON;
        }
        if (lower.startsWith("scope:") && !value.substring("scope:".length()).isBlank()) {
            return new Exposure(Mode.SCOPE, value.substring("scope:".length()).trim());
        }
        throw new IllegalArgumentException(key + " must be off, on or scope:<scope>, not \"" + setting + "\"");
    }

    public boolean allows(Caller caller) {
        return switch (mode) {
            case OFF -> false;
            case ON -> true;
            case SCOPE -> caller.authenticated() && caller.hasScope(scope);
        };
    }

    @Override
    public String toString() {
        return mode == Mode.SCOPE ? "scope:" + scope : mode.name().toLowerCase(Locale.ROOT);
    }
}
