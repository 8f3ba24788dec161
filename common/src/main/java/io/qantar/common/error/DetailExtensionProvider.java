package io.qantar.common.error;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/**
 * Publishes one of {@link QantarException#details()} as an error extension. SmallRye asks one
 * provider per key, so each key gets a small subclass registered in META-INF/services.
 */
public abstract class DetailExtensionProvider implements ErrorExtensionProvider {

    private final String key;

    protected DetailExtensionProvider(String key) {
        this.key = key;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof QantarException qantar) {
            String value = qantar.details().get(key);
            if (value != null) {
                return Json.createValue(value);
            }
        }
        return null;
    }

    public static final class Field extends DetailExtensionProvider {
        public Field() {
            super("field");
        }
    }

    public static final class Id extends DetailExtensionProvider {
        public Id() {
            super("id");
        }
    }

    public static final class Service extends DetailExtensionProvider {
        public Service() {
            super("service");
        }
    }
}
