package io.boto4j.core.protocol.rest;

import io.boto4j.core.http.UriEncoding;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An operation's {@code requestUri}, parsed once: a path of literal text and {@code {Label}} /
 * {@code {Label+}} placeholders, and the literal query part ({@code ?uploads&x-id=GetObject})
 * as decoded name/value pairs. Greedy ({@code +}) labels keep {@code /}; all other label
 * characters outside RFC 3986's unreserved set are percent-encoded.
 */
final class UriTemplate {
    private final List<Part> path;
    private final List<Map.Entry<String, String>> literalQuery;

    /** A path piece: literal encoded text when {@code label} is null, else a placeholder. */
    private record Part(String literal, String label, boolean greedy) {
    }

    private UriTemplate(List<Part> path, List<Map.Entry<String, String>> literalQuery) {
        this.path = path;
        this.literalQuery = literalQuery;
    }

    static UriTemplate parse(String template) {
        int q = template.indexOf('?');
        String pathPart = q < 0 ? template : template.substring(0, q);
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < pathPart.length()) {
            int open = pathPart.indexOf('{', i);
            if (open < 0) {
                parts.add(new Part(pathPart.substring(i), null, false));
                break;
            }
            int close = pathPart.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed label in URI template '" + template + "'");
            }
            if (open > i) {
                parts.add(new Part(pathPart.substring(i, open), null, false));
            }
            String label = pathPart.substring(open + 1, close);
            boolean greedy = label.endsWith("+");
            parts.add(new Part(null, greedy ? label.substring(0, label.length() - 1) : label, greedy));
            i = close + 1;
        }
        return new UriTemplate(List.copyOf(parts), parseLiteralQuery(q < 0 ? "" : template.substring(q + 1)));
    }

    private static List<Map.Entry<String, String>> parseLiteralQuery(String query) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String piece : query.split("&")) {
            if (piece.isEmpty()) {
                continue;
            }
            int eq = piece.indexOf('=');
            String name = eq < 0 ? piece : piece.substring(0, eq);
            String value = eq < 0 ? null : piece.substring(eq + 1);
            pairs.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
        }
        return List.copyOf(pairs);
    }

    /** Label names in template order (without the greedy marker). */
    List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (Part p : path) {
            if (p.label != null) {
                labels.add(p.label);
            }
        }
        return labels;
    }

    /** The literal query pairs of the template; a null value is a bare key such as {@code uploads}. */
    List<Map.Entry<String, String>> literalQuery() {
        return literalQuery;
    }

    /**
     * The encoded path with every label replaced by {@code values.apply(label)}.
     *
     * @throws IllegalArgumentException when a label's value is missing or empty
     */
    String expand(Function<String, String> values, String operationName) {
        StringBuilder sb = new StringBuilder(64);
        for (Part p : path) {
            if (p.label == null) {
                sb.append(p.literal);
                continue;
            }
            String v = values.apply(p.label);
            if (v == null || v.isEmpty()) {
                throw new IllegalArgumentException("Operation " + operationName + " requires the URI label parameter '"
                        + p.label + "', which is " + (v == null ? "missing" : "empty"));
            }
            sb.append(p.greedy ? UriEncoding.encodePath(v) : UriEncoding.encode(v));
        }
        return sb.toString();
    }
}
