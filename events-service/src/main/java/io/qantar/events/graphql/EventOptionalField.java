package io.qantar.events.graphql;

import io.qantar.common.service.ClearableField;
import org.eclipse.microprofile.graphql.Description;

@Description("An optional field of an event that an update can remove (see `UpdateEventInput.clear`).")
public enum EventOptionalField implements ClearableField {
    @Description("The end date: the event is back to a single day.")
    END_DATE("endDate"),
    @Description("The note on how the date was established.")
    DATE_NOTE("dateNote"),
    @Description("The place.")
    PLACE("place");

    private final String inputField;

    EventOptionalField(String inputField) {
        this.inputField = inputField;
    }

    @Override
    public String inputField() {
        return inputField;
    }
}
