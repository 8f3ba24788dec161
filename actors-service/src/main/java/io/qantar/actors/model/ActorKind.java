package io.qantar.actors.model;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of actor it is.")
public enum ActorKind {
    @Description("A single person.")
    PERSON,
    @Description("A sovereign state.")
    STATE,
    @Description("A formally constituted body: a government, an alliance, an outlet, a ministry.")
    ORGANISATION,
    @Description("A loosely defined set of people acting together, e.g. protesters or security forces.")
    GROUP
}
