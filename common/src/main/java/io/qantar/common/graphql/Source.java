package io.qantar.common.graphql;

import io.smallrye.graphql.api.federation.Shareable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Where a fact comes from. Stored embedded in the record it supports and published as the same
 * shareable GraphQL type by every subgraph that carries sources.
 */
@Embeddable
@Shareable
@Description("Where a fact comes from: the outlet, the article, and the person quoted, if any.")
public class Source {

    @NonNull
    @Column(name = "source_outlet", length = 200)
    @Description("The outlet that published it, e.g. \"Axios\" or \"BBC\".")
    public String outlet;

    @Column(name = "source_title", length = 500)
    @Description("The headline of the article or report.")
    public String title;

    @Column(name = "source_url", length = 1000)
    @Description("Where to read it, when known.")
    public String url;

    @Column(name = "source_published_on")
    @Description("The day it was published.")
    public LocalDate publishedOn;

    @Column(name = "source_author", length = 200)
    @Description("The reporter, correspondent or analyst behind it.")
    public String author;

    @Column(name = "source_quoted_person", length = 200)
    @Description("The person quoted for this fact, where there is one.")
    public String quotedPerson;

    public Source() {
    }

    public static Source from(SourceInput input) {
        Source source = new Source();
        source.outlet = input.outlet.strip();
        source.title = input.title;
        source.url = input.url;
        source.publishedOn = input.publishedOn;
        source.author = input.author;
        source.quotedPerson = input.quotedPerson;
        return source;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Source that
                && Objects.equals(outlet, that.outlet)
                && Objects.equals(title, that.title)
                && Objects.equals(url, that.url)
                && Objects.equals(publishedOn, that.publishedOn)
                && Objects.equals(author, that.author)
                && Objects.equals(quotedPerson, that.quotedPerson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outlet, title, url, publishedOn, author, quotedPerson);
    }
}
