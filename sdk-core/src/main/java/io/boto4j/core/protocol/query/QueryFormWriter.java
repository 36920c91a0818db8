package io.boto4j.core.protocol.query;

import io.boto4j.core.http.UriEncoding;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;
import io.boto4j.core.protocol.support.TextValues;

import java.util.List;
import java.util.Map;

/**
 * Flattens an input value into {@code application/x-www-form-urlencoded} parameters with
 * dotted names, as botocore's QuerySerializer and EC2Serializer do: structures
 * {@code A.B}, lists {@code A.member.1} (query) or {@code A.1} (flattened, and ec2), maps
 * {@code A.entry.1.key} / {@code A.entry.1.value}.
 */
final class QueryFormWriter {
    private final QueryDialect dialect;
    private final StringBuilder out = new StringBuilder(256);

    QueryFormWriter(QueryDialect dialect) {
        this.dialect = dialect;
    }

    /** Appends one parameter, percent-encoding name and value (RFC 3986). */
    QueryFormWriter param(String name, String value) {
        if (out.length() > 0) {
            out.append('&');
        }
        out.append(UriEncoding.encode(name)).append('=').append(UriEncoding.encode(value));
        return this;
    }

    /** Appends the members of a top-level input structure. */
    QueryFormWriter structure(Shape shape, Map<String, Object> value) {
        writeStructure(shape, value, "");
        return this;
    }

    String body() {
        return out.toString();
    }

    private void write(Member ref, Object value, String prefix) {
        if (value == null) {
            return;
        }
        Shape shape = ref.shape();
        switch (shape.type()) {
            case STRUCTURE:
                writeStructure(shape, TextValues.asMap(value, ref), prefix);
                break;
            case LIST:
                writeList(ref, TextValues.asList(value, ref), prefix);
                break;
            case MAP:
                writeMap(ref, TextValues.asMap(value, ref), prefix);
                break;
            default:
                param(prefix, TextValues.format(ref, value));
        }
    }

    private void writeStructure(Shape shape, Map<String, Object> value, String prefix) {
        // Model order, not the caller's: the body is then the same for equal inputs.
        for (Member m : shape.members().values()) {
            Object v = value.get(m.name());
            if (v != null) {
                String name = dialect.memberName(m);
                write(m, v, prefix.isEmpty() ? name : prefix + "." + name);
            }
        }
    }

    private void writeList(Member ref, List<?> items, String prefix) {
        Member item = ref.shape().listMember();
        String itemPrefix;
        if (dialect == QueryDialect.EC2) {
            itemPrefix = prefix;
        } else if (items.isEmpty()) {
            param(prefix, ""); // query tells "empty list" apart from "no list"
            return;
        } else if (ref.isFlattened()) {
            String itemName = item.locationName();
            itemPrefix = itemName == null ? prefix : replaceLastSegment(prefix, itemName);
        } else {
            itemPrefix = prefix + "." + dialect.partName(item, "member");
        }
        int i = 1;
        for (Object v : items) {
            write(item, v, itemPrefix + "." + i++);
        }
    }

    private void writeMap(Member ref, Map<String, Object> entries, String prefix) {
        Shape shape = ref.shape();
        String entryPrefix = ref.isFlattened() ? prefix : prefix + ".entry";
        String keyName = dialect.partName(shape.mapKey(), "key");
        String valueName = dialect.partName(shape.mapValue(), "value");
        int i = 1;
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            String at = entryPrefix + "." + i++ + ".";
            write(shape.mapKey(), e.getKey(), at + keyName);
            write(shape.mapValue(), e.getValue(), at + valueName);
        }
    }

    /** {@code A.B.List} with item name {@code Item} becomes {@code A.B.Item}. */
    private static String replaceLastSegment(String prefix, String name) {
        int dot = prefix.lastIndexOf('.');
        return dot < 0 ? name : prefix.substring(0, dot + 1) + name;
    }

}
