package io.qantar.events.model;

import org.eclipse.microprofile.graphql.Description;

@Description("How precisely the date of an event is known.")
public enum DatePrecision {
    @Description("The day is known.")
    DAY,
    @Description("Only the month is known; the date is the first day of that month.")
    MONTH,
    @Description("Only the year is known; the date is the first of January of that year.")
    YEAR
}
