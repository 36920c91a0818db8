package io.boto4j.core.fuzz;

import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random values that fit a shape (what a well-behaved service would send), for the writers to
 * turn into the valid bodies the fuzzer starts from. Recursive shapes stop at a fixed depth.
 */
public final class RandomValues {
    private static final int MAX_DEPTH = 6;
    private static final String[] WORDS = {"", "a", "value", "with space", "ünïcödé", "日本語", "a&b<c>\"'",
            "line\nbreak", "tab\there", "%2F..%2F", "emoji 😀", "0", "-1", "true", "null"};

    private final SplittableRandom random;

    public RandomValues(SplittableRandom random) {
        this.random = random;
    }

    /** A structure value of {@code shape}: a random subset of its members (one for a union). */
    public Map<String, Object> structure(Shape shape) {
        Map<String, Object> value = structure(shape, 0);
        return value == null ? new LinkedHashMap<>() : value;
    }

    /** A value of {@code member}'s shape. */
    public Object value(Member member) {
        return value(member.shape(), 0);
    }

    private Map<String, Object> structure(Shape shape, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Member> members = new ArrayList<>(shape.members().values());
        if (shape.isUnion() && !members.isEmpty()) {
            // Exactly one member with a value, as a valid union has: past the depth limit a
            // structure member has none, so the next member is tried.
            int first = random.nextInt(members.size());
            for (int i = 0; i < members.size() && out.isEmpty(); i++) {
                Member m = members.get((first + i) % members.size());
                Object v = value(m.shape(), depth + 1);
                if (v != null) {
                    out.put(m.name(), v);
                }
            }
            return out.isEmpty() ? null : out; // no member can have a value here: no union at all
        }
        for (Member m : members) {
            if (m.shape().isEventStream() || m.shape().isStreaming() || m.isStreaming()) {
                continue;
            }
            if (depth < MAX_DEPTH && random.nextInt(4) != 0) {
                Object v = value(m.shape(), depth + 1);
                if (v != null) {
                    out.put(m.name(), v);
                }
            }
        }
        return out;
    }

    private Object value(Shape shape, int depth) {
        if (shape.isDocument()) {
            return document(depth);
        }
        switch (shape.type()) {
            case STRUCTURE:
                return depth > MAX_DEPTH ? null : structure(shape, depth);
            case LIST: {
                List<Object> list = new ArrayList<>();
                int n = depth > MAX_DEPTH ? 0 : random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    Object v = value(shape.listMember().shape(), depth + 1);
                    if (v != null) {
                        list.add(v);
                    }
                }
                return list;
            }
            case MAP: {
                Map<String, Object> map = new LinkedHashMap<>();
                int n = depth > MAX_DEPTH ? 0 : random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    Object v = value(shape.mapValue().shape(), depth + 1);
                    if (v != null) {
                        map.put(string(shape.mapKey().shape()), v);
                    }
                }
                return map;
            }
            case STRING:
                return string(shape);
            case BLOB:
                return string(shape).getBytes(StandardCharsets.UTF_8);
            case BOOLEAN:
                return random.nextBoolean();
            case BYTE:
            case SHORT:
            case INTEGER:
                return random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(100);
            case LONG:
                return random.nextInt(3) == 0 ? random.nextLong() : (long) random.nextInt(100_000);
            case FLOAT:
                return (float) random.nextDouble(-1e6, 1e6);
            case DOUBLE:
                return random.nextInt(10) == 0 ? Double.NaN : random.nextDouble(-1e9, 1e9);
            case BIGDECIMAL:
                return new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(10));
            case BIGINTEGER:
                return BigInteger.valueOf(random.nextLong()).multiply(BigInteger.valueOf(random.nextLong()));
            case TIMESTAMP:
                return Instant.ofEpochMilli(random.nextLong(0, 4_102_444_800_000L));
            default:
                return null;
        }
    }

    private String string(Shape shape) {
        List<String> enums = shape.enumValues();
        if (!enums.isEmpty() && random.nextInt(4) != 0) {
            return enums.get(random.nextInt(enums.size()));
        }
        return WORDS[random.nextInt(WORDS.length)];
    }

    private Object document(int depth) {
        return switch (depth > MAX_DEPTH ? 0 : random.nextInt(5)) {
            case 0 -> WORDS[random.nextInt(WORDS.length)];
            case 1 -> random.nextInt();
            case 2 -> random.nextBoolean();
            case 3 -> List.of(document(depth + 1));
            default -> Map.of("k", document(depth + 1));
        };
    }
}
