package io.boto4j.core.internal.endpoints.rules;

/**
 * A rule condition: holds when its function gives a value other than null and false; the
 * value is then stored in {@code assignSlot} when the condition names an {@code assign}.
 */
record Condition(Expr fn, int assignSlot) {
    static final int NO_ASSIGN = -1;

    boolean test(Object[] scope) {
        Object value = fn.eval(scope);
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (assignSlot != NO_ASSIGN) {
            scope[assignSlot] = value;
        }
        return true;
    }

    static boolean all(Condition[] conditions, Object[] scope) {
        for (Condition c : conditions) {
            if (!c.test(scope)) {
                return false;
            }
        }
        return true;
    }
}
