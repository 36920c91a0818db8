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

    /** Parses the whole document ({@code {"pagination": {"Operation": {...}}}}). */
    public static PaginatorModel fromJson(JsonNode document) {
        Map<String, PaginatorDefinition> byOperation = new LinkedHashMap<>();
        JsonNode pagination = document.path("pagination");
        pagination.fieldNames().forEachRemaining(op -> byOperation.put(op, PaginatorDefinition.fromJson(pagination.get(op))));
        return new PaginatorModel(byOperation);
    }

    public Set<String> operations() {
        return byOperation.keySet();
    }

    public Optional<PaginatorDefinition> find(String operation) {
        return Optional.ofNullable(byOperation.get(operation));
    }

    /** The definition, or an IllegalArgumentException naming the operation (as botocore's ValueError). */
    public PaginatorDefinition definition(String operation) {
        PaginatorDefinition d = byOperation.get(operation);
        if (d == null) {
            throw new IllegalArgumentException("Paginator for operation does not exist: " + operation);
        }
        return d;
    }
}
