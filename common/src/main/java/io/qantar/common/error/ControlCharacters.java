package io.qantar.common.error;

/**
 * The characters no text of the record may hold: the C0 controls but tab, line feed and carriage return
 * (NUL, BEL...), DEL and the C1 controls, and the bidirectional embeddings, overrides and isolates
 * (U+202A to U+202E, U+2066 to U+2069), which can make a text read differently from what it stores; and a
 * surrogate without its pair, which no UTF-8 database column can store as sent.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The index of the first refused character of the text, or -1 when it has none. */
    static int firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isRefused(c)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isRefused(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }

    /** The character as a reader can see it, e.g. U+0000. */
    static String describe(int c) {
        return String.format("U+%04X", c);
    }
}
