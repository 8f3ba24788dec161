package io.qantar.events.graphql;

import io.qantar.common.graphql.Source;
import io.qantar.events.model.CausalLinkEntity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One event leading to another.")
public record CausalLink(
        @NonNull @Description("The event that led to the other.") Event cause,
        @NonNull @Description("The event it led to.") Event effect,
        @NonNull @Description("How the one led to the other.") String description,
        @Description("How sure the source is of the link, e.g. \"stated\" or \"uncertain: 'perhaps to appease protesters'\".") String certainty,
        @Description("Where the link is made, when it is not the sources of the events themselves.") Source source) {

    /** Call with cause and effect loaded. */
    static CausalLink of(CausalLinkEntity link) {
        return new CausalLink(Event.of(link.cause), Event.of(link.effect), link.description, link.certainty,
                link.source);
    }
}
