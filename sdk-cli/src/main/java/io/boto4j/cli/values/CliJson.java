package io.boto4j.cli.values;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.boto4j.cli.args.UsageException;

import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON in and out of the CLI. Output is indented as the AWS CLI indents it; blobs are base64,
 * timestamps ISO-8601, and values keep the order the model gives them. A record (a custom
 * method's result, such as S3's {@code UploadResult}) is written by Jackson as its components,
 * by name and in order, nulls left out, as the model's outputs leave out absent members.
 */
public final class CliJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("    ", "\n"))
            .withArrayIndenter(new DefaultIndenter("    ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper RECORDS = recordMapper();

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
        if (value instanceof Record) {
            return RECORDS.valueToTree(value);
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

    /**
     * Jackson for records: their components only (not what a method named like a getter would add,
     * {@code isComposite()}), a path as its text (not a {@code file://} URI), timestamps ISO-8601.
     * Works on the module path with no {@code opens}: a record's accessors are public.
     */
    private static ObjectMapper recordMapper() {
        SimpleModule records = new SimpleModule("boto4j-cli-records")
                .addSerializer(Path.class, ToStringSerializer.instance);
        records.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                                                             List<BeanPropertyWriter> properties) {
                RecordComponent[] components = description.getBeanClass().getRecordComponents();
                if (components == null) {
                    return properties;
                }
                Set<String> names = new HashSet<>();
                for (RecordComponent c : components) {
                    names.add(c.getName());
                }
                List<BeanPropertyWriter> kept = new ArrayList<>(properties);
                kept.removeIf(p -> !names.contains(p.getName()));
                return kept;
            }
        });
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(records)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
