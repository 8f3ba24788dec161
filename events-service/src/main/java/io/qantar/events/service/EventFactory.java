package io.qantar.events.service;

import io.qantar.common.graphql.Source;
import io.qantar.events.graphql.CreateEventInput;
import io.qantar.events.graphql.EventDetailsInput;
import io.qantar.events.graphql.EventOptionalField;
import io.qantar.events.graphql.FigureInput;
import io.qantar.events.graphql.ParticipantInput;
import io.qantar.events.graphql.PlaceInput;
import io.qantar.events.graphql.UpdateEventInput;
import io.qantar.events.model.EventEntity;
import io.qantar.events.model.Location;
import io.qantar.events.model.Participation;
import io.qantar.events.model.ReportedFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Turns validated inputs into event state. */
final class EventFactory {

    private EventFactory() {
    }

    static EventEntity newEvent(CreateEventInput input) {
        EventEntity event = new EventEntity();
        event.id = input.id;
        event.title = input.title;
        event.summary = input.summary;
        event.type = input.type;
        event.date = input.date;
        event.datePrecision = input.datePrecision;
        event.sources = mapAll(input.sources, Source::from);
        applyDetails(input, event);
        return event;
    }

    /** Applies the fields the update gives and removes those it clears; the others stay as they are. */
    static void apply(UpdateEventInput input, Set<EventOptionalField> cleared, EventEntity event) {
        if (input.title != null) {
            event.title = input.title;
        }
        if (input.summary != null) {
            event.summary = input.summary;
        }
        if (input.type != null) {
            event.type = input.type;
        }
        if (input.date != null) {
            event.date = input.date;
        }
        if (input.datePrecision != null) {
            event.datePrecision = input.datePrecision;
        }
        if (input.sources != null) {
            replace(event.sources, mapAll(input.sources, Source::from));
        }
        applyDetails(input, event);
        for (EventOptionalField field : cleared) {
            switch (field) {
                case END_DATE -> event.endDate = null;
                case DATE_NOTE -> event.dateNote = null;
                case PLACE -> event.place = null;
            }
        }
    }

    private static void applyDetails(EventDetailsInput input, EventEntity event) {
        if (input.endDate != null) {
            event.endDate = input.endDate;
        }
        if (input.dateNote != null) {
            event.dateNote = input.dateNote;
        }
        if (input.place != null) {
            event.place = location(input.place);
        }
        if (input.participants != null) {
            replace(event.participants, mapAll(input.participants, EventFactory::participation));
        }
        if (input.figures != null) {
            replace(event.figures, mapAll(input.figures, EventFactory::figure));
        }
    }

    private static Location location(PlaceInput input) {
        Location location = new Location();
        location.name = input.name;
        location.region = input.region;
        location.country = input.country;
        location.latitude = input.latitude;
        location.longitude = input.longitude;
        return location;
    }

    private static Participation participation(ParticipantInput input) {
        Participation participation = new Participation();
        participation.actorId = input.actorId;
        participation.role = input.role;
        participation.note = input.note;
        return participation;
    }

    private static ReportedFigure figure(FigureInput input) {
        ReportedFigure figure = new ReportedFigure();
        figure.measure = input.measure;
        figure.value = input.value;
        figure.qualifier = input.qualifier;
        figure.text = input.text;
        figure.attribution = input.attribution;
        figure.reportedById = input.reportedById;
        figure.source = Source.from(input.source);
        return figure;
    }

    private static <I, T> List<T> mapAll(List<I> inputs, Function<I, T> mapper) {
        List<T> mapped = new ArrayList<>(inputs == null ? 0 : inputs.size());
        if (inputs != null) {
            inputs.forEach(input -> mapped.add(mapper.apply(input)));
        }
        return mapped;
    }

    /** Replaces in place: Hibernate tracks changes on the collection it loaded. */
    private static <T> void replace(List<T> stored, List<T> replacement) {
        stored.clear();
        stored.addAll(replacement);
    }
}
