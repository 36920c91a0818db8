package io.boto4j.core.jmespath;

import io.boto4j.core.JmesPathException;
import io.boto4j.core.internal.json.PythonJson;
import io.boto4j.core.JmesPathException.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The built-in functions of JMESPath, with their signatures checked before each call. */
final class Functions {
    /** The accepted types of one parameter. */
    enum ParamType {
        ANY, NUMBER, STRING, BOOLEAN, ARRAY, OBJECT, EXPREF, ARRAY_NUMBER, ARRAY_STRING
    }

    /** A built-in: its parameters (the last repeats when variadic) and its body. */
    record BuiltIn(String name, List<List<ParamType>> params, boolean variadic,
            Function<List<Object>, Object> body) {

        /** Compile-time check of the number of arguments. */
        void checkArity(int count) {
            boolean ok = variadic ? count >= params.size() : count == params.size();
            if (!ok) {
                throw new JmesPathException(Kind.INVALID_ARITY, name + "() takes " + (variadic ? "at least " : "")
                        + params.size() + " argument(s), got " + count);
            }
        }

        Object call(List<Object> args) {
            for (int i = 0; i < args.size(); i++) {
                checkType(args.get(i), params.get(Math.min(i, params.size() - 1)));
            }
            return body.apply(args);
        }

        private void checkType(Object value, List<ParamType> allowed) {
            for (ParamType t : allowed) {
                if (matches(value, t)) {
                    return;
                }
            }
            throw typeError(value, allowed);
        }

        JmesPathException typeError(Object value, List<ParamType> allowed) {
            return new JmesPathException(Kind.INVALID_TYPE, "In function " + name + "(), invalid type for value: "
                    + Values.typeName(value) + ", expected one of: " + allowed);
        }
    }

    private static final Map<String, BuiltIn> BUILT_INS = new LinkedHashMap<>();
    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+(_\\d+)*");

    private Functions() {
    }

    static BuiltIn lookup(String name) {
        BuiltIn f = BUILT_INS.get(name);
        if (f == null) {
            throw new JmesPathException(Kind.UNKNOWN_FUNCTION, "Unknown function: " + name + "()");
        }
        return f;
    }

    private static void define(String name, List<List<ParamType>> params, Function<List<Object>, Object> body) {
        BUILT_INS.put(name, new BuiltIn(name, params, false, body));
    }

    private static void defineVariadic(String name, List<ParamType> param, Function<List<Object>, Object> body) {
        BUILT_INS.put(name, new BuiltIn(name, List.of(param), true, body));
    }

    private static List<List<ParamType>> params(ParamType... oneTypeEach) {
        List<List<ParamType>> out = new ArrayList<>();
        for (ParamType t : oneTypeEach) {
            out.add(List.of(t));
        }
        return out;
    }

    static {
        define("abs", params(ParamType.NUMBER), a -> Numbers.abs((Number) a.get(0)));
        define("avg", params(ParamType.ARRAY_NUMBER), a -> {
            List<?> list = (List<?>) a.get(0);
            return list.isEmpty() ? null : Numbers.sum(list).doubleValue() / list.size();
        });
        define("ceil", params(ParamType.NUMBER), a -> Numbers.round((Number) a.get(0), RoundingMode.CEILING));
        define("floor", params(ParamType.NUMBER), a -> Numbers.round((Number) a.get(0), RoundingMode.FLOOR));
        define("contains", List.of(List.of(ParamType.ARRAY, ParamType.STRING), List.of(ParamType.ANY)),
                a -> contains(a.get(0), a.get(1)));
        define("ends_with", params(ParamType.STRING, ParamType.STRING),
                a -> ((String) a.get(0)).endsWith((String) a.get(1)));
        define("starts_with", params(ParamType.STRING, ParamType.STRING),
                a -> ((String) a.get(0)).startsWith((String) a.get(1)));
        define("join", params(ParamType.STRING, ParamType.ARRAY_STRING), a -> {
            @SuppressWarnings("unchecked")
            List<String> parts = (List<String>) a.get(1);
            return String.join((String) a.get(0), parts);
        });
        define("keys", params(ParamType.OBJECT), a -> new ArrayList<>(((Map<?, ?>) a.get(0)).keySet()));
        define("values", params(ParamType.OBJECT), a -> new ArrayList<>(((Map<?, ?>) a.get(0)).values()));
        define("length", List.of(List.of(ParamType.STRING, ParamType.ARRAY, ParamType.OBJECT)), a -> length(a.get(0)));
        define("map", params(ParamType.EXPREF, ParamType.ARRAY), a -> {
            Node expression = ((Node.ExpressionReference) a.get(0)).expression();
            List<Object> out = new ArrayList<>();
            for (Object element : (List<?>) a.get(1)) {
                out.add(expression.evaluate(element));
            }
            return out;
        });
        define("max", List.of(List.of(ParamType.ARRAY_NUMBER, ParamType.ARRAY_STRING)), a -> extreme(a.get(0), 1));
        define("min", List.of(List.of(ParamType.ARRAY_NUMBER, ParamType.ARRAY_STRING)), a -> extreme(a.get(0), -1));
        define("max_by", params(ParamType.ARRAY, ParamType.EXPREF), a -> extremeBy("max_by", a, 1));
        define("min_by", params(ParamType.ARRAY, ParamType.EXPREF), a -> extremeBy("min_by", a, -1));
        defineVariadic("merge", List.of(ParamType.OBJECT), a -> {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Object m : a) {
                out.putAll((Map<?, ?>) m);
            }
            return out;
        });
        defineVariadic("not_null", List.of(ParamType.ANY), a -> {
            for (Object v : a) {
                if (v != null) {
                    return v;
                }
            }
            return null;
        });
        define("reverse", List.of(List.of(ParamType.ARRAY, ParamType.STRING)), a -> {
            if (a.get(0) instanceof String s) {
                return new StringBuilder(s).reverse().toString();
            }
            List<Object> out = new ArrayList<>((List<?>) a.get(0));
            java.util.Collections.reverse(out);
            return out;
        });
        define("sort", List.of(List.of(ParamType.ARRAY_NUMBER, ParamType.ARRAY_STRING)), a -> {
            List<Object> out = new ArrayList<>((List<?>) a.get(0));
            out.sort(Values::compare);
            return out;
        });
        define("sort_by", params(ParamType.ARRAY, ParamType.EXPREF), Functions::sortBy);
        define("sum", params(ParamType.ARRAY_NUMBER), a -> Numbers.sum((List<?>) a.get(0)));
        define("to_array", params(ParamType.ANY), a -> a.get(0) instanceof List ? a.get(0) : listOf(a.get(0)));
        define("to_string", params(ParamType.ANY), a -> a.get(0) instanceof String s ? s : PythonJson.dumpsCompact(a.get(0)));
        define("to_number", params(ParamType.ANY), a -> toNumber(a.get(0)));
        define("type", params(ParamType.ANY), a -> {
            String t = Values.typeName(a.get(0));
            return t.equals("unknown") ? null : t;
        });
    }

    static boolean matches(Object value, ParamType type) {
        return switch (type) {
            case ANY -> true;
            case NUMBER -> value instanceof Number;
            case STRING -> value instanceof String;
            case BOOLEAN -> value instanceof Boolean;
            case ARRAY -> value instanceof List;
            case OBJECT -> value instanceof Map;
            case EXPREF -> value instanceof Node.ExpressionReference;
            case ARRAY_NUMBER -> value instanceof List<?> l && l.stream().allMatch(e -> e instanceof Number);
            case ARRAY_STRING -> value instanceof List<?> l && l.stream().allMatch(e -> e instanceof String);
        };
    }

    private static List<Object> listOf(Object value) {
        List<Object> out = new ArrayList<>(1);
        out.add(value);
        return out;
    }

    private static Object contains(Object subject, Object search) {
        if (subject instanceof String s) {
            return search instanceof String needle && s.contains(needle);
        }
        for (Object element : (Collection<?>) subject) {
            if (Values.isEqual(element, search)) {
                return true;
            }
        }
        return false;
    }

    private static Object length(Object value) {
        if (value instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        return value instanceof List<?> l ? l.size() : ((Map<?, ?>) value).size();
    }

    /** The first greatest (sign 1) or first least (sign -1) element; null for an empty list. */
    private static Object extreme(Object list, int sign) {
        Object best = null;
        for (Object element : (List<?>) list) {
            if (best == null || Integer.signum(Values.compare(element, best)) == sign) {
                best = element;
            }
        }
        return best;
    }

    private static Object extremeBy(String name, List<Object> args, int sign) {
        List<?> list = (List<?>) args.get(0);
        Node key = ((Node.ExpressionReference) args.get(1)).expression();
        Object best = null;
        Object bestKey = null;
        for (Object element : list) {
            Object k = sortKey(name, key, element, bestKey);
            if (best == null || Integer.signum(Values.compare(k, bestKey)) == sign) {
                best = element;
                bestKey = k;
            }
        }
        return best;
    }

    private static Object sortBy(List<Object> args) {
        List<?> list = (List<?>) args.get(0);
        Node key = ((Node.ExpressionReference) args.get(1)).expression();
        if (list.isEmpty()) {
            return list;
        }
        Object first = sortKey("sort_by", key, list.get(0), null);
        List<Object[]> keyed = new ArrayList<>(list.size());
        for (Object element : list) {
            keyed.add(new Object[] {sortKey("sort_by", key, element, first), element});
        }
        keyed.sort(Comparator.comparing((Object[] pair) -> pair[0], Values::compare));
        List<Object> out = new ArrayList<>(keyed.size());
        for (Object[] pair : keyed) {
            out.add(pair[1]);
        }
        return out;
    }

    /** A key of sort_by/min_by/max_by: a number or a string, of the same type as {@code sameTypeAs}. */
    private static Object sortKey(String name, Node key, Object element, Object sameTypeAs) {
        Object k = key.evaluate(element);
        boolean ok = sameTypeAs == null
                ? k instanceof Number || k instanceof String
                : Values.typeName(k).equals(Values.typeName(sameTypeAs));
        if (!ok) {
            throw new JmesPathException(Kind.INVALID_TYPE, "In function " + name + "(), invalid type for key: "
                    + Values.typeName(k) + ", expected " + (sameTypeAs == null ? "number or string"
                            : Values.typeName(sameTypeAs)));
        }
        return k;
    }

    /** As jmespath.py: Python's int() and then float() rules for strings; null when neither parses. */
    private static Object toNumber(Object value) {
        if (value instanceof Number) {
            return value;
        }
        if (!(value instanceof String s)) {
            return null;
        }
        String t = s.strip();
        if (INTEGER.matcher(t).matches()) {
            BigInteger i = new BigInteger(t.replace("_", ""));
            return i.bitLength() < 32 ? (Object) i.intValue() : i.bitLength() < 64 ? (Object) i.longValue() : i;
        }
        if (DECIMAL.matcher(t).matches()) {
            return Double.parseDouble(t);
        }
        return switch (t.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[+-]", "")) {
            case "inf", "infinity" -> t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> null;
        };
    }

    /** Number arithmetic keeping Python's int/float distinction. */
    static final class Numbers {
        private Numbers() {
        }

        static Number abs(Number n) {
            if (n instanceof Integer i) {
                return i == Integer.MIN_VALUE ? -(long) i : Math.abs(i);
            } else if (n instanceof Long l) {
                return l == Long.MIN_VALUE ? BigInteger.valueOf(l).abs() : Math.abs(l);
            } else if (n instanceof BigInteger b) {
                return b.abs();
            } else if (n instanceof BigDecimal d) {
                return d.abs();
            } else if (Values.isIntegral(n)) {
                return Math.abs(n.longValue());
            }
            return Math.abs(n.doubleValue());
        }

        /** ceil/floor: always an integer, as Python's math.ceil and math.floor give. */
        static Number round(Number n, RoundingMode mode) {
            if (Values.isIntegral(n)) {
                return n;
            }
            double d = n.doubleValue();
            if (!Double.isFinite(d) && !(n instanceof BigDecimal)) {
                throw new JmesPathException(Kind.INVALID_VALUE, "cannot round " + d + " to an integer");
            }
            BigInteger r = Values.toBigDecimal(n).setScale(0, mode).toBigIntegerExact();
            return r.bitLength() < 64 ? (Number) r.longValue() : r;
        }

        /**
         * Python's sum: an integer while every element is an integer, floating point once one
         * is a float; BigDecimal elements (no float among them) keep an exact decimal sum.
         */
        static Number sum(List<?> numbers) {
            boolean floating = false;
            boolean decimal = false;
            for (Object o : numbers) {
                floating |= o instanceof Double || o instanceof Float;
                decimal |= o instanceof BigDecimal;
            }
            if (floating) {
                double total = 0;
                for (Object o : numbers) {
                    total += ((Number) o).doubleValue();
                }
                return total;
            }
            BigDecimal total = BigDecimal.ZERO;
            for (Object o : numbers) {
                total = total.add(Values.toBigDecimal((Number) o));
            }
            if (decimal) {
                return total;
            }
            BigInteger exact = total.toBigIntegerExact();
            return exact.bitLength() < 64 ? (Number) exact.longValue() : exact;
        }
    }
}
