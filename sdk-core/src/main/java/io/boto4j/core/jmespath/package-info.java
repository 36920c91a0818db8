/**
 * JMESPath (https://jmespath.org) over plain Java values, as botocore uses it for paginators,
 * waiters and endpoint context parameters: the full specification (identifiers, sub-expressions,
 * index and slice expressions, list/object/flatten/filter projections, pipes, multi-select
 * lists and hashes, literals, raw strings, {@code @}, comparisons and boolean operators,
 * expression references and every built-in function). Behaviour is checked differentially
 * against jmespath.py, botocore's implementation.
 */
package io.boto4j.core.jmespath;
