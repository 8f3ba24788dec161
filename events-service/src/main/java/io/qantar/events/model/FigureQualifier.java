package io.qantar.events.model;

import org.eclipse.microprofile.graphql.Description;

@Description("How a reported number is hedged in its source.")
public enum FigureQualifier {
    @Description("The number as stated, without a hedge: \"748\".")
    EXACT,
    @Description("A lower bound: \"at least 18\".")
    AT_LEAST,
    @Description("Strictly above the number: \"more than 2,000\".")
    MORE_THAN,
    @Description("Around the number: \"about 200\".")
    APPROXIMATELY,
    @Description("An upper bound: \"up to 500\".")
    UP_TO,
    @Description("No number, only words: \"dozens\". The figure has no value.")
    VAGUE;

    /** Whether a figure with this qualifier carries a number. */
    public boolean hasValue() {
        return this != VAGUE;
    }
}
