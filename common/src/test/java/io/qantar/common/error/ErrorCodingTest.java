package io.qantar.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.NonNullableFieldWasNullException;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLNonNull;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The codes of the errors a service cannot easily be made to produce over HTTP: its own failures. */
class ErrorCodingTest {

    private static final ResultPath FIELD = ResultPath.rootPath().segment("createActor");
    private static final SourceLocation LOCATION = new SourceLocation(1, 12);

    @Test
    void aFailureOfTheServerIsAnInternalServerErrorThatKeepsItsMessageAndPlace() {
        GraphQLError failure = new ExceptionWhileDataFetching(FIELD, new IllegalStateException("pool exhausted"), LOCATION);

        GraphQLError coded = single(ErrorCoding.apply(executed(failure)));

        assertEquals(ErrorCodes.INTERNAL_SERVER_ERROR, coded.getExtensions().get(ErrorCodes.KEY));
        assertEquals(failure.getMessage(), coded.getMessage());
        assertEquals(List.of("createActor"), coded.getPath());
        assertEquals(List.of(LOCATION), coded.getLocations());
    }

    @Test
    void anErrorThatHasACodeIsLeftAsItIs() {
        GraphQLError notFound = new ExceptionWhileDataFetching(FIELD, new NotFoundException("Actor", "nobody"), LOCATION);

        assertSame(notFound, single(ErrorCoding.apply(executed(notFound))));
    }

    @Test
    void aFieldLeftNullByARefusedArgumentIsNotReportedTwice() {
        GraphQLError refused = ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.WrongType)
                .description("argument 'input' is not valid")
                .queryPath(List.of("createActor"))
                .build();
        ExecutionStepInfo step = ExecutionStepInfo.newExecutionStepInfo()
                .type(GraphQLNonNull.nonNull(Scalars.GraphQLString)).path(FIELD).build();
        GraphQLError leftNull = new NonNullableFieldWasNullError(new NonNullableFieldWasNullException(step, FIELD));

        GraphQLError coded = single(ErrorCoding.apply(executed(refused, leftNull)));

        assertEquals(ErrorCodes.BAD_USER_INPUT, coded.getExtensions().get(ErrorCodes.KEY));
        assertEquals(refused.getMessage(), coded.getMessage());
    }

    @Test
    void aValidationErrorOfTheDocumentFailsValidationAndOneOfAnArgumentDuringExecutionIsBadInput() {
        GraphQLError ofTheDocument = ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.FieldUndefined)
                .description("Field 'nope' in type 'Actor' is undefined")
                .build();
        GraphQLError ofAnArgument = ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.WrongType)
                .description("argument 'since' with value 'StringValue{value='soon'}' is not a valid 'Date'")
                .build();

        assertEquals(ErrorCodes.GRAPHQL_VALIDATION_FAILED, codeOf(new ExecutionResultImpl(List.of(ofTheDocument))));
        assertEquals(ErrorCodes.BAD_USER_INPUT, codeOf(executed(ofAnArgument)));
    }

    @Test
    void anExceptionPublishesTheCodeItsClassDeclaresAndOnlyItsOwnDetails() {
        assertEquals(Map.of("code", "BAD_USER_INPUT", "field", "input.name"),
                new BadUserInputException("input.name", "input.name is required").getExtensions());
        assertEquals(Map.of("code", "DOWNSTREAM_SERVICE_ERROR", "service", "actors"),
                new DownstreamServiceException("actors", "actors-service did not answer", null).getExtensions());
        assertEquals("NOT_FOUND", new NotFoundException("Actor", "x") { }.code());
    }

    private static ExecutionResult executed(GraphQLError... errors) {
        Map<String, Object> data = new HashMap<>();
        data.put("createActor", null);
        return new ExecutionResultImpl(data, List.of(errors));
    }

    private static Object codeOf(ExecutionResult result) {
        return single(ErrorCoding.apply(result)).getExtensions().get(ErrorCodes.KEY);
    }

    private static GraphQLError single(ExecutionResult result) {
        assertEquals(1, result.getErrors().size(), () -> "errors: " + result.getErrors());
        return result.getErrors().get(0);
    }
}
