package io.qantar.common.graphql;

import io.smallrye.graphql.api.federation.Shareable;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One write of a record, as its history shows it to an editor; the same shareable type in every subgraph. */
@Shareable
@Description("One write of a record: when, by whom (the subject of the writer's token), and what it changed.")
public class Edit {

    @NonNull
    @Description("When the write was committed.")
    public Instant at;

    @NonNull
    @Description("Who wrote: the subject (sub) of the bearer token, or \"system\" for the shipped dataset.")
    public String by;

    @NonNull
    @Description("What changed, e.g. \"created\", \"retired\", \"updated name, description\".")
    public String change;

    public Edit() {
    }

    public Edit(Instant at, String by, String change) {
        this.at = at;
        this.by = by;
        this.change = change;
    }
}
