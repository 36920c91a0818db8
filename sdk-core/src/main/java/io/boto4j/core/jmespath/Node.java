package io.boto4j.core.jmespath;

import io.boto4j.core.JmesPathException;
import io.boto4j.core.JmesPathException.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expression tree. Evaluation follows jmespath.py (the reference botocore uses): a
 * sub-expression evaluates its right side even on null, projections drop null results, and
 * ordering comparisons of anything but two numbers or two strings give null.
 */
sealed interface Node {
    Object evaluate(Object current);

    /** {@code @}, and the implicit right side of a projection with nothing after it. */
    record Current() implements Node {
        @Override
        public Object evaluate(Object current) {
            return current;
        }
    }

    record Field(String name) implements Node {
        @Override
        public Object evaluate(Object current) {
            return current instanceof Map<?, ?> map ? map.get(name) : null;
        }
    }

    record Literal(Object value) implements Node {
        @Override
        public Object evaluate(Object current) {
            return value;
        }
    }

    /** {@code left.right} and {@code left | right} (the pipe only differs in how it parses). */
    record Chain(Node left, Node right) implements Node {
        @Override
        public Object evaluate(Object current) {
            return right.evaluate(left.evaluate(current));
        }
    }

    /** {@code left[index]} or {@code left[slice]}: the bracket applied to the value of left. */
    record IndexExpression(Node left, Node right) implements Node {
        @Override
        public Object evaluate(Object current) {
            return right.evaluate(left.evaluate(current));
        }
    }

    record Index(int index) implements Node {
        @Override
        public Object evaluate(Object current) {
            if (!(current instanceof List<?> list)) {
                return null;
            }
            long i = index < 0 ? (long) list.size() + index : index;
            return i >= 0 && i < list.size() ? list.get((int) i) : null;
        }
    }

    /** {@code [start:stop:step]} with Python's slice semantics (negative values count from the end). */
    record Slice(Integer start, Integer stop, Integer step) implements Node {
        @Override
        public Object evaluate(Object current) {
            if (!(current instanceof List<?> list)) {
                return null;
            }
            int by = step == null ? 1 : step;
            if (by == 0) {
                throw new JmesPathException(Kind.INVALID_VALUE, "Invalid JMESPath slice: step cannot be 0");
            }
            int size = list.size();
            long from = bound(start, by > 0 ? 0 : size - 1L, size, by);
            long to = bound(stop, by > 0 ? size : -1L, size, by);
            List<Object> out = new ArrayList<>();
            for (long i = from; by > 0 ? i < to : i > to; i += by) {
                out.add(list.get((int) i));
            }
            return out;
        }

        private static long bound(Integer given, long dflt, int size, int step) {
            if (given == null) {
                return dflt;
            }
            long v = given;
            if (v < 0) {
                v += size;
                if (v < 0) {
                    return step > 0 ? 0 : -1;
                }
                return v;
            }
            return v >= size ? (step > 0 ? size : size - 1L) : v;
        }
    }

    /** {@code left[*]right}, {@code left[]right} (after a flatten) and slices: right applied per element. */
    record ListProjection(Node left, Node right) implements Node {
        @Override
        public Object evaluate(Object current) {
            if (!(left.evaluate(current) instanceof List<?> list)) {
                return null;
            }
            return project(list, right);
        }
    }

    /** {@code left.*right}: right applied to each value of an object. */
    record ValueProjection(Node left, Node right) implements Node {
        @Override
        public Object evaluate(Object current) {
            if (!(left.evaluate(current) instanceof Map<?, ?> map)) {
                return null;
            }
            return project(map.values(), right);
        }
    }

    /** {@code left[?condition]right}. */
    record FilterProjection(Node left, Node condition, Node right) implements Node {
        @Override
        public Object evaluate(Object current) {
            if (!(left.evaluate(current) instanceof List<?> list)) {
                return null;
            }
            List<Object> out = new ArrayList<>();
            for (Object element : list) {
                if (Values.isTruthy(condition.evaluate(element))) {
                    Object r = right.evaluate(element);
                    if (r != null) {
                        out.add(r);
                    }
                }
            }
            return out;
        }
    }

    private static List<Object> project(Iterable<?> elements, Node right) {
        List<Object> out = new ArrayList<>();
        for (Object element : elements) {
            Object r = right.evaluate(element);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** {@code left[]}: merges nested lists one level deep. */
    record Flatten(Node child) implements Node {
        @Override
        public Object evaluate(Object current) {
            if (!(child.evaluate(current) instanceof List<?> list)) {
                return null;
            }
            List<Object> out = new ArrayList<>();
            for (Object element : list) {
                if (element instanceof List<?> inner) {
                    out.addAll(inner);
                } else {
                    out.add(element);
                }
            }
            return out;
        }
    }

    enum Operator { EQ, NE, LT, LTE, GT, GTE }

    record Comparison(Operator operator, Node left, Node right) implements Node {
        @Override
        public Object evaluate(Object current) {
            Object l = left.evaluate(current);
            Object r = right.evaluate(current);
            switch (operator) {
                case EQ:
                    return Values.isEqual(l, r);
                case NE:
                    return !Values.isEqual(l, r);
                default:
                    break;
            }
            if (!Values.isOrderable(l) || !Values.isOrderable(r) || l instanceof String != r instanceof String) {
                return null;
            }
            int c = Values.compare(l, r);
            return switch (operator) {
                case LT -> c < 0;
                case LTE -> c <= 0;
                case GT -> c > 0;
                default -> c >= 0;
            };
        }
    }

    record Or(Node left, Node right) implements Node {
        @Override
        public Object evaluate(Object current) {
            Object l = left.evaluate(current);
            return Values.isTruthy(l) ? l : right.evaluate(current);
        }
    }

    record And(Node left, Node right) implements Node {
        @Override
        public Object evaluate(Object current) {
            Object l = left.evaluate(current);
            return Values.isTruthy(l) ? right.evaluate(current) : l;
        }
    }

    record Not(Node child) implements Node {
        @Override
        public Object evaluate(Object current) {
            return !Values.isTruthy(child.evaluate(current));
        }
    }

    record MultiSelectList(List<Node> elements) implements Node {
        @Override
        public Object evaluate(Object current) {
            if (current == null) {
                return null;
            }
            List<Object> out = new ArrayList<>(elements.size());
            for (Node e : elements) {
                out.add(e.evaluate(current));
            }
            return out;
        }
    }

    /** {@code {key: expr, ...}}, keys in the written order. */
    record MultiSelectHash(List<String> keys, List<Node> values) implements Node {
        @Override
        public Object evaluate(Object current) {
            if (current == null) {
                return null;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                out.put(keys.get(i), values.get(i).evaluate(current));
            }
            return out;
        }
    }

    /** {@code &expr}: evaluates to the expression itself, for functions such as sort_by. */
    record ExpressionReference(Node expression) implements Node {
        @Override
        public Object evaluate(Object current) {
            return this;
        }
    }

    record FunctionCall(Functions.BuiltIn function, List<Node> arguments) implements Node {
        @Override
        public Object evaluate(Object current) {
            List<Object> values = new ArrayList<>(arguments.size());
            for (Node a : arguments) {
                values.add(a.evaluate(current));
            }
            return function.call(values);
        }
    }
}
