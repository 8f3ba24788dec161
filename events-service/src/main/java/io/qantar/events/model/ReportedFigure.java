package io.qantar.events.model;

import io.qantar.common.graphql.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A number reported about an event, kept with its hedge, its words and who gave it. */
@Embeddable
public class ReportedFigure {

    @Column(name = "measure", length = 200, nullable = false)
    public String measure;

    /** Null when the source gives only words ("dozens"). */
    @Column(name = "figure_value")
    public Integer value;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "qualifier", length = 20, nullable = false)
    public FigureQualifier qualifier;

    @Column(name = "reported_text", length = 200, nullable = false)
    public String text;

    @Column(name = "attribution", length = 500, nullable = false)
    public String attribution;

    /** The actor the figure is attributed to, an id in actors-service. */
    @Column(name = "reported_by_id", length = 100)
    public String reportedById;

    @Embedded
    public Source source;
}
