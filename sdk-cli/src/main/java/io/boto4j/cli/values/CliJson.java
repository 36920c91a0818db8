package io.boto4j.cli.values;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.cli.args.UsageException;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

/**
 * JSON in and out of the CLI. Output is indented as the AWS CLI indents it; blobs are base64,
 * timestamps ISO-8601, and values keep the order the model gives them.
 */
public final class CliJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("    ", "\n"))
            .withArrayIndenter(new DefaultIndenter("    ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CliJson() {
    }

    /** Parses JSON text; a syntax error is a usage error saying that {@code what} "is not valid JSON" and where. */
    public static JsonNode parse(String text, String what) {
        return read(text, what + " is not valid JSON: ");
    }

    /** Parses JSON text; a syntax error is a usage error that starts with {@code messageStart}, then says where. */
    static JsonNode read(String text, String messageStart) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UsageException(messageStart + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    /** The value as indented JSON text with a final newline. */
    public static String write(Object value) {
        try {
            return PRETTY.writeValueAsString(tree(value)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain Java values (maps, lists, byte[], Instant, numbers) as a JSON tree. */
    public static JsonNode tree(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, v) -> o.set(String.valueOf(k), tree(v)));
            return o;
        }
        if (value instanceof Collection<?> list) {
            ArrayNode a = NODES.arrayNode();
            list.forEach(v -> a.add(tree(v)));
            return a;
        }
        if (value instanceof byte[] bytes) {
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
        }
        if (value instanceof Instant instant) {
            return NODES.textNode(instant.toString());
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Float f) {
            return NODES.numberNode(f);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof BigInteger i) {
            return NODES.numberNode(i);
        }
        return NODES.textNode(String.valueOf(value));
    }
}
