package io.boto4j.core.internal.endpoints.rules;

import io.boto4j.core.EndpointResolutionException;
import io.boto4j.core.internal.endpoints.functions.AttrPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * A template string such as {@code https://{Bucket}.s3.{partitionResult#dnsSuffix}}, parsed
 * once into literal text and references ({@code {name}} or {@code {name#path}}, the path
 * being a {@code getAttr} path). {@code {{} and {@code }}} stand for literal braces.
 * As in botocore, a string holding no {@code {identifier}} at all is taken literally.
 */
final class Template implements Expr {
    private static final Pattern HAS_REFERENCE = Pattern.compile("\\{[a-zA-Z#]+\\}");

    /** A piece: literal text (slot < 0) or a reference. */
    private record Part(String text, int slot, AttrPath path) {
    }

    private final String source;
    private final Part[] parts;

    private Template(String source, Part[] parts) {
        this.source = source;
        this.parts = parts;
    }

    /**
     * Compiles a string; {@code slotOf} resolves a name to its slot (and fails for unknown
     * names). A string without references becomes a constant.
     */
    static Expr compile(String source, ToIntFunction<String> slotOf) {
        if (!HAS_REFERENCE.matcher(source).find()) {
            return new Exprs.Constant(source);
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '{' && i + 1 < source.length() && source.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < source.length() && source.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int close = source.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("Unclosed '{' in template: " + source);
                }
                if (literal.length() > 0) {
                    parts.add(new Part(literal.toString(), -1, null));
                    literal.setLength(0);
                }
                parts.add(reference(source.substring(i + 1, close), slotOf));
                i = close + 1;
            } else if (c == '}') {
                throw new IllegalArgumentException("Single '}' in template: " + source);
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), -1, null));
        }
        return new Template(source, parts.toArray(new Part[0]));
    }

    private static Part reference(String reference, ToIntFunction<String> slotOf) {
        int hash = reference.indexOf('#');
        String name = hash < 0 ? reference : reference.substring(0, hash);
        AttrPath path = hash < 0 ? null : AttrPath.parse(reference.substring(hash + 1));
        return new Part(name, slotOf.applyAsInt(name), path);
    }

    @Override
    public Object eval(Object[] scope) {
        StringBuilder sb = new StringBuilder(source.length() + 32);
        for (Part part : parts) {
            if (part.slot < 0) {
                sb.append(part.text);
                continue;
            }
            Object value = scope[part.slot];
            if (part.path != null) {
                value = part.path.apply(value);
            }
            if (value == null) {
                throw new EndpointResolutionException("Template " + source + ": '" + part.text
                        + (part.path == null ? "" : "#" + part.path) + "' has no value");
            }
            sb.append(value);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
