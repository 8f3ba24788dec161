package io.qantar.common.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qantar.common.error.BadUserInputException;
import org.junit.jupiter.api.Test;

/** An update states the version it read, unless qantar.updates.allow-unversioned lets it go without. */
class UpdateVersionsTest {

    @Test
    void anUpdateWithoutAVersionIsRefusedByDefault() {
        UpdateVersions versions = new UpdateVersions();

        BadUserInputException refused = assertThrows(BadUserInputException.class, () -> versions.require("input.version", null));

        assertEquals("input.version", refused.field());
        assertTrue(refused.getMessage().contains("must state the version"), refused.getMessage());
        assertEquals(3, versions.require("input.version", 3));
    }

    @Test
    void theOptionLetsAnUnversionedUpdateThrough() {
        UpdateVersions versions = new UpdateVersions();
        versions.allowUnversioned = true;

        assertNull(versions.require("input.version", null));
        assertEquals(0, versions.require("input.version", 0));
    }
}
