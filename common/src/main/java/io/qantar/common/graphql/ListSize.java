package io.qantar.common.graphql;

import io.smallrye.graphql.api.Directive;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;

import static io.smallrye.graphql.api.DirectiveLocation.FIELD_DEFINITION;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Federation v2.9's {@code @listSize}, for the gateway's demand control (docs/security.md, docs/conventions.md): a
 * paginated field names its page-size argument in {@link #slicingArguments()} and its connection's list in
 * {@link #sizedFields()}. SmallRye GraphQL ships no such annotation, so this one carries SmallRye's
 * {@link Directive} meta-annotation, and the subgraph's {@code @link} imports {@code @listSize} from federation v2.9.
 * Only the members given are published (Jandex keeps no annotation defaults).
 * <p>
 * The spec's {@code assumedSize: Int} is left out on purpose: SmallRye 2.17 prints a primitive member as
 * {@code Int!}, or with the {@link DefaultValue} it is given, and composition refuses any definition whose
 * {@code assumedSize} is not a nullable {@code Int} without a default. Unpaginated lists therefore count by the
 * gateway's configured list size. The element types are {@code String!} as the spec has them, hence the type-use
 * {@code @NonNull} on the component type.
 */
@Documented
@Retention(RUNTIME)
@Directive(on = FIELD_DEFINITION)
@Description("The size of a list field, for demand control.")
public @interface ListSize {

    java.lang.@NonNull String[] slicingArguments() default {};

    java.lang.@NonNull String[] sizedFields() default {};

    @DefaultValue("true")
    boolean requireOneSlicingArgument() default true;
}
