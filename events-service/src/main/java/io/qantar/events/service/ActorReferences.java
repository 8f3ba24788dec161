package io.qantar.events.service;

import io.qantar.common.error.BadUserInputException;
import io.qantar.events.client.ActorDirectory;
import io.qantar.events.graphql.EventDetailsInput;
import io.qantar.events.graphql.FigureInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks that the actors an event input names exist in actors-service, before anything is written. */
@ApplicationScoped
public class ActorReferences {

    @Inject
    ActorDirectory actors;

    /**
     * @throws BadUserInputException on the first reference, in input order, to an unknown actor
     * @throws io.qantar.common.error.DownstreamServiceException when actors-service cannot answer
     */
    public void requireExisting(String argument, EventDetailsInput input) {
        Map<String, Boolean> known = new HashMap<>();
        for (Reference reference : referencesIn(argument, input)) {
            if (!known.computeIfAbsent(reference.actorId(), actors::exists)) {
                throw new BadUserInputException(reference.field(),
                        reference.field() + ": actor '" + reference.actorId() + "' does not exist");
            }
        }
    }

    private static List<Reference> referencesIn(String argument, EventDetailsInput input) {
        List<Reference> references = new ArrayList<>();
        if (input.participants != null) {
            for (int i = 0; i < input.participants.size(); i++) {
                references.add(new Reference(argument + ".participants[" + i + "].actorId",
                        input.participants.get(i).actorId));
            }
        }
        if (input.figures != null) {
            for (int i = 0; i < input.figures.size(); i++) {
                FigureInput figure = input.figures.get(i);
                if (figure.reportedById != null) {
                    references.add(new Reference(argument + ".figures[" + i + "].reportedById", figure.reportedById));
                }
            }
        }
        return references;
    }

    private record Reference(String field, String actorId) {
    }
}
