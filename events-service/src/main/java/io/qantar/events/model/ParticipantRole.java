package io.qantar.events.model;

import org.eclipse.microprofile.graphql.Description;

@Description("The part an actor played in an event.")
public enum ParticipantRole {
    @Description("Started or carried out the event.")
    INITIATOR,
    @Description("The event was aimed at it.")
    TARGET,
    @Description("Took part in the event.")
    PARTICIPANT,
    @Description("Suffered from or was changed by the event.")
    AFFECTED,
    @Description("Reported or documented the event.")
    REPORTER,
    @Description("Contributed forces or resources, e.g. troops to a joint mission.")
    CONTRIBUTOR
}
