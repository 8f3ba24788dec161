package io.qantar.events.service;

import io.qantar.events.model.EventEntity;
import java.util.List;

/** One page of a list of events, and how many the whole list holds. */
public record EventPage(List<EventEntity> events, long total) {

    public EventPage {
        events = List.copyOf(events);
    }
}
