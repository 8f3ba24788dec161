package io.qantar.gateway.layers;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExposureTest {

    private static final Caller EDITOR = Caller.authenticated("editor", Set.of("qantar:edit"));
    private static final Caller READER = Caller.authenticated("reader", Set.of());

    @Test
    void offOnAndScope() {
        assertFalse(Exposure.parse("off", "k").allows(EDITOR));
        assertTrue(Exposure.parse("ON", "k").allows(Caller.ANONYMOUS));
        Exposure editors = Exposure.parse("scope:qantar:edit", "k");
        assertEquals("qantar:edit", editors.scope());
        assertTrue(editors.allows(EDITOR));
        assertFalse(editors.allows(READER));
        assertFalse(editors.allows(Caller.ANONYMOUS));
    }

    @Test
    void anythingElseIsAConfigurationErrorNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Exposure.parse("editors", "qantar.gateway.exposure.introspection"));
        assertTrue(e.getMessage().contains("qantar.gateway.exposure.introspection"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Exposure.parse("scope:", "k"));
    }
}
