package io.boto4j.core.internal.endpoints.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The expression node kinds; small records, each evaluating itself. */
final class Exprs {
    private Exprs() {
    }

    /** A literal value (string without references, boolean, integer). */
    record Constant(Object value) implements Expr {
        @Override
        public Object eval(Object[] scope) {
            return value;
        }
    }

    /** A parameter or an assigned variable. */
    record Ref(String name, int slot) implements Expr {
        @Override
        public Object eval(Object[] scope) {
            return scope[slot];
        }
    }

    /** A one-argument function. */
    record Call1(Expr arg, Function<Object, Object> fn) implements Expr {
        @Override
        public Object eval(Object[] scope) {
            return fn.apply(arg.eval(scope));
        }
    }

    /** A two-argument function. */
    record Call2(Expr first, Expr second, BiFunction<Object, Object, Object> fn) implements Expr {
        @Override
        public Object eval(Object[] scope) {
            return fn.apply(first.eval(scope), second.eval(scope));
        }
    }

    /** A function of any arity, arguments evaluated eagerly in order. */
    record CallN(Expr[] args, Function<Object[], Object> fn) implements Expr {
        @Override
        public Object eval(Object[] scope) {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].eval(scope);
            }
            return fn.apply(values);
        }
    }

    /** {@code coalesce}: the first argument that has a value; later ones are not evaluated. */
    record Coalesce(Expr[] args) implements Expr {
        @Override
        public Object eval(Object[] scope) {
            for (Expr arg : args) {
                Object v = arg.eval(scope);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }

    /** {@code ite}: if-then-else on a boolean; only the chosen branch is evaluated. */
    record Ite(Expr condition, Expr then, Expr otherwise) implements Expr {
        @Override
        public Object eval(Object[] scope) {
            Object c = condition.eval(scope);
            if (!(c instanceof Boolean b)) {
                throw Values.typeError("ite", "the condition must be a boolean", c);
            }
            return b ? then.eval(scope) : otherwise.eval(scope);
        }
    }

    /** A map literal in endpoint properties; values may hold templates. */
    record MapLiteral(String[] keys, Expr[] values) implements Expr {
        @Override
        public Object eval(Object[] scope) {
            Map<String, Object> map = new LinkedHashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                map.put(keys[i], values[i].eval(scope));
            }
            return Collections.unmodifiableMap(map);
        }
    }

    /** A list literal (in properties, or an argument). */
    record ListLiteral(Expr[] elements) implements Expr {
        @Override
        public Object eval(Object[] scope) {
            List<Object> list = new ArrayList<>(elements.length);
            for (Expr e : elements) {
                list.add(e.eval(scope));
            }
            return Collections.unmodifiableList(list);
        }
    }
}
