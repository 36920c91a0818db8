package io.boto4j.core.paginate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A service's {@code paginators-1.json}: the paginator definition of each operation. */
public final class PaginatorModel {
    private final Map<String, PaginatorDefinition> byOperation;

    private PaginatorModel(Map<String, PaginatorDefinition> byOperation) {
        this.byOperation = Collections.unmodifiableMap(byOperation);
    }

    /**
     * Parses the whole document ({@code {"pagination": {"Operation": {...}}}}).
     *
     * @param document the parsed {@code paginators-1.json}
     * @return the model; empty when the document has no {@code pagination} object
     * @throws IllegalArgumentException naming the operation when an entry's tokens do not pair up
     * @throws io.boto4j.core.JmesPathException when an entry's expression is invalid
     */
    public static PaginatorModel fromJson(JsonNode document) {
        Map<String, PaginatorDefinition> byOperation = new LinkedHashMap<>();
        JsonNode pagination = document.path("pagination");
        pagination.fieldNames().forEachRemaining(op -> byOperation.put(op, definition(op, pagination.get(op))));
        return new PaginatorModel(byOperation);
    }

    private static PaginatorDefinition definition(String operation, JsonNode entry) {
        try {
            return PaginatorDefinition.fromJson(entry);
        } catch (IllegalArgumentException e) {
            // The definition does not know whose it is; a broken paginators file must say which entry.
            throw new IllegalArgumentException("paginator of " + operation + ": " + e.getMessage(), e);
        }
    }

    /** {@return the names of the operations that have a paginator, in document order; unmodifiable} */
    public Set<String> operations() {
        return byOperation.keySet();
    }

    /**
     * Looks up an operation's paginator, which it may not have; see {@link #definition(String)} for one that must.
     *
     * @param operation the operation's name in the model, e.g. {@code ListObjectsV2}
     * @return its paginator definition, or empty when it has none
     */
    public Optional<PaginatorDefinition> find(String operation) {
        return Optional.ofNullable(byOperation.get(operation));
    }

    /**
     * The paginator of an operation that must have one.
     *
     * @param operation the operation's name in the model, e.g. {@code ListObjectsV2}
     * @return its definition
     * @throws IllegalArgumentException naming the operation when it has no paginator (as botocore's ValueError)
     */
    public PaginatorDefinition definition(String operation) {
        PaginatorDefinition d = byOperation.get(operation);
        if (d == null) {
            throw new IllegalArgumentException("Paginator for operation does not exist: " + operation);
        }
        return d;
    }
}
