package io.boto4j.core.paginate;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * botocore's Paginator, transport-neutral: pages come from a function that performs one call
 * of the operation (input map to output map), so the Vert.x and blocking layers share it.
 */
public final class Paginator {
    private final PaginatorDefinition definition;
    private final Function<Map<String, Object>, CompletionStage<Map<String, Object>>> fetchPage;
    private final boolean limitKeyIsString;

    /**
     * A paginator over {@code fetchPage}.
     *
     * @param definition the operation's entry of {@code paginators-1.json}
     * @param fetchPage one call of the operation; it receives a fresh map each time. Its stage may
     *     complete on any thread; the pages' stages complete on that thread.
     * @param limitKeyIsString whether the model types the limit key as a string (as Route 53's
     *     MaxItems), in which case the page size is sent as a string, as botocore does
     */
    public Paginator(PaginatorDefinition definition,
            Function<Map<String, Object>, CompletionStage<Map<String, Object>>> fetchPage, boolean limitKeyIsString) {
        this.definition = definition;
        this.fetchPage = fetchPage;
        this.limitKeyIsString = limitKeyIsString;
    }

    /**
     * A paginator whose limit key, if any, takes a number.
     *
     * @param definition the operation's entry of {@code paginators-1.json}
     * @param fetchPage one call of the operation; it receives a fresh map each time
     */
    public Paginator(PaginatorDefinition definition,
            Function<Map<String, Object>, CompletionStage<Map<String, Object>>> fetchPage) {
        this(definition, fetchPage, false);
    }

    /** {@return the operation's paginator definition} */
    public PaginatorDefinition definition() {
        return definition;
    }

    /**
     * Starts a pagination (no call is made until the first {@link PageIterator#nextPage()}).
     *
     * @param input the operation's input; copied, so later changes to it do not count
     * @param config MaxItems, PageSize and StartingToken, each optional
     * @return a new iterator over the pages, to be used by one caller at a time
     * @throws PaginationException if a page size is asked of an operation without a limit key,
     *     or the starting token cannot be read
     */
    public PageIterator paginate(Map<String, Object> input, PaginationConfig config) {
        Object pageSize = null;
        if (config.pageSize() != null) {
            if (definition.limitKey() == null) {
                throw new PaginationException(
                        "PageSize parameter is not supported for the pagination interface for this operation.");
            }
            pageSize = limitKeyIsString ? (Object) String.valueOf(config.pageSize()) : config.pageSize();
        }
        return new PageIterator(definition, fetchPage, input, config, pageSize);
    }

    /**
     * Starts a pagination of every page from the start ({@link PaginationConfig#NONE}).
     *
     * @param input the operation's input; copied
     * @return a new iterator over the pages
     */
    public PageIterator paginate(Map<String, Object> input) {
        return paginate(input, PaginationConfig.NONE);
    }
}
