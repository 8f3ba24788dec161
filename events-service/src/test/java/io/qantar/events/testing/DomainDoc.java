package io.qantar.events.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dataset ids that docs/domain.md lists, read from the tables of its "Dataset ids" sections. */
public final class DomainDoc {

    private static final Pattern BACKTICKED = Pattern.compile("`([a-z0-9-]+)`");

    /** One row of the events table: the id and the "date (precision)" column as written. */
    public record EventRow(String id, String when) {
    }

    private DomainDoc() {
    }

    public static Path repoRoot() {
        return Path.of(System.getProperty("qantar.repo.root", ".."));
    }

    public static Set<String> actorIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (List<String> cells : rows("### Actors")) {
            Matcher matcher = BACKTICKED.matcher(cells.get(0));
            while (matcher.find()) {
                ids.add(matcher.group(1));
            }
        }
        return ids;
    }

    public static List<EventRow> events() {
        List<EventRow> events = new ArrayList<>();
        for (List<String> cells : rows("### Events")) {
            Matcher matcher = BACKTICKED.matcher(cells.get(0));
            if (matcher.find()) {
                events.add(new EventRow(matcher.group(1), cells.get(1)));
            }
        }
        return events;
    }

    /** The cells of the table rows under the heading that starts with {@code heading}, up to the next heading. */
    private static List<List<String>> rows(String heading) {
        List<List<String>> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : lines()) {
            if (line.startsWith("#")) {
                inSection = line.startsWith(heading);
            } else if (inSection && line.startsWith("|") && !line.startsWith("| ---") && !line.startsWith("| id ")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1).split("\\|")) {
                    cells.add(cell.strip());
                }
                rows.add(cells);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("docs/domain.md has no table under " + heading);
        }
        return rows;
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(repoRoot().resolve("docs/domain.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
