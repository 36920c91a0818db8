package io.boto4j.sync;

import io.boto4j.core.paginate.PageIterator;
import io.boto4j.sync.internal.Blocking;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of a paginated operation, with botocore's paginator semantics. Each
 * {@link #iterator()} starts a fresh pagination and calls the service as pages are asked for,
 * one page ahead of nothing: a page is fetched by {@code hasNext()} when it is needed.
 */
public final class SyncPages implements Iterable<Map<String, Object>> {
    private final Supplier<PageIterator> start;
    private final String operation;

    SyncPages(Supplier<PageIterator> start, String operation) {
        this.start = start;
        this.operation = operation;
    }

    private PageIterator start() {
        return start.get();
    }

    @Override
    public Iterator<Map<String, Object>> iterator() {
        PageIterator pages = start();
        return new Iterator<>() {
            private Optional<Map<String, Object>> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = Blocking.await(() -> pages.nextPage().toCompletableFuture());
                }
                return next.isPresent();
            }

            @Override
            public Map<String, Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more pages");
                }
                Map<String, Object> page = next.get();
                next = null;
                return page;
            }
        };
    }

    /**
     * The pages as a sequential stream; calls are made as the stream is consumed, on the
     * consuming thread, so a short-circuiting operation ({@code findFirst}, {@code limit}) stops
     * fetching.
     *
     * @return a new stream, starting from the first page
     * @throws io.boto4j.core.SdkClientException (or its {@code ServiceException}) when a page's call
     *                                           fails, thrown by the stream operation that needed it
     */
    public Stream<Map<String, Object>> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /**
     * Every page joined as botocore's {@code build_full_result} joins them: result lists
     * concatenated, the first page's other keys, and {@code NextToken} when MaxItems cut it short.
     * Fetches every page first, on this thread.
     *
     * @return the joined result as plain values
     * @throws io.boto4j.core.SdkClientException (or its {@code ServiceException}) when a page's call fails
     */
    public Map<String, Object> fullResult() {
        return Blocking.await(() -> start().buildFullResult().toCompletableFuture());
    }

    /**
     * A JMESPath expression applied to every page, the results flattened (botocore's {@code search}).
     * Fetches every page first, on this thread.
     *
     * @param expression a JMESPath expression, e.g. {@code Contents[].Key}
     * @return the results in page order: a list result's elements, any other result (null
     *         included) as one element
     * @throws io.boto4j.core.SdkClientException (or its {@code ServiceException}) when a page's call
     *                                           fails or the expression does not parse
     */
    public List<Object> search(String expression) {
        return Blocking.await(() -> start().search(expression).collectAll().toCompletableFuture());
    }

    @Override
    public String toString() {
        return "SyncPages[" + operation + "]";
    }
}
