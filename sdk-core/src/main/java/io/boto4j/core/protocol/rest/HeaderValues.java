package io.boto4j.core.protocol.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.internal.json.PythonJson;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;
import io.boto4j.core.protocol.support.BoundedJackson;
import io.boto4j.core.protocol.support.TextValues;
import io.boto4j.core.protocol.support.Timestamps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Scalar and list values as HTTP header (and URI/query) text, both ways, as botocore writes
 * and reads them: booleans lowercase, blobs base64, timestamps to the second, {@code jsonvalue}
 * strings as base64 of {@code json.dumps(value, separators=(',', ':'))}, lists joined with
 * {@code ,} with items quoted when they hold a comma or a quote.
 */
final class HeaderValues {
    /** Reads jsonvalue headers, within the parser's bounds (writing is {@link PythonJson}'s). */
    private static final ObjectMapper JSON = BoundedJackson.jsonMapper().build();

    private HeaderValues() {
    }

    /** The header text of a {@code header} member's value. */
    static String toHeader(Member member, Object value) {
        Shape shape = member.shape();
        if (shape.type() == ShapeType.LIST) {
            Member item = shape.listMember();
            StringBuilder sb = new StringBuilder();
            for (Object v : (List<?>) value) {
                if (v == null) {
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append(','); // botocore joins with a bare comma
                }
                String text = toHeader(item, v);
                sb.append(item.type() == ShapeType.STRING ? quoteListItem(text) : text);
            }
            return sb.toString();
        }
        if (shape.type() == ShapeType.TIMESTAMP) {
            // botocore drops the fraction of header timestamps, whatever their format.
            Instant seconds = ((Instant) value).truncatedTo(ChronoUnit.SECONDS);
            return Timestamps.format(seconds, formatOr(member, Timestamps.RFC_822));
        }
        if (shape.type() == ShapeType.STRING && member.isJsonValue()) {
            return Base64.getEncoder().encodeToString(
                    PythonJson.dumpsCompact(value).getBytes(StandardCharsets.UTF_8));
        }
        return TextValues.format(member, value);
    }

    /** A label or query value: the XML/query text form, so timestamps default to ISO-8601. */
    static String toUriText(Member member, Object value) {
        return TextValues.format(member, value);
    }

    private static String formatOr(Member member, String defaultFormat) {
        String f = member.timestampFormat();
        return f != null ? f : defaultFormat;
    }

    /** Quotes a string list item that holds a comma or a double quote, escaping inner quotes. */
    static String quoteListItem(String item) {
        if (item.indexOf(',') < 0 && item.indexOf('"') < 0) {
            return item;
        }
        return '"' + item.replace("\"", "\\\"") + '"';
    }

    /**
     * Splits a list header into items: commas inside double quotes do not split, quoted items
     * lose their quotes and escapes, and HTTP dates (which contain a comma) are kept whole.
     */
    static List<String> splitList(String header, boolean httpDates) {
        List<String> items = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            while (i < n && header.charAt(i) == ' ') {
                i++;
            }
            if (i < n && header.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < n && header.charAt(i) != '"') {
                    char c = header.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        c = header.charAt(++i);
                    }
                    sb.append(c);
                    i++;
                }
                items.add(sb.toString());
                int comma = header.indexOf(',', i);
                i = comma < 0 ? n : comma + 1;
                continue;
            }
            int comma = header.indexOf(',', i);
            if (httpDates && comma >= 0) {
                // "Mon, 16 Dec 2019 23:48:18 GMT": the first comma follows the day name.
                comma = header.indexOf(',', comma + 1);
            }
            int end = comma < 0 ? n : comma;
            items.add(header.substring(i, end).trim());
            i = end + 1;
        }
        return items;
    }

    /** The value of a {@code header} member from its header text. */
    static Object fromHeader(Member member, String text) {
        Shape shape = member.shape();
        if (shape.type() == ShapeType.LIST) {
            Member item = shape.listMember();
            boolean httpDates = item.type() == ShapeType.TIMESTAMP
                    && Timestamps.RFC_822.equals(formatOr(item, Timestamps.RFC_822));
            List<Object> out = new ArrayList<>();
            for (String s : splitList(text, httpDates)) {
                out.add(fromHeader(item, s));
            }
            return out;
        }
        if (shape.type() == ShapeType.STRING && member.isJsonValue()) {
            try {
                return JSON.readValue(Base64.getDecoder().decode(text.trim()), Object.class);
            } catch (IOException e) {
                throw new UncheckedIOException("header of " + member.name() + " is not base64 JSON", e);
            }
        }
        return TextValues.parse(shape.type(), text);
    }

}
