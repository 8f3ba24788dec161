package io.qantar.common.limits;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Installs the service's own limits in its GraphQL engine: the {@link FragmentSpreadCheck}, the {@link CostLimit}
 * and the {@link RequestDeadline}. SmallRye finds it through {@code META-INF/services/io.smallrye.graphql.spi.EventingService},
 * as {@code ErrorCodeRegistration}. The depth limit is SmallRye's own
 * ({@code quarkus.smallrye-graphql.instrumentation-query-depth}).
 *
 * <p>Configuration, read when the engine is built:
 * <ul>
 * <li>{@code qantar.limits.max-cost} (default {@value #DEFAULT_MAX_COST}): the highest estimated cost of an operation;
 * <li>{@code qantar.limits.assumed-list-size} (default {@value #DEFAULT_LIST_SIZE}): the items counted for a list
 * that has no page size;
 * <li>{@code qantar.limits.request-timeout} (default {@value #DEFAULT_TIMEOUT}): how long one operation may work.
 * </ul>
 */
public final class LimitsRegistration implements EventingService {

    static final int DEFAULT_MAX_COST = 200_000;
    static final int DEFAULT_LIST_SIZE = 10;
    static final String DEFAULT_TIMEOUT = "10s";

    /** Always on: a service cannot opt out of its limits, only set them. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Config config = ConfigProvider.getConfig();
        int maxCost = config.getOptionalValue("qantar.limits.max-cost", Integer.class).orElse(DEFAULT_MAX_COST);
        int listSize = config.getOptionalValue("qantar.limits.assumed-list-size", Integer.class).orElse(DEFAULT_LIST_SIZE);
        Duration timeout = config.getOptionalValue("qantar.limits.request-timeout", Duration.class)
                .orElse(Duration.parse("PT" + DEFAULT_TIMEOUT.toUpperCase()));
        GraphQL configured = builder.build();
        // After SmallRye's own, so that a query too deep is refused as such before its cost is estimated. The
        // fragment check acts before validation, which comes before all of these.
        Instrumentation chained = new ChainedInstrumentation(List.of(new FragmentSpreadCheck(), configured.getInstrumentation(),
                new CostLimit(maxCost, listSize), new RequestDeadline(timeout, System::nanoTime)));
        AtomicReference<GraphQL.Builder> limited = new AtomicReference<>();
        configured.transform(copy -> limited.set(copy.instrumentation(chained)));
        return limited.get();
    }
}
