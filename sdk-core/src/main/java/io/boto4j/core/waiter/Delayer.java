package io.boto4j.core.waiter;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Waits between attempts without blocking the caller's thread: the Vert.x layer completes the
 * stage from a timer, the blocking layer from a scheduled executor; tests complete it at once.
 */
@FunctionalInterface
public interface Delayer {
    CompletionStage<Void> delay(Duration duration);
}
