package io.qantar.events.model;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of happening an event is.")
public enum EventType {
    @Description("A government decision or regulation.")
    POLICY,
    @Description("A public demonstration.")
    PROTEST,
    @Description("Riots, storming of buildings and other disorder beyond a demonstration.")
    UNREST,
    @Description("Fighting or shooting between armed parties, or between them and civilians.")
    CLASH,
    @Description("An operation of police, army or other security forces.")
    SECURITY_OPERATION,
    @Description("A change of power, office or course in domestic politics.")
    POLITICAL,
    @Description("A request, agreement or exchange between states or organisations.")
    DIPLOMATIC,
    @Description("Troops sent to or arriving in a place.")
    MILITARY_DEPLOYMENT,
    @Description("Telephone, internet or media cut off.")
    COMMUNICATIONS_OUTAGE,
    @Description("A report of people killed, injured or arrested.")
    CASUALTY_REPORT,
    @Description("Looting, vandalism and other crimes.")
    CRIME,
    @Description("Earlier history that explains the present events.")
    BACKGROUND
}
