package io.boto4j.core.jmespath;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JMESPath's view of plain Java values: types, truthiness, equality and ordering. Anything that
 * is not null, Boolean, Number, String, List or Map (an {@code Instant}, a {@code byte[]}) is an
 * opaque scalar: truthy, equal only by {@code equals}, not ordered, of no JMESPath type.
 */
final class Values {
    private Values() {
    }

    /** The JMESPath type name; "unknown" for opaque scalars (as jmespath.py names foreign types). */
    static String typeName(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String) {
            return "string";
        } else if (value instanceof Boolean) {
            return "boolean";
        } else if (value instanceof Number) {
            return "number";
        } else if (value instanceof List) {
            return "array";
        } else if (value instanceof Map) {
            return "object";
        } else if (value instanceof Node.ExpressionReference) {
            return "expref";
        }
        return "unknown";
    }

    /** False for null, false, "", [] and {}; true for everything else, 0 included. */
    static boolean isTruthy(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        } else if (value instanceof String s) {
            return !s.isEmpty();
        } else if (value instanceof List<?> l) {
            return !l.isEmpty();
        } else if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /** JSON equality: numbers by value (1 == 1.0), lists in order, objects regardless of order. */
    static boolean isEqual(Object a, Object b) {
        if (a == b) {
            return true;
        } else if (a == null || b == null) {
            return false;
        } else if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y) == 0;
        } else if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) {
                if (!isEqual(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        } else if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !isEqual(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        } else if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.equals(x, y);
        }
        return a.equals(b);
    }

    /** Whether the ordering operators apply: numbers and strings (as jmespath.py allows). */
    static boolean isOrderable(Object value) {
        return value instanceof Number || value instanceof String;
    }

    /** Orders two numbers or two strings; strings by code point, as Python does. */
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y);
        }
        return compareStrings((String) a, (String) b);
    }

    static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    static int compareNumbers(Number a, Number b) {
        if (isIntegral(a) && isIntegral(b) && !(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (!isFinite(a) || !isFinite(b)) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return toBigDecimal(a).compareTo(toBigDecimal(b));
    }

    static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger;
    }

    private static boolean isFinite(Number n) {
        return !(n instanceof Double || n instanceof Float) || Double.isFinite(n.doubleValue());
    }

    static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        } else if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        } else if (isIntegral(n)) {
            return BigDecimal.valueOf(n.longValue());
        }
        return new BigDecimal(n.doubleValue());
    }

    /** A deep copy that cannot be modified: literals are shared by every evaluation. */
    static Object immutableCopy(Object value) {
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(immutableCopy(element));
            }
            return Collections.unmodifiableList(copy);
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                copy.put(String.valueOf(e.getKey()), immutableCopy(e.getValue()));
            }
            return Collections.unmodifiableMap(copy);
        }
        return value;
    }
}
