package io.qantar.reactions.model;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of reaction it is.")
public enum ReactionKind {
    @Description("Something said or published: a speech, a declaration, a press statement.")
    STATEMENT,
    @Description("Something done: sending troops, taking to the streets.")
    ACTION,
    @Description("A report by a news outlet.")
    MEDIA_COVERAGE,
    @Description("An assessment by an analyst, correspondent or observer.")
    ANALYSIS
}
