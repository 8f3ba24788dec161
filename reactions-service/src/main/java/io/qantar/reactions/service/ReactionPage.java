package io.qantar.reactions.service;

import io.qantar.reactions.model.Reaction;
import java.util.List;

/** One page of a filtered list of reactions, and how many reactions the whole list holds. */
public record ReactionPage(List<Reaction> reactions, long total) {

    public ReactionPage {
        reactions = List.copyOf(reactions);
    }
}
