package io.qantar.events.graphql;

import io.qantar.events.service.CausalLinkService;
import io.qantar.events.service.EventWriter;
import jakarta.inject.Inject;
import io.smallrye.graphql.api.federation.requiresscopes.RequiresScopes;
import io.smallrye.graphql.api.federation.requiresscopes.ScopeGroup;
import io.smallrye.graphql.api.federation.requiresscopes.ScopeItem;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class EventMutations {

    @Inject
    EventWriter writer;

    @Inject
    CausalLinkService links;

    @Mutation("createEvent")
    @RequiresScopes(scopes = @ScopeGroup(@ScopeItem("qantar:edit")))
    @NonNull
    @Description("Adds an event to the timeline. Its participants and the actors its figures cite must exist in the actors subgraph.")
    public Event createEvent(@NonNull @Description("The new event.") CreateEventInput input) {
        return Event.of(writer.create(input));
    }

    @Mutation("updateEvent")
    @RequiresScopes(scopes = @ScopeGroup(@ScopeItem("qantar:edit")))
    @NonNull
    @Description("Changes an event: fields left out stay as they are, lists given replace the stored ones.")
    public Event updateEvent(@Id @NonNull @Description("The event to change.") String id,
            @NonNull @Description("The changes.") UpdateEventInput input) {
        return Event.of(writer.update(id, input));
    }

    @Mutation("retireEvent")
    @RequiresScopes(scopes = @ScopeGroup(@ScopeItem("qantar:retire")))
    @NonNull
    @Description("Retires an event: it leaves the lists but is still answered by id, so links to it never dangle.")
    public Event retireEvent(@Id @NonNull @Description("The event to retire.") String id) {
        return Event.of(writer.retire(id));
    }

    @Mutation("linkEvents")
    @RequiresScopes(scopes = @ScopeGroup(@ScopeItem("qantar:edit")))
    @NonNull
    @Description("Records that one event led to another. Both must exist and not be retired.")
    public CausalLink linkEvents(@NonNull @Description("The link.") CausalLinkInput input) {
        return CausalLink.of(links.link(input));
    }
}
