package io.qantar.gateway.pipeline;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The pipeline currently serving requests; a reload swaps it atomically, in-flight requests keep theirs. */
public final class Gateway {

    private final AtomicReference<GatewayPipeline> current = new AtomicReference<>();

    public Optional<GatewayPipeline> current() {
        return Optional.ofNullable(current.get());
    }

    public void install(GatewayPipeline pipeline) {
        current.set(pipeline);
    }

    public boolean ready() {
        return current.get() != null;
    }
}
