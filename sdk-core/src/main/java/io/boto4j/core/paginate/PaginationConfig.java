package io.boto4j.core.paginate;

/**
 * botocore's {@code PaginationConfig}: each part optional (null).
 *
 * @param maxItems stop after this many items of the primary result key, truncating the last
 *     page and giving a resume token
 * @param pageSize the service page size, sent as the paginator's limit key
 * @param startingToken a resume token from an earlier truncated pagination (or a
 *     service token, as botocore accepts)
 */
public record PaginationConfig(Integer maxItems, Integer pageSize, String startingToken) {
    /** No limits: every page from the start. */
    public static final PaginationConfig NONE = new PaginationConfig(null, null, null);

    /**
     * @param max the new MaxItems, or null for no limit
     * @return a copy with it; this one is unchanged
     */
    public PaginationConfig withMaxItems(Integer max) {
        return new PaginationConfig(max, pageSize, startingToken);
    }

    /**
     * @param size the new PageSize, or null for the service's default
     * @return a copy with it; this one is unchanged
     */
    public PaginationConfig withPageSize(Integer size) {
        return new PaginationConfig(maxItems, size, startingToken);
    }

    /**
     * @param token a resume token from {@link PageIterator#resumeToken()}, or null to start from the beginning
     * @return a copy with it; this one is unchanged
     */
    public PaginationConfig withStartingToken(String token) {
        return new PaginationConfig(maxItems, pageSize, token);
    }
}
