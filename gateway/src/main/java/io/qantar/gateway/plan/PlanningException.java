package io.qantar.gateway.plan;

/** An operation the planner cannot turn into fetches, which composition should have ruled out. */
public final class PlanningException extends RuntimeException {

    public PlanningException(String message) {
        super(message);
    }
}
