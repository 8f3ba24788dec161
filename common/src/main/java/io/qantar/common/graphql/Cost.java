package io.qantar.common.graphql;

import io.smallrye.graphql.api.Directive;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;

import static io.smallrye.graphql.api.DirectiveLocation.FIELD_DEFINITION;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Federation v2.9's {@code @cost(weight:)}: what one resolution of the field costs in the gateway's demand control
 * (docs/security.md). SmallRye GraphQL ships no such annotation, so this one carries SmallRye's {@link Directive}
 * meta-annotation; the subgraph's {@code @link} must import {@code @cost} from federation v2.9 or later, and then
 * the printed definition is the spec's own.
 */
@Documented
@Retention(RUNTIME)
@Directive(on = FIELD_DEFINITION)
@Description("The cost of resolving the field, for demand control.")
public @interface Cost {

    @NonNull
    int weight();
}
