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
     * Returns a copy that stops after a number of items (botocore's {@code MaxItems}), the other parts kept.
     *
     * @param max the items of the primary result key to return at most, or null for no limit
     * @return a new configuration; this one is unchanged
     */
    public PaginationConfig withMaxItems(Integer max) {
        return new PaginationConfig(max, pageSize, startingToken);
    }

    /**
     * Returns a copy that asks the service for pages of a given size (botocore's {@code PageSize}),
     * the other parts kept.
     *
     * @param size the page size, sent as the paginator's limit key, or null for the service's default
     * @return a new configuration; this one is unchanged
     */
    public PaginationConfig withPageSize(Integer size) {
        return new PaginationConfig(maxItems, size, startingToken);
    }

    /**
     * Returns a copy that resumes an earlier pagination (botocore's {@code StartingToken}), the
     * other parts kept.
     *
     * @param token a resume token from {@link PageIterator#resumeToken()}, or null to start from the beginning
     * @return a new configuration; this one is unchanged
     */
    public PaginationConfig withStartingToken(String token) {
        return new PaginationConfig(maxItems, pageSize, token);
    }
}
