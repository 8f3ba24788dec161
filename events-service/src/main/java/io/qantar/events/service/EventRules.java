package io.qantar.events.service;

import io.qantar.common.error.BadUserInputException;
import io.qantar.events.graphql.EventDetailsInput;
import io.qantar.events.graphql.EventOptionalField;
import io.qantar.events.graphql.FigureInput;
import io.qantar.events.graphql.ParticipantInput;
import io.qantar.events.graphql.PlaceInput;
import io.qantar.events.graphql.UpdateEventInput;
import io.qantar.events.model.EventEntity;
import io.qantar.events.model.ParticipantRole;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules that span several fields, which Bean Validation on single fields cannot express. */
final class EventRules {

    private EventRules() {
    }

    /** Rules on the optional details of a create or an update, before anything is looked up. */
    static void checkDetails(String argument, EventDetailsInput input) {
        checkCoordinates(argument + ".place", input.place);
        checkParticipants(argument + ".participants", input.participants);
        checkFigures(argument + ".figures", input.figures);
    }

    /** Whether an update gives a value to a field it could also clear. */
    static boolean gives(UpdateEventInput input, EventOptionalField field) {
        return switch (field) {
            case END_DATE -> input.endDate != null;
            case DATE_NOTE -> input.dateNote != null;
            case PLACE -> input.place != null;
        };
    }

    /**
     * Date rules on the event as it will be stored. {@code endDateGiven} tells which field to blame
     * when the end falls before the start.
     */
    static void checkDates(String argument, EventEntity event, boolean endDateGiven) {
        if (event.endDate != null && event.endDate.isBefore(event.date)) {
            String field = argument + (endDateGiven ? ".endDate" : ".date");
            throw new BadUserInputException(field,
                    field + ": the end date " + event.endDate + " falls before the date " + event.date);
        }
        boolean aligned = switch (event.datePrecision) {
            case DAY -> true;
            case MONTH -> event.date.getDayOfMonth() == 1;
            case YEAR -> event.date.getDayOfYear() == 1;
        };
        if (!aligned) {
            String field = argument + ".date";
            throw new BadUserInputException(field, field + " must be the first day of the "
                    + event.datePrecision.name().toLowerCase() + " for a " + event.datePrecision + " precision, got "
                    + event.date);
        }
    }

    private static void checkCoordinates(String field, PlaceInput place) {
        if (place == null || (place.latitude == null) == (place.longitude == null)) {
            return;
        }
        String missing = field + (place.latitude == null ? ".latitude" : ".longitude");
        throw new BadUserInputException(missing, missing + " is required: latitude and longitude go together");
    }

    private static void checkParticipants(String field, List<ParticipantInput> participants) {
        if (participants == null) {
            return;
        }
        Set<Map.Entry<String, ParticipantRole>> seen = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            ParticipantInput participant = participants.get(i);
            if (!seen.add(Map.entry(participant.actorId, participant.role))) {
                String path = field + "[" + i + "]";
                throw new BadUserInputException(path, path + ": actor '" + participant.actorId
                        + "' is already a participant as " + participant.role);
            }
        }
    }

    private static void checkFigures(String field, List<FigureInput> figures) {
        if (figures == null) {
            return;
        }
        for (int i = 0; i < figures.size(); i++) {
            FigureInput figure = figures.get(i);
            String path = field + "[" + i + "].value";
            if (figure.qualifier.hasValue() && figure.value == null) {
                throw new BadUserInputException(path, path + " is required for a " + figure.qualifier + " figure");
            }
            if (!figure.qualifier.hasValue() && figure.value != null) {
                throw new BadUserInputException(path,
                        path + " must be left out for a VAGUE figure, whose source gives no number");
            }
        }
    }
}
