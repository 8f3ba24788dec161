package io.qantar.actors.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("How a list of actors is ordered.")
public enum ActorOrder {
    @Description("By name, A to Z, ignoring case.")
    NAME_ASC,
    @Description("By name, Z to A, ignoring case.")
    NAME_DESC
}
