package io.qantar.gateway.supergraph;

import java.util.Map;
import java.util.Optional;

/**
 * One {@code @link} on the supergraph's schema definition, e.g.
 * {@code @link(url: "https://specs.apollo.dev/join/v0.4", for: EXECUTION)}.
 *
 * @param url          the full url
 * @param identity     the url without its version, which names the spec
 * @param version      the version segment, e.g. {@code v0.4}
 * @param nameInSchema the prefix its definitions carry in this schema ({@code join} for {@code join__type})
 * @param purpose      EXECUTION or SECURITY when a gateway that does not know the spec must refuse the schema
 * @param imports      imported element names (with their {@code @} for directives) to their local names
 */
public record FeatureLink(String url, String identity, String version, String nameInSchema,
                          Optional<String> purpose, Map<String, String> imports) {

    /** Whether a schema element (a type name, or a directive name given with its {@code @}) belongs to this feature. */
    public boolean defines(String elementName) {
        boolean directive = elementName.startsWith("@");
        String bare = directive ? elementName.substring(1) : elementName;
        return bare.startsWith(nameInSchema + "__")
                || (directive && bare.equals(nameInSchema))
                || imports.containsValue(elementName);
    }

    /** The name a directive of this feature has in the schema, e.g. {@code join__field} or {@code inaccessible}. */
    public String directiveName(String specDirective) {
        if (specDirective.equals(specName())) {
            String imported = imports.get("@" + specDirective);
            return imported != null ? imported.substring(1) : nameInSchema;
        }
        String imported = imports.get("@" + specDirective);
        return imported != null ? imported.substring(1) : nameInSchema + "__" + specDirective;
    }

    /** The spec's own name, the last path segment of its identity ({@code join}, {@code inaccessible}). */
    public String specName() {
        return identity.substring(identity.lastIndexOf('/') + 1);
    }
}
