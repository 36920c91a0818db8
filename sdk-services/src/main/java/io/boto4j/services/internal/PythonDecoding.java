package io.boto4j.services.internal;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.boto4j.core.protocol.json.DocumentValues;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Python standard library decoders botocore's handlers run over results, with their
 * leniencies and refusals, so that a value boto4j decodes is the value botocore decodes and a
 * value botocore leaves alone is left alone here too.
 */
public final class PythonDecoding {
    /** Python's {@code json.loads}: NaN and Infinity accepted, anything after the value refused. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final int NOT_BASE64 = -1;

    private PythonDecoding() {
    }

    /**
     * {@code json.loads(text)} as plain Java values (maps in the document's order, lists, text,
     * numbers, booleans, null), or {@code otherwise} where Python raises {@code ValueError}: the
     * handlers keep the text they could not decode.
     */
    public static Object jsonLoads(String text, Object otherwise) {
        try {
            JsonNode node = JSON.readTree(text);
            // An empty or blank text has no value: Python raises "Expecting value".
            return node == null || node.isMissingNode() ? otherwise : DocumentValues.fromNode(node);
        } catch (IOException e) {
            return otherwise;
        }
    }

    /**
     * {@code urllib.parse.unquote(text)}: each {@code %XX} becomes its byte, runs of bytes are read
     * as UTF-8 with U+FFFD for what is not UTF-8, a {@code %} without two hex digits stays, and
     * {@code +} stays a plus.
     */
    public static String unquote(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) << 4 | hex(text.charAt(i + 2)));
                i += 3;
            } else {
                int end = i + Character.charCount(text.codePointAt(i));
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return utf8(bytes.toByteArray());
    }

    /**
     * {@code bytes.decode('utf-8', 'replace')}: each maximal part of an ill-formed sequence (Unicode's
     * "maximal subpart" practice, which CPython follows and the JDK's decoder does not for encoded
     * surrogates and some truncations) becomes one U+FFFD.
     */
    public static String utf8(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                out.append((char) lead);
                i++;
                continue;
            }
            // The continuation bytes a lead byte needs, and the range its first one must fall in.
            int needed;
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                needed = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                needed = 2;
                low = lead == 0xE0 ? 0xA0 : 0x80;
                high = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                needed = 3;
                low = lead == 0xF0 ? 0x90 : 0x80;
                high = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                out.append('\uFFFD');
                i++;
                continue;
            }
            int codePoint = lead & (0x3F >> needed);
            int next = i + 1;
            boolean wellFormed = true;
            for (int k = 0; k < needed; k++, next++) {
                int b = next < bytes.length ? bytes[next] & 0xFF : -1;
                if (b < (k == 0 ? low : 0x80) || b > (k == 0 ? high : 0xBF)) {
                    wellFormed = false;
                    break;
                }
                codePoint = codePoint << 6 | b & 0x3F;
            }
            if (wellFormed) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('\uFFFD');
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * {@code base64.b64decode(text)} (not validating): characters outside the alphabet are
     * skipped, padding ends the data, and a wrong number of data characters or missing padding
     * fails; empty when Python raises {@code ValueError} (text that is not Latin-1 included, as
     * botocore encodes it to Latin-1 first).
     */
    public static Optional<byte[]> b64decode(String text) {
        if (text.chars().anyMatch(c -> c > 0xFF)) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 3 / 4);
        int quadPosition = 0;
        int leftover = 0;
        int pads = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                // CPython's binascii: padding after two or more data characters of a quad ends the data.
                if (quadPosition >= 2 && quadPosition + ++pads >= 4) {
                    return Optional.of(out.toByteArray());
                }
                continue;
            }
            int value = base64Value(c);
            if (value == NOT_BASE64) {
                continue;
            }
            pads = 0;
            switch (quadPosition) {
                case 0 -> {
                    quadPosition = 1;
                    leftover = value;
                }
                case 1 -> {
                    quadPosition = 2;
                    out.write(leftover << 2 | value >> 4);
                    leftover = value & 0x0f;
                }
                case 2 -> {
                    quadPosition = 3;
                    out.write(leftover << 4 | value >> 2);
                    leftover = value & 0x03;
                }
                default -> {
                    quadPosition = 0;
                    out.write(leftover << 6 | value);
                    leftover = 0;
                }
            }
        }
        return quadPosition == 0 ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    private static int base64Value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : NOT_BASE64;
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
    }
}
