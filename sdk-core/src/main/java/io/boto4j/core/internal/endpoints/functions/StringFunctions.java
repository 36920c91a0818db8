package io.boto4j.core.internal.endpoints.functions;

import io.boto4j.core.http.UriEncoding;
import java.util.ArrayList;
import java.util.List;

/** {@code substring}, {@code uriEncode} and {@code split}. */
public final class StringFunctions {
    private StringFunctions() {
    }

    /**
     * The characters {@code [start, stop)} of {@code value}, counted from the end when
     * {@code reverse}; null when the range is empty or out of bounds, or when the input holds
     * non-ASCII characters (indexes would then not mean characters on every platform).
     */
    public static String substring(String value, int start, int stop, boolean reverse) {
        if (start < 0 || start >= stop || value.length() < stop || !isAscii(value)) {
            return null;
        }
        if (reverse) {
            return value.substring(value.length() - stop, value.length() - start);
        }
        return value.substring(start, stop);
    }

    /** Percent-encodes everything but the RFC 3986 unreserved characters. */
    public static String uriEncode(String value) {
        return value == null ? null : UriEncoding.encode(value);
    }

    /**
     * Splits on a literal delimiter. {@code limit} 0 splits everywhere, 1 keeps the input whole,
     * n keeps at most n parts (the last holds the rest). An empty input gives one empty part.
     */
    public static List<String> split(String value, String delimiter, int limit) {
        if (delimiter.isEmpty()) {
            throw new IllegalArgumentException("split: the delimiter must not be empty");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("split: the limit must not be negative, got " + limit);
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (limit == 0 || parts.size() < limit - 1) {
            int at = value.indexOf(delimiter, from);
            if (at < 0) {
                break;
            }
            parts.add(value.substring(from, at));
            from = at + delimiter.length();
        }
        parts.add(value.substring(from));
        return List.copyOf(parts);
    }

    static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
