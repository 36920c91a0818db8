package io.boto4j.core.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds example inputs from a shape: the smallest valid value (required members only) for
 * smoke tests, or every member with a placeholder, like the AWS CLI's
 * {@code --generate-cli-skeleton}.
 */
public final class InputSkeleton {
    private final boolean allMembers;
    private final Set<Shape> visiting = Collections.newSetFromMap(new IdentityHashMap<>());

    private InputSkeleton(boolean allMembers) {
        this.allMembers = allMembers;
    }

    /**
     * Required members only, each with the smallest value its constraints allow.
     *
     * @param operation the operation whose input to build
     * @return a new, mutable input map; empty when the operation has no input
     */
    public static Map<String, Object> minimal(OperationModel operation) {
        return build(operation, false);
    }

    /**
     * Every member, with placeholder values, recursion cut where a shape contains itself.
     *
     * @param operation the operation whose input to build
     * @return a new, mutable input map; empty when the operation has no input
     */
    public static Map<String, Object> full(OperationModel operation) {
        return build(operation, true);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> build(OperationModel operation, boolean all) {
        Shape in = operation.inputShape();
        if (in == null) {
            return new LinkedHashMap<>();
        }
        Object v = new InputSkeleton(all).value(in);
        return v instanceof Map ? (Map<String, Object>) v : new LinkedHashMap<>();
    }

    private Object value(Shape shape) {
        if (shape.isDocument()) {
            return new LinkedHashMap<String, Object>();
        }
        switch (shape.type()) {
            case STRUCTURE: return structure(shape);
            case LIST: return list(shape);
            case MAP: return map(shape);
            case STRING: return string(shape);
            case BOOLEAN: return Boolean.FALSE;
            case BYTE: case SHORT: case INTEGER: return (int) Math.max(0, minimum(shape));
            case LONG: return Math.max(0L, minimum(shape));
            case FLOAT: return (float) Math.max(0, minimum(shape));
            case DOUBLE: return (double) Math.max(0, minimum(shape));
            case BIGDECIMAL: return BigDecimal.ZERO;
            case BIGINTEGER: return BigInteger.ZERO;
            case BLOB: return new byte[(int) Math.max(allMembers ? 0 : 1, minimum(shape))];
            case TIMESTAMP: return Instant.EPOCH;
            default: return null;
        }
    }

    private Object structure(Shape shape) {
        if (!visiting.add(shape)) {
            return null; // a shape that contains itself: stop here
        }
        try {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Member member : shape.members().values()) {
                boolean wanted = allMembers || (member.isRequired() && !shape.isUnion());
                if (!wanted || member.shape().isEventStream()) {
                    continue;
                }
                Object v = member.isHostLabel() ? "label" : value(member.shape());
                if (v != null) {
                    m.put(member.name(), v);
                }
            }
            if (shape.isUnion() && !allMembers) {
                // Exactly one member: the first whose value can be built.
                for (Member member : shape.members().values()) {
                    Object v = value(member.shape());
                    if (v != null) {
                        m.put(member.name(), v);
                        break;
                    }
                }
            }
            return m;
        } finally {
            visiting.remove(shape);
        }
    }

    private Object list(Shape shape) {
        List<Object> l = new ArrayList<>();
        long n = allMembers ? 1 : Math.max(0, minimum(shape));
        for (long i = 0; i < n; i++) {
            Object v = value(shape.listMember().shape());
            if (v == null) {
                break;
            }
            l.add(v);
        }
        return l;
    }

    private Object map(Shape shape) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (allMembers || minimum(shape) > 0) {
            Object v = value(shape.mapValue().shape());
            if (v != null) {
                m.put(String.valueOf(string(shape.mapKey().shape())), v);
            }
        }
        return m;
    }

    private String string(Shape shape) {
        List<String> enums = shape.enumValues();
        if (!enums.isEmpty()) {
            return enums.get(0);
        }
        int n = (int) Math.max(1, Math.min(minimum(shape), 1 << 16));
        return allMembers && n <= 6 ? "string" : "x".repeat(n);
    }

    private static long minimum(Shape shape) {
        Number min = shape.min();
        return min == null ? 0 : (long) Math.ceil(min.doubleValue());
    }
}
