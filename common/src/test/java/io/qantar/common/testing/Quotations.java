package io.qantar.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.qantar.common.dataset.DatasetReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks that what a shipped dataset puts in quotation marks is the wording of the article it cites: every
 * {@code quote} field, and every passage in quotation marks in any text of a record that cites the article.
 * Texts are compared after folding curly quotation marks into straight ones and runs of white space into one
 * space; everything else (case, punctuation, spelling) must be exact.
 *
 * <p>A record is any JSON object with a {@code source} or {@code sources} field; its texts are its strings and
 * those of its nested objects (offices, participants...), except nested records, which cite for themselves
 * (an event's figures). A record that does not cite the article is not checked against it.
 */
public final class Quotations {

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Map<Character, Character> STRAIGHTENED = Map.of(
            '\u201C', '"', '\u201D', '"', '\u201E', '"', '\u201F', '"',
            '\u2018', '\'', '\u2019', '\'', '\u201A', '\'', '\u201B', '\'');

    private Quotations() {
    }

    /** The findings for the given classpath resources against the article in {@code shared/seed/}; empty when all is quoted right. */
    public static List<String> misquotationsIn(String... resources) {
        String article = SourceArticle.text();
        List<String> findings = new ArrayList<>();
        for (String resource : resources) {
            findings.addAll(misquotations(resource, DatasetReader.read(resource, JsonNode.class), article));
        }
        return findings;
    }

    /** The quotations of {@code records} (named {@code where} in the findings) that {@code article} does not contain. */
    public static List<String> misquotations(String where, List<JsonNode> records, String article) {
        List<String> findings = new ArrayList<>();
        String wording = normalise(article);
        for (int i = 0; i < records.size(); i++) {
            visit(records.get(i), where + "[" + i + "]", false, wording, findings);
        }
        return findings;
    }

    /** Curly quotation marks made straight and white space folded, so that only the wording is compared. */
    public static String normalise(String text) {
        StringBuilder straight = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            straight.append(STRAIGHTENED.getOrDefault(c, c));
        }
        return WHITE_SPACE.matcher(straight).replaceAll(" ").strip();
    }

    /**
     * The passages of {@code text} in quotation marks, double or single, straight or curly. A double mark left
     * open quotes the rest of the text. A single mark between two letters or digits is an apostrophe, and one
     * that cannot open or close a quotation ("the protesters' chant", "'90s") is left alone.
     */
    public static List<String> passages(String text) {
        String normalised = normalise(text);
        List<String> passages = new ArrayList<>(between(normalised, '"'));
        passages.addAll(singleQuoted(normalised));
        return passages;
    }

    private static List<String> between(String text, char mark) {
        List<String> passages = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != mark) {
                continue;
            }
            if (open < 0) {
                open = i;
            } else {
                passages.add(text.substring(open + 1, i));
                open = -1;
            }
        }
        if (open >= 0) {
            passages.add(text.substring(open + 1));
        }
        return passages;
    }

    private static List<String> singleQuoted(String text) {
        List<String> passages = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\'') {
                continue;
            }
            boolean afterWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean beforeWord = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            if (open < 0 && !afterWord && beforeWord) {
                open = i;
            } else if (open >= 0 && !beforeWord && !Character.isWhitespace(text.charAt(i - 1))) {
                passages.add(text.substring(open + 1, i));
                open = -1;
            }
        }
        return passages;
    }

    private static void visit(JsonNode node, String where, boolean citesArticle, String article, List<String> findings) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), where + "[" + i + "]", citesArticle, article, findings);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean record = node.has("source") || node.has("sources");
        boolean checked = record ? cites(node) : citesArticle;
        String here = node.hasNonNull("id") ? where + " (" + node.get("id").asText() + ")" : where;
        for (var fields = node.fields(); fields.hasNext(); ) {
            var field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("source") || name.equals("sources")) {
                continue;
            }
            if (!value.isTextual()) {
                visit(value, here + "." + name, checked, article, findings);
                continue;
            }
            if (!checked) {
                continue;
            }
            List<String> quoted = name.equals("quote") ? List.of(value.asText()) : passages(value.asText());
            for (String passage : quoted) {
                String wording = normalise(passage);
                if (!wording.isEmpty() && !article.contains(wording)) {
                    findings.add(here + "." + name + ": \"" + wording + "\" is not in the article");
                }
            }
        }
    }

    private static boolean cites(JsonNode record) {
        List<JsonNode> sources = new ArrayList<>();
        record.path("sources").forEach(sources::add);
        if (record.path("source").isObject()) {
            sources.add(record.get("source"));
        }
        return sources.stream().anyMatch(SourceArticle::isCitedBy);
    }
}
