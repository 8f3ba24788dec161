package io.qantar.common.service;

import io.qantar.common.error.BadUserInputException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An update states the version of the record it read, so that a change made meanwhile by someone else is
 * refused with {@code CONFLICT} instead of being overwritten unseen. An update without a version is refused
 * with {@code BAD_USER_INPUT} before anything is read or written, unless
 * {@code qantar.updates.allow-unversioned=true} lets it through as a blind last-write-wins update, for
 * clients that cannot be changed yet.
 *
 * <p>The SDL keeps {@code version: Int} nullable so that this option can exist; the rule lives here.
 */
@ApplicationScoped
public class UpdateVersions {

    public static final String ALLOW_UNVERSIONED = "qantar.updates.allow-unversioned";

    @ConfigProperty(name = ALLOW_UNVERSIONED, defaultValue = "false")
    boolean allowUnversioned;

    /**
     * The version the update is based on, or null when it states none and blind updates are allowed.
     *
     * @param field the version's path in the operation's arguments, e.g. {@code input.version}
     */
    public Integer require(String field, Integer version) {
        if (version == null && !allowUnversioned) {
            throw new BadUserInputException(field, field + " is required: an update must state the version of the"
                    + " record it read (its 'version' field), so that a change made meanwhile is not overwritten unseen");
        }
        return version;
    }
}
