package io.qantar.reactions.model;

import org.eclipse.microprofile.graphql.Description;

@Description("The position a reaction takes towards the event it reacts to.")
public enum Stance {
    @Description("Backs the event or those behind it.")
    SUPPORTIVE,
    @Description("Stands against the event or those behind it.")
    OPPOSED,
    @Description("Takes no side.")
    NEUTRAL,
    @Description("Worried about what the event means or may lead to.")
    CONCERNED,
    @Description("Finds fault with the event or those behind it.")
    CRITICAL,
    @Description("Both for and against.")
    MIXED
}
