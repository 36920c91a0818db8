package io.boto4j.async;

import io.boto4j.core.paginate.PageIterator;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.streams.ReadStream;

import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * The pages of a paginated operation as a Vert.x {@link ReadStream}: a page is fetched only when
 * the consumer's demand allows it, one request at a time, and delivered on the context that
 * started the pagination. Alternatively {@link #fullResult()} reads every page and joins them
 * as botocore's {@code build_full_result} does. Use one or the other.
 */
public final class PageStream implements ReadStream<Map<String, Object>> {
    private final PageIterator pages;
    private final Context context;

    // Only touched on the context.
    private Handler<Map<String, Object>> handler;
    private Handler<Void> endHandler;
    private Handler<Throwable> exceptionHandler;
    private long demand = Long.MAX_VALUE;
    private boolean fetching;
    private boolean done;
    /** A page that arrived after a pause, delivered on the next fetch. */
    private Map<String, Object> held;

    PageStream(PageIterator pages, Context context) {
        this.pages = pages;
        this.context = context;
    }

    /**
     * Every remaining page joined into one result, as botocore's {@code build_full_result} joins
     * them: result lists concatenated, the first page's other keys, and {@code NextToken} when
     * {@code MaxItems} cut it short. Fetches the pages one after the other.
     *
     * @return the joined result, on the context that started the pagination; fails as the
     *         page's call failed ({@link io.boto4j.core.ServiceException}, ...)
     */
    public Future<Map<String, Object>> fullResult() {
        return Future.fromCompletionStage(pages.buildFullResult(), context)
                .recover(t -> Future.failedFuture(unwrap(t)));
    }

    /**
     * The token to resume from when {@code MaxItems} cut the pagination short; pass it as the
     * {@code StartingToken} of a new pagination.
     *
     * @return the token once the pagination ended early, else null
     */
    public String resumeToken() {
        return pages.resumeToken();
    }

    @Override
    public PageStream exceptionHandler(Handler<Throwable> handler) {
        context.runOnContext(v -> exceptionHandler = handler);
        return this;
    }

    @Override
    public PageStream handler(Handler<Map<String, Object>> handler) {
        context.runOnContext(v -> {
            this.handler = handler;
            next();
        });
        return this;
    }

    /**
     * Stops delivery: on the stream's context (inside the page handler, as a pipe pauses when its
     * destination is full) at once, so no further page is fetched or delivered until a fetch or
     * resume; a page already on its way is held until then.
     */
    @Override
    public PageStream pause() {
        if (Vertx.currentContext() == context) {
            demand = 0;
        } else {
            context.runOnContext(v -> demand = 0);
        }
        return this;
    }

    @Override
    public PageStream resume() {
        return fetch(Long.MAX_VALUE);
    }

    @Override
    public PageStream fetch(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("fetch(" + amount + "): must not be negative");
        }
        context.runOnContext(v -> {
            demand = demand > Long.MAX_VALUE - amount ? Long.MAX_VALUE : demand + amount;
            next();
        });
        return this;
    }

    @Override
    public PageStream endHandler(Handler<Void> endHandler) {
        context.runOnContext(v -> this.endHandler = endHandler);
        return this;
    }

    /**
     * Delivers the held page when there is demand, then fetches the next one when there still is,
     * none is held and no request is in flight.
     */
    private void next() {
        if (handler == null) {
            return;
        }
        if (held != null && demand > 0) {
            Map<String, Object> page = held;
            held = null;
            if (demand != Long.MAX_VALUE) {
                demand--;
            }
            handler.handle(page);
        }
        if (done || fetching || held != null || handler == null || demand <= 0) {
            return;
        }
        fetching = true;
        Future.fromCompletionStage(pages.nextPage(), context).onComplete(ar -> {
            fetching = false;
            if (ar.failed()) {
                done = true;
                if (exceptionHandler != null) {
                    exceptionHandler.handle(unwrap(ar.cause()));
                }
            } else if (ar.result().isEmpty()) {
                done = true;
                if (endHandler != null) {
                    endHandler.handle(null);
                }
            } else {
                // Held first, delivered by next() only if the demand (which a pause inside the
                // previous page's handler may have taken away meanwhile) still allows it.
                held = ar.result().get();
                next();
            }
        });
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
