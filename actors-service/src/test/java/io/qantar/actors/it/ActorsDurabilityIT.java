package io.qantar.actors.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@link DurabilityContract} on the embedded H2 file database of the local run (the default build), which lost
 * acknowledged writes to H2's delayed write until {@code WRITE_DELAY=0}. It needs nothing but the jar, so it runs in
 * every build.
 */
class ActorsDurabilityIT extends DurabilityContract {

    @Override
    protected Path jar() {
        return Path.of("target", "quarkus-app", "quarkus-run.jar");
    }

    @Override
    protected Map<String, String> databaseConfig() throws Exception {
        return Map.of("QANTAR_DATA_DIR", Files.createTempDirectory("qantar-durability-").toString());
    }

    @Override
    protected String database() {
        return "h2";
    }
}
