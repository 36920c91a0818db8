/**
 * JMESPath (https://jmespath.org) over plain Java values, as botocore uses it for paginators,
 * waiters and endpoint context parameters: the full specification (identifiers, sub-expressions,
 * index and slice expressions, list/object/flatten/filter projections, pipes, multi-select
 * lists and hashes, literals, raw strings, {@code @}, comparisons and boolean operators,
 * expression references and every built-in function).
 *
 * <p>{@link io.boto4j.core.jmespath.JmesPath#compile} gives an immutable, cached
 * {@link io.boto4j.core.jmespath.Expression}; errors are {@link io.boto4j.core.JmesPathException}s
 * whose kind names the compliance-suite category. Values: Map (objects, key order kept), List,
 * String, any Number (compared by value), Boolean, null; anything else ({@code Instant},
 * {@code byte[]}) is an opaque scalar, equal by {@code equals} (arrays by content), truthy,
 * never ordered, of no JMESPath type.
 *
 * <p>Behaviour is checked differentially against jmespath.py, botocore's implementation, and
 * follows it (precedence, projections, ordering of strings, Python's int/float results,
 * {@code to_string} text). Where jmespath.py departs from the specification, this package
 * follows the specification: unknown functions and wrong argument counts fail at compile time
 * (jmespath.py fails when the call is evaluated); every argument of a variadic function is
 * type-checked (jmespath.py checks only the first); function arguments and multi-select hash
 * entries need their commas; {@code contains} of a non-string in a string is false and ordering
 * a number against a string is null (Python TypeErrors); {@code true} never equals {@code 1},
 * nested or not.
 *
 * <p><b>Tier: user API.</b> Exported to every module; applications name these types. Stable
 * within a major version. Paginators and waiters expose compiled expressions; the layers' {@code
 * search} takes their text.
 */
package io.boto4j.core.jmespath;
