package io.qantar.common.graphql;

import io.qantar.common.error.BadUserInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A validated {@code first}/{@code after} pair, as an offset and a limit. Cursors are opaque to
 * clients: base64 of {@code offset:<n>}, the position of the item in the ordered list.
 */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final String PREFIX = "offset:";

    public static PageRequest of(Integer first, String after) {
        int limit = first == null ? DEFAULT_SIZE : first;
        if (limit < 0 || limit > MAX_SIZE) {
            throw new BadUserInputException("first", "first must be between 0 and " + MAX_SIZE + ", got " + limit);
        }
        int offset = after == null ? 0 : decode(after) + 1;
        return new PageRequest(offset, limit);
    }

    public static String cursor(int position) {
        return Base64.getEncoder().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String text = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int position = Integer.parseInt(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException notBase64OrNotANumber) {
            // falls through to the error below
        }
        throw new BadUserInputException("after", "after is not a cursor returned by this list: " + cursor);
    }

    /** Page information for {@code count} items returned from this request out of {@code total}. */
    public PageInfo pageInfo(int count, long total) {
        return new PageInfo(
                offset + count < total,
                offset > 0,
                count == 0 ? null : cursor(offset),
                count == 0 ? null : cursor(offset + count - 1));
    }
}
