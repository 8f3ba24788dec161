package io.qantar.reactions.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dataset id tables of docs/domain.md, the contract every service's shipped records follow. */
final class DomainDoc {

    private static final Pattern BACKTICKED = Pattern.compile("`([a-z0-9]+(?:-[a-z0-9]+)*)`");

    private final List<String> lines;

    private DomainDoc(List<String> lines) {
        this.lines = lines;
    }

    static DomainDoc read() {
        try {
            return new DomainDoc(Files.readAllLines(repoRoot().resolve("docs/domain.md")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checkout this build runs in; surefire passes it as {@code qantar.repo.root}. */
    static Path repoRoot() {
        return Path.of(System.getProperty("qantar.repo.root", ".."));
    }

    Set<String> actorIds() {
        return firstColumnIds("### Actors");
    }

    Set<String> eventIds() {
        return firstColumnIds("### Events");
    }

    /** The rows of the reactions table, split into trimmed cells. */
    List<List<String>> reactionRows() {
        return rows("### Reactions");
    }

    private Set<String> firstColumnIds(String heading) {
        Set<String> ids = new LinkedHashSet<>();
        for (List<String> row : rows(heading)) {
            Matcher matcher = BACKTICKED.matcher(row.get(0));
            while (matcher.find()) {
                ids.add(matcher.group(1));
            }
        }
        return ids;
    }

    /** The body rows of the first table after the heading, without its header and separator. */
    private List<List<String>> rows(String heading) {
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).startsWith(heading)) {
                start = i + 1;
            }
        }
        if (start < 0) {
            throw new IllegalStateException("docs/domain.md has no section " + heading);
        }
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
            boolean header = cells.get(0).equals("id");
            boolean separator = cells.get(0).startsWith("---");
            if (!header && !separator) {
                rows.add(cells);
            }
        }
        return rows;
    }

    static String unquote(String cell) {
        return cell.replace("`", "").strip();
    }
}
