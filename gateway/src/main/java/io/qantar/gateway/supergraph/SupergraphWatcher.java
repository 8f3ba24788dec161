package io.qantar.gateway.supergraph;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import org.jboss.logging.Logger;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads the supergraph from a file or an http(s) URL, then polls it: a changed text is handed to the installer
 * on a worker thread (a changed file once it has stayed unchanged for one interval). An installer that refuses the text (it throws) leaves the previous supergraph serving, and
 * the refusal is logged once per distinct text.
 */
public final class SupergraphWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SupergraphWatcher.class);

    /** Builds what serves a supergraph text and swaps it in; throws to refuse the text. */
    @FunctionalInterface
    public interface Installer {
        void install(String sdl);
    }

    private final Vertx vertx;
    private final String location;
    private final Duration interval;
    private final Installer installer;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final HttpClient http;
    /**
     * Every poll runs on this one event-loop context: a response's body is then read on the thread that receives
     * it. Started from another thread, a handler set after the response arrived could miss its body.
     */
    private final Context context;
    private volatile long timer = -1;
    private volatile boolean closed;
    private String lastText;
    private String lastProblem;
    /** The file's (modification time, size) when last read, and when first seen changed since. */
    private String readStamp;
    private String changedStamp;
    private boolean loaded;

    public SupergraphWatcher(Vertx vertx, String location, Duration interval, Installer installer) {
        this.vertx = vertx;
        this.location = location;
        this.interval = interval;
        this.installer = installer;
        this.http = isUrl(location) ? vertx.createHttpClient() : null;
        this.context = vertx.getOrCreateContext();
    }

    private static boolean isUrl(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /** Where the supergraph is read from, as an absolute path or the URL. */
    public String origin() {
        return isUrl(location) ? location : Path.of(location).toAbsolutePath().normalize().toString();
    }

    /** Loads now, then polls at the interval. The returned future completes after the first attempt. */
    public Future<Void> start() {
        Promise<Void> first = Promise.promise();
        context.runOnContext(ignored -> {
            poll().onComplete(first);
            timer = vertx.setPeriodic(Math.max(100, interval.toMillis()), id -> poll());
            if (closed) {
                vertx.cancelTimer(timer);
            }
        });
        return first.future();
    }

    private Future<Void> poll() {
        if (!busy.compareAndSet(false, true)) {
            return Future.succeededFuture();
        }
        Future<String> changed = isUrl(location) ? readUrl() : readFileIfChanged();
        return changed.compose(text -> text == null || text.equals(lastText) ? Future.succeededFuture()
                        : vertx.executeBlocking(() -> {
                            install(text);
                            return null;
                        }, false).mapEmpty())
                .recover(problem -> {
                    report("cannot read the supergraph at " + origin() + ": " + problem.getMessage());
                    return Future.succeededFuture();
                })
                .onComplete(done -> busy.set(false))
                .mapEmpty();
    }

    private void install(String text) {
        try {
            installer.install(text);
            lastText = text;
            lastProblem = null;
        } catch (RuntimeException e) {
            lastText = text;
            String message = "refused the supergraph at " + origin() + ": " + e.getMessage()
                    + " (the gateway keeps serving its current supergraph, if any)";
            lastProblem = message;
            LOG.error(message);
        }
    }

    private void report(String problem) {
        if (!Objects.equals(problem, lastProblem)) {
            LOG.warn(problem);
            lastProblem = problem;
        }
    }

    /**
     * The file's text when it changed and then stayed the same for one interval (so a file being written is not
     * read half-way), or at once for the first load; null otherwise.
     */
    private Future<String> readFileIfChanged() {
        String path = origin();
        return vertx.fileSystem().props(path).compose(props -> {
            String stamp = props.lastModifiedTime() + ":" + props.size();
            if (stamp.equals(readStamp)) {
                return Future.succeededFuture(null);
            }
            if (loaded && !stamp.equals(changedStamp)) {
                changedStamp = stamp;
                return Future.succeededFuture(null);
            }
            return vertx.fileSystem().readFile(path).map(buffer -> {
                readStamp = stamp;
                loaded = true;
                return buffer.toString(StandardCharsets.UTF_8);
            });
        });
    }

    private Future<String> readUrl() {
        URI uri = URI.create(location);
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(uri.getHost())
                .setPort(uri.getPort() > 0 ? uri.getPort() : secure ? 443 : 80).setSsl(secure)
                .setURI(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                .setIdleTimeout(Math.max(1000, interval.toMillis() * 5));
        return http.request(options).compose(request -> request.send()).compose(response -> {
            if (response.statusCode() != 200) {
                return Future.failedFuture("HTTP " + response.statusCode());
            }
            return response.body().map(Buffer::toString);
        });
    }

    @Override
    public void close() {
        closed = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (http != null) {
            http.close();
        }
    }
}
