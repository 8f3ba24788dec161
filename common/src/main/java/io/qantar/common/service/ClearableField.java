package io.qantar.common.service;

/**
 * An optional field of a record that an update can remove, listed in the update input's {@code clear}.
 * Leaving a field out of an update keeps it, so removing a value needs a list of its own.
 */
public interface ClearableField {

    /** The field of the update input that sets it, e.g. {@code endDate}. */
    String inputField();
}
