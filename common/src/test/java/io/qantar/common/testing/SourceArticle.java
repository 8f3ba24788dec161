package io.qantar.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The article the shipped datasets are taken from, Axios' "Russian troops enter chaos in Kazakhstan" of
 * Thursday 6 January 2022, as its text sits in {@code shared/seed/} beside the checkout. The text is not part of
 * the repository: {@code shared/} is found as {@code ../shared} from {@code qantar.repo.root}, or where
 * {@code qantar.shared.root} says (for a checkout that does not sit beside it).
 */
public final class SourceArticle {

    public static final String OUTLET = "Axios";
    public static final String TITLE = "Russian troops enter chaos in Kazakhstan";
    public static final String PUBLISHED_ON = "2022-01-06";

    private static final String FILE = "kazakhstan-january-2022.txt";

    private SourceArticle() {
    }

    public static Path file() {
        String shared = System.getProperty("qantar.shared.root");
        Path sharedRoot = shared != null
                ? Path.of(shared)
                : Path.of(System.getProperty("qantar.repo.root", "..")).resolve("../shared");
        return sharedRoot.resolve("seed").resolve(FILE).normalize();
    }

    /**
     * The article's text as stored. Where it is missing (a clone made elsewhere), the calling test is skipped with a
     * line saying so, except in CI (the {@code CI} environment variable is set), where a dataset left unchecked
     * fails the build, as an unreachable PostgreSQL does.
     */
    public static String text() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            String reason = "the source article is not at " + file.toAbsolutePath()
                    + " (shared/ sits beside the checkout, or -Dqantar.shared.root names it)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(reason + "; CI requires the dataset's quotations to be checked");
            }
            System.out.println("[article] " + reason + ": skipping the check of quotations against it");
            Assumptions.abort(reason);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the source article " + file + " cannot be read", e);
        }
    }

    /** Whether a dataset source ({@code outlet}, {@code title}, {@code publishedOn}...) is this article. */
    public static boolean isCitedBy(JsonNode source) {
        return OUTLET.equals(source.path("outlet").asText(null))
                && TITLE.equals(source.path("title").asText(null))
                && PUBLISHED_ON.equals(source.path("publishedOn").asText(null));
    }
}
