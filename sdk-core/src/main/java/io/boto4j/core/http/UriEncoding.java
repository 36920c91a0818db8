package io.boto4j.core.http;

import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-encoding as AWS expects it: only unreserved characters stay as they are. */
public final class UriEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEncoding() {
    }

    /**
     * Encodes everything but {@code A-Z a-z 0-9 - _ . ~}, as UTF-8 with upper-case hex
     * (a space becomes {@code %20}, never {@code +}).
     *
     * @param s the text to encode, not null
     * @return the encoded text; {@code s} itself when nothing needs encoding
     */
    public static String encode(String s) {
        return encode(s, false);
    }

    /**
     * Like {@link #encode(String)}, but keeps '/' (for greedy path labels and S3 keys).
     *
     * @param s the text to encode, not null
     * @return the encoded text; {@code s} itself when nothing needs encoding
     */
    public static String encodePath(String s) {
        return encode(s, true);
    }

    private static String encode(String s, boolean keepSlash) {
        StringBuilder sb = null;
        byte[] bytes = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isUnreserved(c) && !(keepSlash && c == '/')) {
                bytes = s.getBytes(StandardCharsets.UTF_8);
                break;
            }
        }
        if (bytes == null) {
            return s;
        }
        sb = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c) || (keepSlash && c == '/')) {
                sb.append(c);
            } else {
                sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return sb.toString();
    }

    /**
     * Whether RFC 3986 leaves {@code c} unencoded.
     *
     * @param c the character
     * @return whether it is one of {@code A-Z a-z 0-9 - _ . ~}
     */
    public static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
