package io.qantar.common.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed SDL of a subgraph, under {@code supergraph/subgraphs/}. A service's test compares
 * its live {@code _service { sdl }} with it; {@code -Dqantar.schema.update=true} rewrites it instead.
 */
public final class SchemaSnapshot {

    private SchemaSnapshot() {
    }

    public static Path file(String subgraph) {
        String root = System.getProperty("qantar.repo.root", "..");
        return Path.of(root, "supergraph", "subgraphs", subgraph + ".graphql");
    }

    public static boolean updating() {
        return Boolean.getBoolean("qantar.schema.update");
    }

    /** The committed SDL, or the live one just written when updating. */
    public static String committed(String subgraph, String live) throws IOException {
        Path file = file(subgraph);
        String normalised = live.strip() + "\n";
        if (updating()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, normalised, StandardCharsets.UTF_8);
            return normalised;
        }
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
