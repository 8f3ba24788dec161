package io.qantar.common.error;

import static io.qantar.common.error.InputErrors.quote;

import graphql.Scalars;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the representations a gateway sends to {@code _entities}. SmallRye resolves a representation
 * with the resolver whose arguments are exactly its fields besides {@code __typename}, and answers any
 * other shape with "System error", so a representation is accepted here only when it names an entity
 * type of this subgraph and carries the fields of one of its keys, each with a value. (The suite has no
 * {@code @requires}, whose fields a representation would carry too.)
 */
final class EntityRepresentations {

    static final String FIELD = "_entities";
    static final String ARGUMENT = "representations";

    private static final String TYPENAME = "__typename";
    /** The name {@code @key} has when a schema imports it, and when it does not. */
    private static final List<String> KEY_DIRECTIVES = List.of("key", "federation__key");
    private static final Pattern FIELD_SET_TOKEN = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*|[{}]");

    private EntityRepresentations() {
    }

    static void check(GraphQLSchema schema, Object representations, SourceLocation location, InputErrors errors) {
        if (representations instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkOne(schema, list.get(i), ARGUMENT + "[" + i + "]", location, errors);
            }
        }
    }

    private static void checkOne(GraphQLSchema schema, Object representation, String path, SourceLocation location,
            InputErrors errors) {
        if (!(representation instanceof Map<?, ?> fields)) {
            errors.refuse(path, path + " must be an object with __typename and the key fields of an entity, got "
                    + quote(representation), location);
            return;
        }
        if (!(fields.get(TYPENAME) instanceof String typename)) {
            errors.refuse(path + "." + TYPENAME, path + " must name its type in __typename", location);
            return;
        }
        GraphQLObjectType type = schema.getObjectType(typename);
        List<Set<String>> keys = type == null ? List.of() : keysOf(type);
        if (keys.isEmpty()) {
            errors.refuse(path + "." + TYPENAME, path + " names " + quote(typename)
                    + ", which is not an entity type of this subgraph", location);
            return;
        }
        Set<String> given = fields.keySet().stream().map(String::valueOf).filter(name -> !name.equals(TYPENAME))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!keys.contains(given)) {
            errors.refuse(path, path + " must carry exactly the key fields of " + typename + " " + describe(keys)
                    + ", got " + given, location);
            return;
        }
        for (String key : given) {
            checkKeyValue(type.getFieldDefinition(key), fields.get(key), path + "." + key, location, errors);
        }
    }

    private static void checkKeyValue(GraphQLFieldDefinition field, Object value, String path, SourceLocation location,
            InputErrors errors) {
        if (value == null) {
            errors.refuse(path, path + " must have a value", location);
        } else if (isText(field.getType()) && !(value instanceof String)) {
            errors.refuse(path, path + " must be a string, got " + quote(value), location);
        }
    }

    private static boolean isText(GraphQLType type) {
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        return bare == Scalars.GraphQLID || bare == Scalars.GraphQLString;
    }

    /** The top-level fields of each {@code @key} of the type, e.g. [[id]]. */
    private static List<Set<String>> keysOf(GraphQLObjectType type) {
        return KEY_DIRECTIVES.stream()
                .flatMap(name -> appliedDirectives(type, name))
                .map(key -> key.getArgument("fields"))
                .map(fields -> fields == null ? null : fields.getValue())
                .filter(String.class::isInstance)
                .map(fieldSet -> topLevelFields((String) fieldSet))
                .toList();
    }

    /** SmallRye 2.17 attaches {@code @key} as a legacy directive; a schema built otherwise has applied ones. */
    @SuppressWarnings("deprecation")
    private static Stream<GraphQLAppliedDirective> appliedDirectives(GraphQLObjectType type, String name) {
        return Stream.concat(
                type.getAppliedDirectives(name).stream(),
                type.getDirectives(name).stream().map(GraphQLDirective::toAppliedDirective));
    }

    /** The names outside braces in a field set: {@code "id"} is [id], {@code "org { id } year"} is [org, year]. */
    private static Set<String> topLevelFields(String fieldSet) {
        Set<String> names = new TreeSet<>();
        int depth = 0;
        Matcher token = FIELD_SET_TOKEN.matcher(fieldSet);
        while (token.find()) {
            switch (token.group()) {
                case "{" -> depth++;
                case "}" -> depth--;
                default -> {
                    if (depth == 0) {
                        names.add(token.group());
                    }
                }
            }
        }
        return names;
    }

    private static String describe(List<Set<String>> keys) {
        return keys.stream().map(Set::toString).collect(Collectors.joining(" or "));
    }
}
