package io.qantar.events.graphql;

import io.qantar.common.graphql.Source;
import io.qantar.events.model.FigureQualifier;
import io.qantar.events.model.ReportedFigure;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A number reported about an event, with its hedge and who reported it.")
public record Figure(
        @NonNull @Description("What was counted, e.g. \"protesters killed\", \"people arrested\", \"troops\".") String measure,
        @Description("The number; null when the source gives only words, e.g. \"dozens\".") Integer value,
        @NonNull @Description("How the number is hedged in the source.") FigureQualifier qualifier,
        @NonNull @Description("The figure as reported, e.g. \"more than 2,000\", \"dozens\", \"at least 18\".") String text,
        @NonNull @Description("Whose figure it is, in the source's words, e.g. \"according to the government\".") String attribution,
        @Description("The actor the figure is attributed to.") Actor reportedBy,
        @NonNull @Description("Where the figure was published.") Source source) {

    static Figure of(ReportedFigure figure) {
        Actor reportedBy = figure.reportedById == null ? null : new Actor(figure.reportedById);
        return new Figure(figure.measure, figure.value, figure.qualifier, figure.text, figure.attribution,
                reportedBy, figure.source);
    }
}
