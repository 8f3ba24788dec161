package io.qantar.gateway.client;

import java.util.ArrayList;
import java.util.List;

/**
 * Says that the work for one client request is no longer wanted: the client has gone (its connection closed) or the
 * request's deadline passed. Work in flight registers what stops it (resetting a subgraph call) and work not yet
 * started checks {@link #cancelled()} first, so an abandoned request stops costing the subgraphs anything.
 *
 * <p>Fired at most once; an action registered after that runs at once.
 */
public final class Cancellation {

    /** A request nobody cancels: tests, and callers that have no client connection. */
    public static final Cancellation NONE = new Cancellation();

    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    public static Cancellation create() {
        return new Cancellation();
    }

    public synchronized boolean cancelled() {
        return cancelled;
    }

    /** Runs the registered actions once; later calls do nothing. */
    public void cancel() {
        if (this == NONE) {
            return;
        }
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        toRun.forEach(Runnable::run);
    }

    /**
     * Registers what to do on cancellation; the returned handle unregisters it (a finished call must not be
     * reset later, nor keep its request's memory alive).
     */
    public Runnable onCancel(Runnable action) {
        if (this == NONE) {
            return () -> { };
        }
        synchronized (this) {
            if (!cancelled) {
                actions.add(action);
                return () -> {
                    synchronized (this) {
                        actions.remove(action);
                    }
                };
            }
        }
        action.run();
        return () -> { };
    }
}
