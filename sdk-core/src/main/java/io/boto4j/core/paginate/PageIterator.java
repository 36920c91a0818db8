package io.boto4j.core.paginate;

import io.boto4j.core.jmespath.Expression;
import io.boto4j.core.jmespath.JmesPath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The pages of one pagination, pulled one at a time, with botocore's PageIterator semantics:
 * MaxItems truncates the page where the count is reached and yields a resume token (base64
 * JSON of the next input tokens and {@code boto_truncate_amount}); a StartingToken resumes,
 * skipping the items already seen in its first page; {@code more_results} and empty tokens
 * end the pagination; a token received twice in a row is an error.
 *
 * <p>Not thread-safe: call {@link #nextPage()} again only after its stage has completed. A
 * failed page ends the pagination. Pages are copies; the fetched maps are not modified.
 */
public final class PageIterator {
    private final PaginatorDefinition definition;
    private final Function<Map<String, Object>, CompletionStage<Map<String, Object>>> fetchPage;
    private final Integer maxItems;
    private final boolean resuming;
    private final int startingSkip;
    private final Map<String, Object> request;

    private Map<String, Object> nextToken;
    private Map<String, Object> previousNextToken;
    private int totalItems;
    private boolean firstPage = true;
    private boolean finished;
    private boolean inFlight;
    /** botocore raises a repeated token when asked for the page after; so do we. */
    private PaginationException pendingError;
    private String resumeToken;
    private Map<String, Object> nonAggregatePart = Map.of();

    PageIterator(PaginatorDefinition definition,
            Function<Map<String, Object>, CompletionStage<Map<String, Object>>> fetchPage, Map<String, Object> input,
            PaginationConfig config, Object pageSize) {
        this.definition = definition;
        this.fetchPage = fetchPage;
        this.maxItems = config.maxItems();
        this.request = new LinkedHashMap<>(input);
        this.nextToken = new LinkedHashMap<>();
        for (String name : definition.inputTokens()) {
            nextToken.put(name, null);
        }
        this.resuming = config.startingToken() != null;
        if (resuming) {
            ResumeTokens.Decoded decoded = ResumeTokens.decode(config.startingToken(), definition.inputTokens());
            nextToken = new LinkedHashMap<>(decoded.tokens());
            startingSkip = decoded.skip();
            injectTokens(nextToken);
        } else {
            startingSkip = 0;
        }
        if (pageSize != null) {
            request.put(definition.limitKey(), pageSize);
        }
    }

    /**
     * Fetches the next page. The stage completes on the thread the page's call completes on.
     *
     * @return a stage with the page (a copy of the output; a truncated page lacks the items past
     *         MaxItems), or empty when the pagination is over; failed with the call's failure or a
     *         {@link PaginationException} (a repeated token), after which the pagination is over
     * @throws IllegalStateException when the previous page's stage has not completed
     */
    public CompletionStage<Optional<Map<String, Object>>> nextPage() {
        if (inFlight) {
            throw new IllegalStateException("nextPage() called before the previous page completed");
        }
        if (pendingError != null) {
            finished = true;
            PaginationException e = pendingError;
            pendingError = null;
            return CompletableFuture.failedFuture(e);
        }
        if (finished) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        inFlight = true;
        CompletionStage<Map<String, Object>> call;
        try {
            call = fetchPage.apply(new LinkedHashMap<>(request));
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        return call.handle((response, failure) -> {
            inFlight = false;
            if (failure != null) {
                finished = true;
                throw failure instanceof RuntimeException r ? r : new java.util.concurrent.CompletionException(failure);
            }
            try {
                return Optional.of(onPage(response));
            } catch (RuntimeException e) {
                finished = true;
                throw e;
            }
        });
    }

    /**
     * The token to resume from after a pagination that MaxItems cut short; null while there is
     * none (including when every page was read).
     *
     * @return a token for {@link PaginationConfig#withStartingToken}, or null
     */
    public String resumeToken() {
        return resumeToken;
    }

    /** {@return the non-aggregate keys, taken from the first page (as botocore does); empty before it} */
    public Map<String, Object> nonAggregatePart() {
        return nonAggregatePart;
    }

    /**
     * botocore's build_full_result: reads the remaining pages and joins them: list result keys
     * concatenated, number and string result keys summed or concatenated, the non-aggregate
     * keys of the first page, and {@code NextToken} with the resume token when truncated.
     *
     * @return a stage with the joined result (a new mutable map), failed with the first page's failure
     */
    public CompletionStage<Map<String, Object>> buildFullResult() {
        Map<String, Object> result = new LinkedHashMap<>();
        return PageLoop.forEachPage(this, page -> {
            for (Expression key : definition.resultKeys()) {
                addToResult(result, key, key.search(page));
            }
        }).thenApply(done -> {
            DottedPaths.merge(result, nonAggregatePart);
            if (resumeToken != null) {
                result.put("NextToken", resumeToken);
            }
            return result;
        });
    }

    @SuppressWarnings("unchecked")
    private static void addToResult(Map<String, Object> result, Expression key, Object value) {
        if (value == null) {
            return;
        }
        Object existing = key.search(result);
        if (existing == null) {
            DottedPaths.set(result, key.text(), value instanceof List<?> l ? new ArrayList<>(l) : value);
        } else if (value instanceof List<?> more && existing instanceof List<?> list) {
            ((List<Object>) list).addAll(more);
        } else if (value instanceof Number n && existing instanceof Number e) {
            DottedPaths.set(result, key.text(), add(e, n));
        } else if (value instanceof String s && existing instanceof String e) {
            DottedPaths.set(result, key.text(), e + s);
        }
    }

    /** Python's int + int (exact) and int + float (floating point) for counts such as DynamoDB's. */
    private static Number add(Number a, Number b) {
        if (isFloating(a) || isFloating(b)) {
            return a.doubleValue() + b.doubleValue();
        }
        if (a instanceof BigDecimal || b instanceof BigDecimal || a instanceof BigInteger || b instanceof BigInteger) {
            return new BigDecimal(a.toString()).add(new BigDecimal(b.toString()));
        }
        return a.longValue() + b.longValue();
    }

    private static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    /**
     * botocore's search(): the expression over each page, a list result contributing its
     * elements and anything else (null included) itself. Shares this iterator's pages.
     *
     * @param expression a JMESPath expression, e.g. {@code Contents[].Key}
     * @return a new iterator over the values
     * @throws io.boto4j.core.JmesPathException when the expression is invalid
     */
    public SearchIterator search(String expression) {
        return new SearchIterator(this, JmesPath.compile(expression));
    }

    private Map<String, Object> onPage(Map<String, Object> response) {
        Map<String, Object> page = new LinkedHashMap<>(response);
        Expression primary = definition.resultKeys().isEmpty() ? null : definition.resultKeys().get(0);
        int skipped = 0;
        if (firstPage) {
            if (resuming && primary != null) {
                skipped = skipAlreadySeen(page, primary);
            }
            firstPage = false;
            recordNonAggregateKeys(page);
        }
        int count = primary == null ? 0 : size(primary.search(page));
        int excess = maxItems == null ? 0 : totalItems + count - maxItems;
        if (excess > 0) {
            truncate(page, primary, count - excess, skipped);
            finished = true;
            return page;
        }
        totalItems += count;
        nextToken = nextTokens(page);
        if (nextToken.values().stream().allMatch(Objects::isNull)) {
            finished = true;
        } else if (maxItems != null && totalItems == maxItems) {
            setResumeToken(nextToken);
            finished = true;
        } else if (previousNextToken != null && previousNextToken.equals(nextToken)) {
            pendingError = new PaginationException("The same next token was received twice: " + nextToken);
        } else {
            injectTokens(nextToken);
            previousNextToken = nextToken;
        }
        return page;
    }

    /** Resuming: drops the items of the first page that the truncated pagination already gave. */
    private int skipAlreadySeen(Map<String, Object> page, Expression primary) {
        Object all = primary.search(page);
        Object rest = null;
        if (all instanceof List<?> list) {
            rest = new ArrayList<>(list.subList(Math.min(startingSkip, list.size()), list.size()));
        } else if (all instanceof String s) {
            rest = s.substring(Math.min(s.offsetByCodePoints(0, Math.min(startingSkip, s.codePointCount(0, s.length()))),
                    s.length()));
        }
        DottedPaths.set(page, primary.text(), rest);
        // The secondary keys were given with the truncated page: start them again, except counts.
        for (Expression key : definition.resultKeys()) {
            if (key.equals(primary)) {
                continue;
            }
            Object sample = key.search(page);
            Object emptied = sample instanceof List ? new ArrayList<>() : sample instanceof String ? ""
                    : sample instanceof Number || sample instanceof Boolean ? sample : null;
            DottedPaths.set(page, key.text(), emptied);
        }
        return startingSkip;
    }

    private void truncate(Map<String, Object> page, Expression primary, int keep, int skipped) {
        Object original = primary.search(page);
        Object kept = original instanceof String s ? s.substring(0, s.offsetByCodePoints(0, keep))
                : new ArrayList<>(original instanceof List<?> l ? l.subList(0, keep) : List.of());
        DottedPaths.set(page, primary.text(), kept);
        Map<String, Object> token = new LinkedHashMap<>(nextToken);
        token.put(ResumeTokens.TRUNCATE_AMOUNT, keep + skipped);
        setResumeToken(token);
    }

    private void setResumeToken(Map<String, Object> token) {
        TreeSet<String> expected = new TreeSet<>(definition.inputTokens());
        if (token.containsKey(ResumeTokens.TRUNCATE_AMOUNT)) {
            expected.add(ResumeTokens.TRUNCATE_AMOUNT);
        }
        if (!expected.equals(new TreeSet<>(token.keySet()))) {
            throw new PaginationException("Bad starting token: " + token);
        }
        resumeToken = ResumeTokens.encode(token);
    }

    private void recordNonAggregateKeys(Map<String, Object> page) {
        Map<String, Object> part = new LinkedHashMap<>();
        for (Expression key : definition.nonAggregateKeys()) {
            DottedPaths.set(part, key.text(), key.search(page));
        }
        nonAggregatePart = part;
    }

    private Map<String, Object> nextTokens(Map<String, Object> page) {
        Map<String, Object> tokens = new LinkedHashMap<>();
        if (definition.moreResults() != null && !isPythonTrue(definition.moreResults().search(page))) {
            return tokens;
        }
        for (int i = 0; i < definition.inputTokens().size(); i++) {
            Object value = definition.outputTokens().get(i).search(page);
            tokens.put(definition.inputTokens().get(i), isPythonTrue(value) ? value : null);
        }
        return tokens;
    }

    private void injectTokens(Map<String, Object> tokens) {
        for (Map.Entry<String, Object> e : tokens.entrySet()) {
            if (e.getValue() != null && !"None".equals(e.getValue())) {
                request.put(e.getKey(), e.getValue());
            } else {
                request.remove(e.getKey());
            }
        }
    }

    /** Python truthiness, which botocore applies to tokens and more_results (0 and "" are false). */
    private static boolean isPythonTrue(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        } else if (value instanceof String s) {
            return !s.isEmpty();
        } else if (value instanceof List<?> l) {
            return !l.isEmpty();
        } else if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        } else if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return true;
    }

    private static int size(Object value) {
        if (value instanceof List<?> l) {
            return l.size();
        } else if (value instanceof String s) {
            return s.codePointCount(0, s.length());
        } else if (value instanceof Map<?, ?> m) {
            return m.size();
        }
        return 0;
    }
}
