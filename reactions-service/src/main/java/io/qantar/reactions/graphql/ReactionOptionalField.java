package io.qantar.reactions.graphql;

import io.qantar.common.service.ClearableField;
import org.eclipse.microprofile.graphql.Description;

@Description("An optional field of a reaction that an update can remove (see `UpdateReactionInput.clear`).")
public enum ReactionOptionalField implements ClearableField {
    @Description("The note on how the date was resolved.")
    DATE_NOTE("dateNote"),
    @Description("The quoted words.")
    QUOTE("quote"),
    @Description("The analyst, correspondent or outlet the reaction reaches the source through.")
    REPORTED_THROUGH("reportedThrough"),
    @Description("The actor that stands for that analyst, correspondent or outlet.")
    REPORTED_THROUGH_ACTOR("reportedThroughActorId");

    private final String inputField;

    ReactionOptionalField(String inputField) {
        this.inputField = inputField;
    }

    @Override
    public String inputField() {
        return inputField;
    }
}
