package io.boto4j.core.paginate;

import io.boto4j.core.SdkClientException;

/**
 * Pagination cannot go on: the service repeated a token, a starting token is malformed, or
 * the paginator does not support a requested option.
 */
public class PaginationException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * Reports why pagination cannot go on.
     *
     * @param message what stopped the pagination, in botocore's words where it has them
     */
    public PaginationException(String message) {
        super(message);
    }
}
