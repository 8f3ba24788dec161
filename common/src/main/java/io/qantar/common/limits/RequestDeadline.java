package io.qantar.common.limits;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.qantar.common.error.ErrorCodes;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Stops an operation's work once its deadline has passed or its client has gone: every field fetched
 * after that fails at once, without calling its resolver, so the operation ends after the fetch under
 * way instead of going on for minutes for nobody. The answer reports the first field refused, with
 * {@code REQUEST_TIMEOUT}, and not the hundreds that may follow it.
 */
final class RequestDeadline extends SimplePerformantInstrumentation {

    private final Duration timeout;
    private final LongSupplier clock;

    RequestDeadline(Duration timeout, LongSupplier nanoClock) {
        this.timeout = timeout;
        this.clock = nanoClock;
    }

    /** One operation's deadline, and how to tell that its client went away. */
    record Deadline(long deadlineNanos, BooleanSupplier clientGone, LongSupplier clock) implements InstrumentationState {

        boolean passed() {
            return clock.getAsLong() - deadlineNanos >= 0 || clientGone.getAsBoolean();
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Deadline(clock.getAsLong() + timeout.toNanos(), clientGoneCheck(), clock);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(state instanceof Deadline deadline)) {
            return fetcher;
        }
        return environment -> {
            if (deadline.passed()) {
                throw new CostLimit.LimitExceeded(ErrorCodes.REQUEST_TIMEOUT,
                        "The request ran past this service's deadline of " + timeout.toMillis()
                                + " ms, or its client went away; its remaining work was dropped");
            }
            return fetcher.get(environment);
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        List<GraphQLError> errors = new ArrayList<>();
        boolean timedOut = false;
        for (GraphQLError error : result.getErrors()) {
            boolean timeout = error.getExtensions() != null
                    && ErrorCodes.REQUEST_TIMEOUT.equals(error.getExtensions().get(ErrorCodes.KEY));
            if (!timeout || !timedOut) {
                errors.add(error);
            }
            timedOut |= timeout;
        }
        if (errors.size() == result.getErrors().size()) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    /**
     * Whether the HTTP client of the request being executed closed its connection. The request is known
     * only while SmallRye's handler runs with the request context active (it sets the current request
     * there); elsewhere, as in a unit test, only the deadline applies.
     */
    private static BooleanSupplier clientGoneCheck() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return () -> false;
        }
        RoutingContext request = container.instance(CurrentVertxRequest.class).get().getCurrent();
        if (request == null) {
            return () -> false;
        }
        HttpServerResponse response = request.response();
        return response::closed;
    }
}
