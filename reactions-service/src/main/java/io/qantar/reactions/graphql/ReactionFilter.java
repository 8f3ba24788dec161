package io.qantar.reactions.graphql;

import io.qantar.reactions.model.ReactionKind;
import io.qantar.reactions.model.Stance;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ReactionFilter")
@Description("Narrows a list of reactions; every condition given must hold.")
public class ReactionFilter {

    @Id
    @Description("Only reactions by this actor.")
    public String actorId;

    @Id
    @Description("Only reactions to this event.")
    public String eventId;

    @Description("Only reactions of one of these kinds; absent or empty means every kind.")
    public List<@NonNull ReactionKind> kinds;

    @Description("Only reactions taking one of these stances; absent or empty means every stance.")
    public List<@NonNull Stance> stances;

    @DefaultValue("false")
    @Description("Whether retired reactions are listed too.")
    public Boolean includeRetired;
}
