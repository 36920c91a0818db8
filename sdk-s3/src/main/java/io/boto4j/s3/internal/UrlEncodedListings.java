package io.boto4j.s3.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * botocore's {@code set_list_objects_encoding_type_url} and {@code decode_list_object*}: S3
 * returns object keys in XML, which cannot carry every character a key may hold, so ListObjects,
 * ListObjectsV2 and ListObjectVersions ask for {@code EncodingType=url} unless the caller chose
 * an encoding type, and then decode the members S3 encodes. Only when it was set on the
 * caller's behalf: a caller who asked for {@code url} gets the encoded keys, as asked.
 *
 * <p>botocore 1.43.107 does this for those three operations only, not for ListMultipartUploads.
 */
public final class UrlEncodedListings {
    /** Per operation: the top-level members to decode, then the (list, member) pairs within lists. */
    private static final Map<String, Decoded> DECODED = Map.of(
            "ListObjects", new Decoded(List.of("Delimiter", "Marker", "NextMarker"),
                    List.of(List.of("Contents", "Key"), List.of("CommonPrefixes", "Prefix"))),
            "ListObjectsV2", new Decoded(List.of("Delimiter", "Prefix", "StartAfter"),
                    List.of(List.of("Contents", "Key"), List.of("CommonPrefixes", "Prefix"))),
            "ListObjectVersions", new Decoded(List.of("KeyMarker", "NextKeyMarker", "Prefix", "Delimiter"),
                    List.of(List.of("Versions", "Key"), List.of("DeleteMarkers", "Key"),
                            List.of("CommonPrefixes", "Prefix"))));

    private record Decoded(List<String> topLevel, List<List<String>> nested) {
    }

    private UrlEncodedListings() {
    }

    /** Whether the operation is one botocore asks URL-encoded keys for. */
    public static boolean applies(String operation) {
        return DECODED.containsKey(operation);
    }

    /**
     * Before the parameters are built: sets {@code EncodingType=url} when the caller set no
     * {@code EncodingType}.
     *
     * @return whether it was set on the caller's behalf: pass that to {@link #decode} (per-call state)
     */
    public static boolean requestEncoding(String operation, Map<String, Object> params) {
        if (!applies(operation) || params.containsKey("EncodingType")) {
            return false;
        }
        params.put("EncodingType", "url");
        return true;
    }

    /**
     * After parsing: decodes, in place, the members S3 URL-encoded, when the result says
     * {@code EncodingType=url} and {@link #requestEncoding} set it. The parsers' maps are mutable.
     */
    @SuppressWarnings("unchecked")
    public static void decode(String operation, Map<String, Object> result, boolean setOnCallersBehalf) {
        Decoded decoded = DECODED.get(operation);
        if (decoded == null || !setOnCallersBehalf || !"url".equals(result.get("EncodingType"))) {
            return;
        }
        for (String member : decoded.topLevel()) {
            if (result.get(member) instanceof String value) {
                result.put(member, unquotePlus(value));
            }
        }
        for (List<String> pair : decoded.nested()) {
            if (result.get(pair.get(0)) instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Map<?, ?> map && map.get(pair.get(1)) instanceof String value) {
                        ((Map<String, Object>) map).put(pair.get(1), unquotePlus(value));
                    }
                }
            }
        }
    }

    /**
     * Python's {@code urllib.parse.unquote_plus} (botocore's {@code unquote_str}): {@code +} is a
     * space, {@code %XX} a byte, the bytes UTF-8 with U+FFFD for what is not; a {@code %} without
     * two hex digits after it stays as it is (Java's {@code URLDecoder} would throw).
     */
    static String unquotePlus(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                bytes.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The value of an ASCII hex digit, or -1. */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
