package io.boto4j.examples.demo;

import java.time.Duration;

/**
 * The demo's uploads under way, so that Ctrl-C's clean-up can wait for an interrupted one to wind
 * down before it empties the bucket. A cancelled upload aborts its multipart upload itself once its
 * parts have settled; a clean-up that ran meanwhile could race a part still being stored, and an
 * S3-compatible server may keep such a late part where no listing shows it, so the bucket could
 * never be deleted.
 */
final class TransfersUnderWay {
    private int running;

    /** An upload starts; pair with {@link #ended()} in a {@code finally}. */
    synchronized void started() {
        running++;
    }

    /** An upload ended, however it ended. */
    synchronized void ended() {
        running--;
        notifyAll();
    }

    /**
     * Waits until no upload runs, at most {@code patience}.
     *
     * @return whether none runs
     */
    synchronized boolean awaitNone(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
