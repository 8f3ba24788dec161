package io.qantar.gateway.supergraph;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SupergraphWatcherTest {

    @TempDir
    Path directory;
    private Vertx vertx;
    private final List<String> installed = new CopyOnWriteArrayList<>();
    private final List<String> attempts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        vertx.close();
    }

    private SupergraphWatcher watch(Path file) throws Exception {
        SupergraphWatcher watcher = new SupergraphWatcher(vertx, file.toString(), Duration.ofMillis(100), sdl -> {
            attempts.add(sdl);
            if (sdl.startsWith("broken")) {
                throw new SupergraphException("broken on purpose");
            }
            installed.add(sdl);
        });
        watcher.start().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return watcher;
    }

    @Test
    void installsTheFileThenEachChangeButNotTheSameTextTwice() throws Exception {
        Path file = directory.resolve("supergraph.graphql");
        Files.writeString(file, "one");
        try (SupergraphWatcher watcher = watch(file)) {
            assertEquals(List.of("one"), installed);

            Files.writeString(file, "broken two");
            await(() -> attempts.size() == 2);
            Files.writeString(file, "three");
            await(() -> installed.size() == 2);
            Thread.sleep(300);

            assertEquals(List.of("one", "three"), installed, "a refused text is skipped, the next good one served");
            assertEquals(List.of("one", "broken two", "three"), attempts, "an unchanged file is not reloaded");
        }
    }

    @Test
    void waitsForAFileThatDoesNotExistYet() throws Exception {
        Path file = directory.resolve("later.graphql");
        try (SupergraphWatcher watcher = watch(file)) {
            assertEquals(List.of(), installed);
            Files.writeString(file, "at last");
            await(() -> installed.size() == 1);
            assertEquals(List.of("at last"), installed);
        }
    }

    @Test
    void pollsAUrl() throws Exception {
        String[] served = {"first"};
        var server = vertx.createHttpServer().requestHandler(request -> request.response().end(served[0]));
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        String url = "http://127.0.0.1:" + server.actualPort() + "/supergraph.graphql";
        SupergraphWatcher watcher = new SupergraphWatcher(vertx, url, Duration.ofMillis(100), installed::add);
        try (watcher) {
            watcher.start().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertEquals(List.of("first"), installed);
            served[0] = "second";
            await(() -> installed.size() == 2);
            assertEquals(List.of("first", "second"), installed);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }
}
