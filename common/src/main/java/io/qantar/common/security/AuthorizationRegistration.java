package io.qantar.common.security;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Installs {@link SchemaAuthorization} in every service's GraphQL engine, found by SmallRye through
 * {@code META-INF/services/io.smallrye.graphql.spi.EventingService} as the error coding is.
 */
public final class AuthorizationRegistration implements EventingService {

    /** Always on: a service cannot serve its schema without enforcing it. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder has no getter for the instrumentation SmallRye set; build once and transform (see ErrorCodeRegistration).
        GraphQL configured = builder.build();
        Instrumentation chained = new ChainedInstrumentation(
                List.of(new SchemaAuthorization(), configured.getInstrumentation()));
        AtomicReference<GraphQL.Builder> authorizing = new AtomicReference<>();
        configured.transform(copy -> authorizing.set(copy.instrumentation(chained)));
        return authorizing.get();
    }
}
