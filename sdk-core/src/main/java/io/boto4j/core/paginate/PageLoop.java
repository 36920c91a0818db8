package io.boto4j.core.paginate;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Reads every remaining page. Pages that are already complete (a blocking transport, a cache)
 * are handled in a loop rather than by chaining stages, so long paginations do not grow the stack.
 */
final class PageLoop {
    private final PageIterator pages;
    private final Consumer<Map<String, Object>> action;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private PageLoop(PageIterator pages, Consumer<Map<String, Object>> action) {
        this.pages = pages;
        this.action = action;
    }

    static CompletionStage<Void> forEachPage(PageIterator pages, Consumer<Map<String, Object>> action) {
        PageLoop loop = new PageLoop(pages, action);
        loop.run();
        return loop.done;
    }

    private void run() {
        while (true) {
            CompletableFuture<Optional<Map<String, Object>>> next;
            try {
                next = pages.nextPage().toCompletableFuture();
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
            if (!next.isDone()) {
                next.whenComplete((page, failure) -> {
                    if (accept(page, failure)) {
                        run();
                    }
                });
                return;
            }
            Optional<Map<String, Object>> page;
            try {
                page = next.join();
            } catch (CompletionException e) {
                done.completeExceptionally(e.getCause() != null ? e.getCause() : e);
                return;
            }
            if (!accept(page, null)) {
                return;
            }
        }
    }

    /** Handles one page; false once the loop is over (completed or failed). */
    private boolean accept(Optional<Map<String, Object>> page, Throwable failure) {
        if (failure != null) {
            done.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure);
            return false;
        }
        if (page.isEmpty()) {
            done.complete(null);
            return false;
        }
        try {
            action.accept(page.get());
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
            return false;
        }
        return true;
    }
}
