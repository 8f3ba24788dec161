package io.qantar.gateway.operation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.qantar.gateway.error.ErrorCodes;
import io.qantar.gateway.error.GraphQLError;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses and validates documents against one API schema, with a bounded cache so a repeated document is
 * neither parsed nor validated again. A document that fails is cached with its errors too.
 */
public final class DocumentParser {


    private static final Set<String> UNSUPPORTED_DIRECTIVES = Set.of("defer", "experimental_disableErrorPropagation");

    private final GraphQLSchema schema;
    private final OperationLimits limits;
    private final Cache<String, Object> cache;
    private final ParserOptions parserOptions;

    public DocumentParser(GraphQLSchema schema, OperationLimits limits, int cacheSize) {
        this.schema = schema;
        this.limits = limits;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(b -> b
                .captureIgnoredChars(false).captureLineComments(false).maxTokens(limits.maxTokens()));
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    /** The validated document, or a {@link RequestException} with its parse, validation or limit errors. */
    public ValidatedDocument parse(String text) {
        refuseOversized(text);
        Object cached = cache.get(text, this::parseUncached);
        if (cached instanceof RequestException failure) {
            throw new RequestException(failure.errors());
        }
        return (ValidatedDocument) cached;
    }

    /**
     * The validated document when it is already cached, null when it would take a parse; a cached failure (or an
     * oversized document) is thrown as {@link #parse} throws it. Lets a caller keep parsing off an event loop.
     */
    public ValidatedDocument cached(String text) {
        refuseOversized(text);
        Object cached = cache.getIfPresent(text);
        if (cached instanceof RequestException failure) {
            throw new RequestException(failure.errors());
        }
        return (ValidatedDocument) cached;
    }

    private Object parseUncached(String text) {
        try {
            return validate(text, parseSyntax(text));
        } catch (RequestException e) {
            return e;
        }
    }

    /**
     * Refused before the cache is consulted, so an oversized document neither costs a parse nor takes a cache entry.
     * The character count bounds the byte count from below, so most documents skip the UTF-8 count.
     */
    private void refuseOversized(String text) {
        if (text.length() <= limits.maxBytes() / 3) {
            return;
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxBytes()) {
            throw new RequestException(GraphQLError.of("The document is " + bytes
                    + " bytes, more than the maximum of " + limits.maxBytes() + ".", OperationLimits.DOCUMENT_TOO_LARGE));
        }
    }

    private Document parseSyntax(String text) {
        try {
            return Parser.parse(ParserEnvironment.newParserEnvironment().document(new StringReader(text))
                    .parserOptions(parserOptions).build());
        } catch (ParseCancelledException e) {
            // graphql-java stops reading at maxTokens, so a huge document costs at most that many tokens
            throw new RequestException(GraphQLError.of("The document has more than the maximum of "
                    + limits.maxTokens() + " tokens.", OperationLimits.MAX_TOKENS_LIMIT));
        } catch (InvalidSyntaxException e) {
            List<Map<String, Integer>> locations = e.getLocation() == null ? List.of() : List.of(location(e.getLocation()));
            throw new RequestException(new GraphQLError(syntaxMessage(e), locations, null,
                    Map.of("code", ErrorCodes.GRAPHQL_PARSE_FAILED)));
        }
    }

    private static String syntaxMessage(InvalidSyntaxException e) {
        String message = e.getMessage();
        return message == null ? "Syntax Error" : message;
    }

    private ValidatedDocument validate(String text, Document document) {
        List<ValidationError> problems = new Validator().validateDocument(schema, document, Locale.ENGLISH);
        if (!problems.isEmpty()) {
            List<GraphQLError> errors = new ArrayList<>();
            for (ValidationError problem : problems) {
                errors.add(new GraphQLError(problem.getDescription() != null ? problem.getDescription() : problem.getMessage(),
                        problem.getLocations() == null ? List.of()
                                : problem.getLocations().stream().map(DocumentParser::location).toList(),
                        null, Map.of("code", ErrorCodes.GRAPHQL_VALIDATION_FAILED)));
            }
            throw new RequestException(errors);
        }
        refuseUnsupportedDirectives(document);
        Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        checkLimits(operations, fragments, document);
        return new ValidatedDocument(text, document, List.copyOf(operations), Map.copyOf(fragments),
                conditionVariables(document));
    }

    /**
     * graphql-java knows {@code @defer} and {@code @experimental_disableErrorPropagation} in every schema; the API
     * schema (as in Apollo's gateway) has neither, so an operation using them is invalid.
     */
    private static void refuseUnsupportedDirectives(Node<?> node) {
        if (node instanceof Directive directive && UNSUPPORTED_DIRECTIVES.contains(directive.getName())) {
            List<Map<String, Integer>> locations = directive.getSourceLocation() == null ? List.of()
                    : List.of(location(directive.getSourceLocation()));
            throw new RequestException(new GraphQLError("Unknown directive \"@" + directive.getName() + "\".",
                    locations, null, Map.of("code", ErrorCodes.GRAPHQL_VALIDATION_FAILED)));
        }
        for (Node<?> child : node.getChildren()) {
            refuseUnsupportedDirectives(child);
        }
    }

    private void checkLimits(List<OperationDefinition> operations, Map<String, FragmentDefinition> fragments,
                             Document document) {
        Map<String, Integer> fragmentDepths = new HashMap<>();
        for (OperationDefinition operation : operations) {
            int depth = depth(operation.getSelectionSet(), fragments, fragmentDepths);
            if (depth > limits.maxDepth()) {
                throw new RequestException(GraphQLError.of("The operation " + describe(operation) + " is "
                        + depth + " levels deep, more than the maximum of " + limits.maxDepth() + " (max-depth).",
                        ErrorCodes.MAX_DEPTH_LIMIT));
            }
        }
        int aliases = countAliases(document);
        if (aliases > limits.maxAliases()) {
            throw new RequestException(GraphQLError.of("The document has " + aliases
                    + " aliases, more than the maximum of " + limits.maxAliases() + " (max-aliases).", ErrorCodes.MAX_ALIASES_LIMIT));
        }
    }

    private static String describe(OperationDefinition operation) {
        return operation.getName() == null ? "(anonymous)" : "\"" + operation.getName() + "\"";
    }

    /** Depth in fields; a fragment's depth is computed once (validation has ruled out fragment cycles). */
    private static int depth(SelectionSet selectionSet, Map<String, FragmentDefinition> fragments,
                             Map<String, Integer> fragmentDepths) {
        if (selectionSet == null) {
            return 0;
        }
        int max = 0;
        for (Selection<?> selection : selectionSet.getSelections()) {
            int depth;
            if (selection instanceof Field field) {
                depth = field.getSelectionSet() == null ? 1 : 1 + depth(field.getSelectionSet(), fragments, fragmentDepths);
            } else if (selection instanceof InlineFragment inline) {
                depth = depth(inline.getSelectionSet(), fragments, fragmentDepths);
            } else {
                String name = ((FragmentSpread) selection).getName();
                Integer known = fragmentDepths.get(name);
                if (known == null) {
                    known = depth(fragments.get(name).getSelectionSet(), fragments, fragmentDepths);
                    fragmentDepths.put(name, known);
                }
                depth = known;
            }
            max = Math.max(max, depth);
        }
        return max;
    }

    private static int countAliases(Node<?> node) {
        int count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += countAliases(child);
        }
        return count;
    }

    private static List<String> conditionVariables(Document document) {
        Set<String> names = new LinkedHashSet<>();
        collectConditionVariables(document, names);
        return List.copyOf(names);
    }

    private static void collectConditionVariables(Node<?> node, Set<String> names) {
        if (node instanceof Directive directive
                && (directive.getName().equals("skip") || directive.getName().equals("include"))) {
            directive.getArguments().forEach(a -> {
                if (a.getValue() instanceof VariableReference variable) {
                    names.add(variable.getName());
                }
            });
            return;
        }
        for (Node<?> child : node.getChildren()) {
            collectConditionVariables(child, names);
        }
    }

    static Map<String, Integer> location(SourceLocation location) {
        Map<String, Integer> result = new LinkedHashMap<>();
        result.put("line", location.getLine());
        result.put("column", location.getColumn());
        return result;
    }
}
