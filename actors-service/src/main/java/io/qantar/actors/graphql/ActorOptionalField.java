package io.qantar.actors.graphql;

import io.qantar.common.service.ClearableField;
import org.eclipse.microprofile.graphql.Description;

@Description("An optional field of an actor that an update can remove (see `UpdateActorInput.clear`).")
public enum ActorOptionalField implements ClearableField {
    @Description("The country it belongs to.")
    COUNTRY("country");

    private final String inputField;

    ActorOptionalField(String inputField) {
        this.inputField = inputField;
    }

    @Override
    public String inputField() {
        return inputField;
    }
}
