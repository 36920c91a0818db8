package io.boto4j.core.internal.endpoints.jmespath;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The expression tree of the supported JMESPath subset. */
sealed interface Node {
    Object search(Object value);

    /** {@code @}: the current value (also the right-hand side of a bare projection). */
    record Current() implements Node {
        @Override
        public Object search(Object value) {
            return value;
        }
    }

    /** A field of an object; null on anything that is not an object. */
    record Field(String name) implements Node {
        @Override
        public Object search(Object value) {
            return value instanceof Map<?, ?> m ? m.get(name) : null;
        }
    }

    /** {@code left.right}. */
    record Sub(Node left, Node right) implements Node {
        @Override
        public Object search(Object value) {
            Object l = left.search(value);
            return l == null ? null : right.search(l);
        }
    }

    /** {@code left[*]rest} (and the projection that follows {@code []}). */
    record Projection(Node left, Node right) implements Node {
        @Override
        public Object search(Object value) {
            if (!(left.search(value) instanceof List<?> list)) {
                return null;
            }
            List<Object> out = new ArrayList<>(list.size());
            for (Object element : list) {
                Object r = right.search(element);
                if (r != null) {
                    out.add(r);
                }
            }
            return Collections.unmodifiableList(out);
        }
    }

    /** {@code left[]}: merges nested lists one level deep. */
    record Flatten(Node left) implements Node {
        @Override
        public Object search(Object value) {
            if (!(left.search(value) instanceof List<?> list)) {
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

    /** {@code [a, b]}: one result per expression, nulls kept. */
    record MultiSelectList(List<Node> elements) implements Node {
        @Override
        public Object search(Object value) {
            if (value == null) {
                return null;
            }
            List<Object> out = new ArrayList<>(elements.size());
            for (Node e : elements) {
                out.add(e.search(value));
            }
            return Collections.unmodifiableList(out);
        }
    }

    /** {@code keys(expr)}: the keys of an object. */
    record Keys(Node argument) implements Node {
        @Override
        public Object search(Object value) {
            Object v = argument.search(value);
            if (!(v instanceof Map<?, ?> m)) {
                throw new JmesPathException("keys(): expected an object, got "
                        + (v == null ? "null" : v.getClass().getSimpleName()));
            }
            List<Object> keys = new ArrayList<>(m.size());
            for (Object k : m.keySet()) {
                keys.add(String.valueOf(k));
            }
            return Collections.unmodifiableList(keys);
        }
    }
}
