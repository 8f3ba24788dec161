package io.qantar.gateway.client;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Puts each subgraph behind its own circuit breaker (Vert.x's): when a subgraph keeps failing or timing out, its
 * calls fail at once with {@link SubgraphFailure.Kind#CIRCUIT_OPEN} instead of each waiting for the timeout, so the
 * rest of every answer comes back quickly. After the reset timeout one call probes it (half-open); a success closes
 * the breaker again, so the gateway recovers by itself.
 *
 * <p>Only failures that say something about the subgraph count ({@link SubgraphFailure#subgraphAtFault()}): a
 * client's cancelled call or a 4xx never opens a breaker for everyone. Breakers are kept by subgraph name, across
 * supergraph reloads.
 */
public final class CircuitBreakingClient implements SubgraphClient, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CircuitBreakingClient.class);

    private final Vertx vertx;
    private final SubgraphClient delegate;
    private final Function<String, BreakerSettings> settings;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    /** @param settings the breaker settings of a subgraph, by name */
    public CircuitBreakingClient(Vertx vertx, SubgraphClient delegate, Function<String, BreakerSettings> settings) {
        this.vertx = vertx;
        this.delegate = delegate;
        this.settings = settings;
    }

    @Override
    public Future<SubgraphResponse> execute(SubgraphRequest request) {
        return execute(request, Cancellation.NONE);
    }

    @Override
    public Future<SubgraphResponse> execute(SubgraphRequest request, Cancellation cancellation) {
        String name = request.endpoint().name();
        Guard guard = guards.computeIfAbsent(name, this::guard);
        if (guard.breaker == null) {
            return delegate.execute(request, cancellation).onComplete(guard::record);
        }
        if (guard.breaker.state() == CircuitBreakerState.CLOSED) {
            // The common case, kept off the breaker's synchronised bookkeeping (a quarter of the gateway's time per
            // request in bench/'s many-entities): the call goes straight out, and only a failure of the subgraph's
            // own making is reported to the breaker, which opens once enough of them fall within its window.
            // The caller learns of a failure only once the breaker has counted it, so the next call sees its state.
            return delegate.execute(request, cancellation).transform(outcome -> {
                guard.record(outcome);
                if (outcome.failed() && outcome.cause() instanceof SubgraphFailure failure
                        && failure.subgraphAtFault()) {
                    return guard.breaker.<SubgraphResponse>execute(promise -> promise.fail(failure))
                            .transform(counted -> Future.<SubgraphResponse>failedFuture(failure));
                }
                return outcome.succeeded() ? Future.succeededFuture(outcome.result())
                        : Future.failedFuture(outcome.cause());
            });
        }
        // Open, or half-open with a probe to let through: the breaker decides. It sees a success for every answer
        // that is no fault of the subgraph, and keeps the real outcome aside.
        return guard.breaker.<AsyncResult<SubgraphResponse>>execute(promise ->
                        delegate.execute(request, cancellation).onComplete(outcome -> {
                            guard.record(outcome);
                            if (outcome.failed() && outcome.cause() instanceof SubgraphFailure failure
                                    && failure.subgraphAtFault()) {
                                promise.fail(failure);
                            } else {
                                promise.complete(outcome);
                            }
                        }))
                .transform(outcome -> {
                    if (outcome.succeeded()) {
                        AsyncResult<SubgraphResponse> real = outcome.result();
                        return real.succeeded() ? Future.succeededFuture(real.result()) : Future.failedFuture(real.cause());
                    }
                    if (outcome.cause() instanceof OpenCircuitException) {
                        return Future.failedFuture(new SubgraphFailure(name, SubgraphFailure.Kind.CIRCUIT_OPEN,
                                "Subgraph \"" + name + "\" is unavailable (circuit breaker open).", 0,
                                "circuit breaker open"));
                    }
                    return Future.failedFuture(outcome.cause());
                });
    }

    /** The state of each subgraph called so far (or configured), for health checks. */
    public Map<String, SubgraphState> states() {
        Map<String, SubgraphState> states = new java.util.TreeMap<>();
        guards.forEach((name, guard) -> states.put(name, guard.state()));
        return states;
    }

    /** One subgraph's state; a subgraph never called yet is healthy. */
    public SubgraphState state(String subgraph) {
        Guard guard = guards.get(subgraph);
        return guard == null ? new SubgraphState(subgraph, settings.apply(subgraph).enabled() ? "closed" : "disabled",
                0, Optional.empty(), Optional.empty(), Optional.empty()) : guard.state();
    }

    private Guard guard(String name) {
        BreakerSettings breakerSettings = settings.apply(name);
        if (!breakerSettings.enabled()) {
            return new Guard(name, null);
        }
        CircuitBreaker breaker = CircuitBreaker.create("subgraph-" + name, vertx, new CircuitBreakerOptions()
                .setMaxFailures(breakerSettings.failureThreshold())
                .setFailuresRollingWindow(breakerSettings.window().toMillis())
                .setResetTimeout(breakerSettings.resetTimeout().toMillis())
                // The subgraph client has its own deadline per call; the breaker adds none.
                .setTimeout(-1)
                .setNotificationAddress(null));
        Guard guard = new Guard(name, breaker);
        breaker.openHandler(v -> {
            LOG.warnf("subgraph %s: circuit breaker open after %d failures (last: %s); its fields are answered "
                    + "with null and DOWNSTREAM_SERVICE_ERROR until a probe succeeds", name, breaker.failureCount(),
                    guard.lastFailureDetail);
        });
        breaker.halfOpenHandler(v -> {
            LOG.infof("subgraph %s: circuit breaker half-open, probing", name);
        });
        breaker.closeHandler(v -> {
            LOG.infof("subgraph %s: circuit breaker closed, the subgraph answers again", name);
        });
        return guard;
    }

    @Override
    public void close() {
        guards.values().forEach(guard -> {
            if (guard.breaker != null) {
                guard.breaker.close();
            }
        });
        if (delegate instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("cannot close the subgraph client", e);
            }
        }
    }

    /**
     * What the health check shows about one subgraph.
     *
     * @param breaker         "closed", "open", "half-open", or "disabled" when no breaker is configured
     * @param recentFailures  failures counted by the breaker in its window
     * @param lastFailure     when the last failure of the subgraph's making happened
     * @param lastFailureKind what it was (e.g. UNREACHABLE, TIMEOUT)
     * @param lastSuccess     when the subgraph last answered
     */
    public record SubgraphState(String subgraph, String breaker, long recentFailures, Optional<Instant> lastFailure,
                                Optional<String> lastFailureKind, Optional<Instant> lastSuccess) {

        /** Down while its breaker is open or probing; a subgraph without a breaker is reported up. */
        public boolean up() {
            return breaker.equals("closed") || breaker.equals("disabled");
        }
    }

    /** A subgraph's breaker and what the health check reports about it. */
    private static final class Guard {

        final String name;
        final CircuitBreaker breaker;
        volatile Instant lastFailure;
        volatile String lastFailureKind;
        volatile String lastFailureDetail;
        volatile Instant lastSuccess;

        Guard(String name, CircuitBreaker breaker) {
            this.name = name;
            this.breaker = breaker;
        }

        void record(AsyncResult<SubgraphResponse> outcome) {
            if (outcome.succeeded()) {
                lastSuccess = Instant.now();
            } else if (outcome.cause() instanceof SubgraphFailure failure && failure.subgraphAtFault()) {
                lastFailure = Instant.now();
                lastFailureKind = failure.kind().name();
                lastFailureDetail = failure.detail();
            }
        }

        SubgraphState state() {
            String state = breaker == null ? "disabled" : switch (breaker.state()) {
                case CLOSED -> "closed";
                case OPEN -> "open";
                case HALF_OPEN -> "half-open";
            };
            return new SubgraphState(name, state, breaker == null ? 0 : breaker.failureCount(),
                    Optional.ofNullable(lastFailure), Optional.ofNullable(lastFailureKind),
                    Optional.ofNullable(lastSuccess));
        }
    }
}
