package io.qantar.common.error;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Installs {@link ErrorCodeInstrumentation} in every service's GraphQL engine. SmallRye finds it through
 * {@code META-INF/services/io.smallrye.graphql.spi.EventingService}, with no configuration, and hands it
 * the engine's builder just before building it.
 */
public final class ErrorCodeRegistration implements EventingService {

    /** Always on: a service cannot opt out of coded errors. */
    @Override
    public String getConfigKey() {
        return null;
    }

    /**
     * Chains the instrumentation in front of SmallRye's own (its query cache, federated tracing). The
     * builder has no getter for those, so the engine is built once and
     * {@link GraphQL#transform(java.util.function.Consumer)} hands over a builder holding all its settings.
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQL configured = builder.build();
        Instrumentation chained = new ChainedInstrumentation(
                List.of(new ErrorCodeInstrumentation(), configured.getInstrumentation()));
        AtomicReference<GraphQL.Builder> withErrorCodes = new AtomicReference<>();
        configured.transform(copy -> withErrorCodes.set(copy.instrumentation(chained)));
        return withErrorCodes.get();
    }
}
