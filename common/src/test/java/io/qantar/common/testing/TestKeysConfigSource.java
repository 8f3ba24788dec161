package io.qantar.common.testing;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Makes a service started by {@code @QuarkusTest} trust {@link TestTokens}' key. Found through
 * {@code META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource} of the common test-jar, so every
 * service's tests get it without configuration of their own; it ranks above application.properties.
 */
public final class TestKeysConfigSource implements ConfigSource {

    private static final int ORDINAL = 275;

    @Override
    public Map<String, String> getProperties() {
        return TestTokens.serviceConfig();
    }

    @Override
    public Set<String> getPropertyNames() {
        return TestTokens.serviceConfig().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return TestTokens.serviceConfig().get(propertyName);
    }

    @Override
    public String getName() {
        return "qantar-test-keys";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
