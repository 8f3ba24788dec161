package io.qantar.common.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One running process of a packaged service ({@code java -jar .../quarkus-run.jar}), logging to a
 * file under the module's target folder, trusting the tokens of {@link TestTokens}. Started ready or not at all; stopping waits for the
 * process to end, so no test leaves a process behind.
 *
 * <p>The service binds port 0 and the port is read from its "Listening on" log line: a port picked
 * by the test and handed over could be taken by another socket in between (the service's own
 * database connections use the same ephemeral range), which made a start fail now and then.
 */
public final class ServiceInstance implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final int LOG_TAIL_LINES = 40;
    private static final Pattern LISTENING = Pattern.compile("Listening on: https?://[^:\\s]+:(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceInstance(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code jar} with the given configuration (as system properties) and waits until it is ready. */
    public static ServiceInstance start(String name, Path jar, Map<String, String> config) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: package the service first");
        }
        Path log = jar.getParent().getParent().resolve("it-logs").resolve(name + ".log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m"));
        // The test JVM's signing key first, so that a test's own configuration can replace it.
        TestTokens.serviceConfig().forEach((key, value) -> command.add("-D" + key + "=" + value));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=0");
        command.add("-jar");
        command.add(jar.toString());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        try {
            Instant deadline = Instant.now().plus(READY_TIMEOUT);
            ServiceInstance instance = new ServiceInstance(name, awaitListening(name, process, log, deadline), process, log);
            instance.awaitReady(deadline);
            return instance;
        } catch (RuntimeException | IOException notReady) {
            stop(process);
            throw notReady;
        }
    }

    public int port() {
        return port;
    }

    public String graphqlUrl() {
        return "http://127.0.0.1:" + port + "/graphql";
    }

    private static int awaitListening(String name, Process process, Path log, Instant deadline) throws IOException {
        while (Instant.now().isBefore(deadline)) {
            Matcher listening = LISTENING.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + before(log));
            }
            sleep(100);
        }
        throw new IllegalStateException(name + " did not start listening within " + READY_TIMEOUT.toSeconds() + " s" + before(log));
    }

    private void awaitReady(Instant deadline) throws IOException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + before(log));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + name, e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + READY_TIMEOUT.toSeconds() + " s" + before(log));
    }

    /** The end of the log, so that a failure in CI shows its cause where only the build output survives. */
    private static String before(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return "; the end of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException unreadable) {
            return "; see " + log;
        }
    }

    /** Ends the process with SIGKILL, as an OOM killer or a power cut would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
