package io.boto4j.core.internal.endpoints.rules;

/**
 * A compiled expression. Evaluation reads parameters and assigned variables from the scope
 * array (slots fixed at compile time) and never writes to it.
 */
@FunctionalInterface
interface Expr {
    Object eval(Object[] scope);
}
