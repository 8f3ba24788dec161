package io.qantar.gateway.graphqljs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** graphql-js's "Did you mean ...?" hints: the close names to an unknown one, and the sentence that offers them. */
public final class Suggestions {

    private static final int MAX_SUGGESTIONS = 5;

    private Suggestions() {
    }

    /**
     * The options within typing distance of input (an edit per 2.5 characters, a change of case counting as one),
     * closest first, ties in natural order ({@code item2} before {@code item10}).
     */
    public static List<String> close(String input, Collection<String> options) {
        int threshold = (int) Math.floor(input.length() * 0.4) + 1;
        Map<String, Integer> distances = new HashMap<>();
        for (String option : options) {
            int distance = distance(input, option, threshold);
            if (distance <= threshold) {
                distances.put(option, distance);
            }
        }
        List<String> close = new ArrayList<>(distances.keySet());
        close.sort((a, b) -> {
            int byDistance = Integer.compare(distances.get(a), distances.get(b));
            return byDistance != 0 ? byDistance : naturalCompare(a, b);
        });
        return close;
    }

    /** {@code " Did you mean "A", "B", or "C"?"}, with the subject when given; empty without suggestions. */
    public static String didYouMean(String subject, List<String> suggestions) {
        if (suggestions.isEmpty()) {
            return "";
        }
        String message = " Did you mean " + (subject == null ? "" : subject + " ");
        List<String> quoted = suggestions.stream().limit(MAX_SUGGESTIONS).map(s -> "\"" + s + "\"").toList();
        return switch (quoted.size()) {
            case 1 -> message + quoted.get(0) + "?";
            case 2 -> message + quoted.get(0) + " or " + quoted.get(1) + "?";
            default -> message + String.join(", ", quoted.subList(0, quoted.size() - 1)) + ", or "
                    + quoted.get(quoted.size() - 1) + "?";
        };
    }

    public static String didYouMean(List<String> suggestions) {
        return didYouMean(null, suggestions);
    }

    /**
     * Damerau-Levenshtein distance (insertions, deletions, substitutions, adjacent swaps) between the lower-cased
     * strings, where a pure change of case costs 1; anything beyond threshold is reported as threshold + 1.
     */
    static int distance(String input, String option, int threshold) {
        if (input.equals(option)) {
            return 0;
        }
        String a = option.toLowerCase(Locale.ROOT);
        String b = input.toLowerCase(Locale.ROOT);
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() < b.length()) {
            String swap = a;
            a = b;
            b = swap;
        }
        int aLength = a.length();
        int bLength = b.length();
        if (aLength - bLength > threshold) {
            return threshold + 1;
        }
        int[][] rows = new int[3][bLength + 1];
        for (int j = 0; j <= bLength; j++) {
            rows[0][j] = j;
        }
        for (int i = 1; i <= aLength; i++) {
            int[] up = rows[(i - 1) % 3];
            int[] current = rows[i % 3];
            current[0] = i;
            int smallest = i;
            for (int j = 1; j <= bLength; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int cell = Math.min(Math.min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cell = Math.min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }
                smallest = Math.min(smallest, cell);
                current[j] = cell;
            }
            // No cell of a later row can be smaller than the smallest of this one.
            if (smallest > threshold) {
                return threshold + 1;
            }
        }
        return Math.min(rows[aLength % 3][bLength], threshold + 1);
    }

    /** Orders runs of digits by their value, everything else by character code. */
    static int naturalCompare(String a, String b) {
        int ai = 0;
        int bi = 0;
        while (ai < a.length() && bi < b.length()) {
            char ac = a.charAt(ai);
            char bc = b.charAt(bi);
            if (isDigit(ac) && isDigit(bc)) {
                long aNumber = 0;
                do {
                    aNumber = aNumber * 10 + (ac - '0');
                    ai++;
                    ac = ai < a.length() ? a.charAt(ai) : 0;
                } while (isDigit(ac) && aNumber > 0);
                long bNumber = 0;
                do {
                    bNumber = bNumber * 10 + (bc - '0');
                    bi++;
                    bc = bi < b.length() ? b.charAt(bi) : 0;
                } while (isDigit(bc) && bNumber > 0);
                if (aNumber != bNumber) {
                    return aNumber < bNumber ? -1 : 1;
                }
            } else {
                if (ac != bc) {
                    return ac < bc ? -1 : 1;
                }
                ai++;
                bi++;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
