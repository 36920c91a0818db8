package io.boto4j.differential;

import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random values for a shape, in boto4j's value model (structures as ordered maps, timestamps as
 * {@link Instant}, blobs as {@code byte[]}). Required members are always present, optional ones
 * at random; a union gets exactly one member. Scalars are drawn from pools of edge values (empty
 * strings and lists, Unicode, {@code /}, {@code +}, {@code %}, spaces, large numbers, fractional
 * timestamps, non-UTF-8 blobs) with the model's {@code min} mostly respected, so that most inputs
 * get through validation and a few test it.
 *
 * <p>Three flavours: {@link #forInput} draws everything a caller may pass; {@link #forOutput} keeps
 * to values a service can put on the wire in every protocol (no non-finite floats where a format
 * cannot carry them, header text within ASCII), since a response is only worth comparing when it
 * is well formed; {@link #forMinimalInput} gives the required members only, with plain values, for
 * the calls whose responses are compared (the request is not what those cases test).
 */
final class ValueGenerator {
    /** Deeper than this, structures get their required members only (models are recursive). */
    private static final int MAX_DEPTH = 5;

    private static final List<String> STRINGS = List.of(
            "value", "", "ünïcödé € 😀", "a/b/c", "a+b=c", "100%", "with space", "~-._!*'()", "A_Z-09",
            "quote\"and'apostrophe", "<xml>&amp;", "line\nbreak", "tab\there", "?query=1&x", "#hash");
    private static final List<String> HEADER_SAFE_STRINGS = List.of(
            "value", "a/b/c", "a+b=c", "100%", "with space", "~-._!*'()", "A_Z-09", "?query=1&x");
    private static final List<String> BUCKETS = List.of("amzn-s3-demo-bucket", "my.dotted.bucket", "bucket-123");
    private static final List<Long> LONGS = List.of(0L, 1L, -1L, 42L, 1_000_000L, (long) Integer.MAX_VALUE,
            (long) Integer.MIN_VALUE, 9_007_199_254_740_993L, Long.MAX_VALUE, Long.MIN_VALUE);
    private static final List<Integer> INTEGERS = List.of(0, 1, -1, 42, 1_000_000, Integer.MAX_VALUE,
            Integer.MIN_VALUE);
    /** Floats exactly representable in 32 bits, so that every format carries them alike. */
    private static final List<Double> FLOATS = List.of(0.0, 1.5, -0.25, 1024.0, 0.5, 65536.125, 1.0E10, -3.0);
    private static final List<Double> DOUBLES = List.of(0.0, 1.5, -0.25, 0.1, 123456.789, 1.0E300, -2.5E-300,
            9_007_199_254_740_993.0);
    private static final List<Instant> TIMESTAMPS = List.of(
            Instant.parse("1999-12-31T23:59:59.123Z"),
            Instant.parse("2024-02-29T12:00:00Z"),
            Instant.parse("2026-11-25T12:00:00.000001Z"),
            Instant.parse("1970-01-01T00:00:00Z"),
            Instant.parse("2038-01-19T03:14:08.5Z"),
            Instant.parse("2001-09-09T01:46:40.123456Z"));

    private final Random random;
    /** Well-formed values only (outputs and minimal inputs). */
    private final boolean output;
    /** Required members only, plain values. */
    private final boolean minimal;

    private ValueGenerator(Random random, boolean output, boolean minimal) {
        this.random = random;
        this.output = output;
        this.minimal = minimal;
    }

    static ValueGenerator forInput(Random random) {
        return new ValueGenerator(random, false, false);
    }

    static ValueGenerator forOutput(Random random) {
        return new ValueGenerator(random, true, false);
    }

    static ValueGenerator forMinimalInput(Random random) {
        return new ValueGenerator(random, true, true);
    }

    /** A value for a structure shape (an operation's input or output, an error). */
    Map<String, Object> structure(Shape shape) {
        return structure(shape, 0);
    }

    private Map<String, Object> structure(Shape shape, int depth) {
        Map<String, Object> value = new LinkedHashMap<>();
        List<Member> members = new ArrayList<>(shape.members().values());
        if (shape.isUnion()) {
            if (!members.isEmpty()) {
                Member one = members.get(random.nextInt(members.size()));
                value.put(one.name(), value(one, depth + 1));
            }
            return value;
        }
        double optional = minimal || depth > MAX_DEPTH ? 0.0 : depth == 0 ? 0.6 : 0.5 / depth;
        for (Member m : members) {
            if (skip(m)) {
                continue;
            }
            if (m.isRequired() || random.nextDouble() < optional) {
                Object v = value(m, depth + 1);
                if (v != null) {
                    value.put(m.name(), v);
                }
            }
        }
        return value;
    }

    /** Members left out: event streams (botocore sends none), most idempotency tokens (autofilled). */
    private boolean skip(Member m) {
        if (m.shape().isEventStream()) {
            return true;
        }
        return !output && m.isIdempotencyToken() && random.nextInt(4) != 0 || minimal && m.isIdempotencyToken();
    }

    Object value(Member member, int depth) {
        Shape shape = member.shape();
        boolean header = "header".equals(member.location()) || "headers".equals(member.location());
        switch (shape.type()) {
            case STRUCTURE:
                return shape.isDocument() ? document(0) : structure(shape, depth);
            case LIST: {
                int n = length(shape, 3);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    Object v = value(shape.listMember(), depth + 1);
                    if (v != null) {
                        list.add(v);
                    }
                }
                return list;
            }
            case MAP: {
                int n = length(shape, 2);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String key = header ? "k" + i : string(shape.mapKey().shape(), false) + (map.isEmpty() ? "" : i);
                    if ("headers".equals(member.location())) {
                        key = "meta-" + i;
                    }
                    Object v = value(shape.mapValue(), depth + 1);
                    if (v != null) {
                        map.put(key, v);
                    }
                }
                return map;
            }
            case STRING:
                if (member.isJsonValue() && "header".equals(member.location())) {
                    return jsonValue();
                }
                if ("Bucket".equals(member.contextParam()) && random.nextInt(6) != 0) {
                    // Mostly valid names: botocore refuses others before the endpoint rules run.
                    return pick(BUCKETS);
                }
                if (member.isHostLabel()) {
                    return pick(List.of("abc", "my-label", "a1b2c3", "123456789012"));
                }
                return string(shape, header || "uri".equals(member.location()) && output);
            case BOOLEAN:
                return random.nextBoolean();
            case BYTE:
            case SHORT:
            case INTEGER:
                return (int) number(shape, INTEGERS.stream().map(Integer::longValue).toList());
            case LONG:
                return number(shape, LONGS);
            case BIGINTEGER:
                return java.math.BigInteger.valueOf(number(shape, LONGS));
            case BIGDECIMAL:
                return new java.math.BigDecimal(pick(List.of("0", "1.5", "-12345.6789", "1E+10")));
            case FLOAT:
                return floating(shape, FLOATS);
            case DOUBLE:
                return floating(shape, DOUBLES);
            case TIMESTAMP:
                return pick(TIMESTAMPS);
            case BLOB:
                return blob(shape);
            default:
                return null;
        }
    }

    private String string(Shape shape, boolean headerSafe) {
        List<String> enums = shape.enumValues();
        if (!enums.isEmpty() && random.nextInt(10) != 0) {
            return pick(enums);
        }
        String s = minimal ? "value"
                : pick(headerSafe || output && random.nextBoolean() ? HEADER_SAFE_STRINGS : STRINGS);
        Number min = shape.min();
        if (min != null && s.length() < min.intValue() && (output || random.nextInt(20) != 0)) {
            StringBuilder sb = new StringBuilder(s);
            while (sb.length() < min.intValue()) {
                sb.append('x');
            }
            s = sb.toString();
        }
        Number max = shape.max();
        if (max != null && s.codePointCount(0, s.length()) > max.intValue()) {
            s = s.substring(0, s.offsetByCodePoints(0, Math.max(0, max.intValue())));
        }
        return s;
    }

    private int length(Shape shape, int most) {
        Number min = shape.min();
        int least = min == null ? 0 : Math.min(min.intValue(), 3);
        if (!output && random.nextInt(20) == 0) {
            least = 0; // sometimes below min, to compare validation
        }
        Number max = shape.max();
        int upper = max == null ? most : Math.max(least, Math.min(most, max.intValue()));
        if (minimal) {
            return Math.max(least, Math.min(1, upper));
        }
        return least + random.nextInt(upper - least + 1);
    }

    private long number(Shape shape, List<Long> pool) {
        long v = pick(pool);
        Number min = shape.min();
        Number max = shape.max();
        if (min != null && v < min.longValue()) {
            v = min.longValue();
        }
        if (max != null && v > max.longValue()) {
            v = max.longValue();
        }
        return v;
    }

    private Object floating(Shape shape, List<Double> pool) {
        if (!output && random.nextInt(25) == 0) {
            return pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        }
        double v = pick(pool);
        Number min = shape.min();
        if (min != null && v < min.doubleValue()) {
            v = min.doubleValue();
        }
        Number max = shape.max();
        if (max != null && v > max.doubleValue()) {
            v = max.doubleValue();
        }
        return shape.type() == ShapeType.FLOAT ? (Object) (float) v : (Object) v;
    }

    private byte[] blob(Shape shape) {
        switch (random.nextInt(4)) {
            case 0:
                Number min = shape.min();
                return min != null && min.intValue() > 0 ? new byte[min.intValue()] : new byte[0];
            case 1:
                return "hello world".getBytes(StandardCharsets.UTF_8);
            default:
                byte[] b = new byte[1 + random.nextInt(24)];
                random.nextBytes(b);
                return b;
        }
    }

    private Object document(int depth) {
        switch (depth > 2 ? random.nextInt(4) : random.nextInt(6)) {
            case 0:
                return pick(STRINGS);
            case 1:
                return random.nextBoolean();
            case 2:
                return pick(List.of(0, 7, -3, 1_000_000_000_000L));
            case 3:
                return pick(List.of(1.5, -0.25));
            case 4: {
                List<Object> l = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    l.add(document(depth + 1));
                }
                return l;
            }
            default: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    m.put("k" + i, document(depth + 1));
                }
                return m;
            }
        }
    }

    private Object jsonValue() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", pick(HEADER_SAFE_STRINGS));
        m.put("n", random.nextInt(100));
        m.put("list", List.of(true, "x"));
        return m;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
