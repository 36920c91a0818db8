package io.boto4j.s3;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cancels transfers it was given to as their {@code Cancellation} argument, from any thread: a
 * multipart upload or copy stops its parts and is aborted, a download stops and leaves no file.
 * The transfer's result then fails (as cancelled) once that clean-up is done. Needed on the
 * Vert.x layer, whose futures cannot be cancelled; on the blocking layer, interrupting the
 * waiting thread does the same (the clean-up then finishes in the background).
 *
 * <pre>{@code
 * TransferCancellation cancel = new TransferCancellation();
 * Future<UploadResult> upload = s3.call(S3Methods.UPLOAD_FILE, Map.of("Filename", path,
 *         "Bucket", "b", "Key", "k", "Cancellation", cancel));
 * ...
 * cancel.cancel();
 * }</pre>
 */
public final class TransferCancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

    /**
     * Creates a cancellation that is not cancelled yet. One object may be given to several
     * transfers, which {@link #cancel()} then stops together.
     */
    public TransferCancellation() {
    }

    /** Cancels every transfer given this object, now and later ones at their start. Idempotent. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            actions.forEach(Runnable::run);
        }
    }

    /**
     * Whether {@link #cancel()} was called.
     *
     * @return true once cancelled; it stays true
     */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Runs {@code action} once when {@link #cancel()} is called, at once if it was already; for
     * the transfers themselves. The action runs on the thread that calls {@code cancel()} (or
     * this method, when already cancelled), at most once.
     *
     * @param action what stops the transfer; must be quick and not throw
     * @return forgets the action (a transfer that ended calls it, so a long-lived cancellation
     *         does not collect the actions of finished transfers)
     */
    public Runnable onCancel(Runnable action) {
        AtomicBoolean ran = new AtomicBoolean();
        Runnable once = () -> {
            if (ran.compareAndSet(false, true)) {
                action.run();
            }
        };
        actions.add(once);
        if (cancelled.get()) {
            once.run();
        }
        return () -> actions.remove(once);
    }

    @Override
    public String toString() {
        return "TransferCancellation[" + (isCancelled() ? "cancelled" : "not cancelled") + "]";
    }
}
