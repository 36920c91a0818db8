/**
 * The small part of JMESPath that {@code operationContextParams} paths use, over plain Java
 * values (maps, lists, scalars): identifiers (bare or double-quoted), sub-expressions
 * {@code a.b}, list projections {@code a[*].b}, flattening {@code a[]}, multi-select lists
 * {@code [a, b]} and the {@code keys(expr)} function, with JMESPath's projection rules (the
 * right-hand side applies to each element; null results are dropped; {@code []} ends an
 * enclosing projection). Anything else (indexes, slices, filters, object wildcards, other
 * functions, literals, comparisons, pipes) is rejected with a {@link JmesPathException} naming
 * the position. Not exported.
 */
package io.boto4j.core.internal.endpoints.jmespath;
