package io.qantar.common.error;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;

/**
 * Writes SmallRye's answer to one request, replacing its own refusals with coded errors. SmallRye
 * answers "Missing 'query' field in the request" and "Unparseable input document" without a code or a
 * location; here they become {@code BAD_REQUEST} and graphql-java's syntax error, which says where the
 * document breaks, as {@code GRAPHQL_PARSE_FAILED}. Every other answer passes unchanged.
 */
final class RequestRefusalCoding implements ExecutionResponseWriter {

    private final JsonObject request;
    private final ExecutionResponseWriter writer;

    RequestRefusalCoding(JsonObject request, ExecutionResponseWriter writer) {
        this.request = request;
        this.writer = writer;
    }

    @Override
    public void write(ExecutionResponse response) {
        writer.write(codedRefusal(response.getExecutionResult()).map(ExecutionResponse::new).orElse(response));
    }

    @Override
    public void fail(Throwable failure) {
        writer.fail(failure);
    }

    private Optional<ExecutionResult> codedRefusal(ExecutionResult result) {
        if (!isRefusedBeforeExecution(result)) {
            return Optional.empty();
        }
        String query = request.getString(Context.QUERY, null);
        if (query == null || query.isBlank()) {
            GraphQLError missing = GraphqlErrorBuilder.newError()
                    .message("The request carries no GraphQL document: send it as \"query\"")
                    .extensions(Map.of(ErrorCodes.KEY, ErrorCodes.BAD_REQUEST))
                    .build();
            // Through ErrorCoding like every other error, which leaves out graphql-java's classification.
            return Optional.of(ErrorCoding.apply(new ExecutionResultImpl(missing)));
        }
        ParseAndValidateResult parsed = ParseAndValidate.parse(ExecutionInput.newExecutionInput(query).build());
        if (parsed.isFailure()) {
            return Optional.of(ErrorCoding.apply(new ExecutionResultImpl(parsed.getSyntaxException().toInvalidSyntaxError())));
        }
        return Optional.empty();
    }

    /** Errors without data and without a code: graphql-java's errors all have one by now. */
    private static boolean isRefusedBeforeExecution(ExecutionResult result) {
        return !result.isDataPresent() && !result.getErrors().isEmpty()
                && result.getErrors().stream().noneMatch(error -> ErrorCodes.in(error.getExtensions()).isPresent());
    }
}
