package io.boto4j.core.paginate;

import io.boto4j.core.jmespath.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@link PageIterator#search}: a JMESPath expression applied to each page. Each page contributes
 * a batch: the elements of a list result, or the single result (possibly null) otherwise.
 */
public final class SearchIterator {
    private final PageIterator pages;
    private final Expression expression;

    SearchIterator(PageIterator pages, Expression expression) {
        this.pages = pages;
        this.expression = expression;
    }

    /**
     * The values of the next page. Call again only after the stage has completed.
     *
     * @return a stage with the page's values (a new mutable list, possibly holding null), or
     *         empty when there are no more pages; failed as {@link PageIterator#nextPage()} fails
     */
    public CompletionStage<Optional<List<Object>>> nextBatch() {
        return pages.nextPage().thenApply(page -> page.map(this::valuesOf));
    }

    /**
     * Reads every remaining page.
     *
     * @return a stage with every remaining value in order (a new mutable list), failed with
     *         the first page's failure
     */
    public CompletionStage<List<Object>> collectAll() {
        List<Object> all = new ArrayList<>();
        return PageLoop.forEachPage(pages, page -> all.addAll(valuesOf(page))).thenApply(done -> all);
    }

    private List<Object> valuesOf(Map<String, Object> page) {
        Object result = expression.search(page);
        List<Object> values = new ArrayList<>();
        if (result instanceof List<?> list) {
            values.addAll(list);
        } else {
            values.add(result);
        }
        return values;
    }
}
