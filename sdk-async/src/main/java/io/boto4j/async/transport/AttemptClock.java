package io.boto4j.async.transport;

import io.boto4j.async.streams.OnContext;
import io.boto4j.async.streams.ReadStreamPublisher;
import io.boto4j.core.AttemptTimeoutException;
import io.boto4j.core.AttemptTimeoutException.Phase;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Times one attempt against the attempt timeout, phase by phase, with a deadline in its event
 * loop's {@link DeadlineSweep} that is moved only when it passes early (a deadline costs no timer
 * of its own):
 * <ul>
 *   <li>sending a streamed body: each wait for the server to take more bytes (the request's
 *       write queue full and no progress) is bounded; the source's own slowness is not;
 *   <li>from the request sent to the last byte of a body the pipeline reads itself: one bound;
 *   <li>once the body is the caller's stream: each wait for more bytes while the caller waits.
 * </ul>
 * When a bound passes, {@code onTimeout} gets the exception naming the phase and the bound.
 * Everything runs on the request's context.
 */
final class AttemptClock implements ReadStreamPublisher.Progress {
    private enum State { SENDING, RESPONSE, STREAMING, DONE }

    private final Context context;
    private final long boundNanos;
    private final Duration bound;
    private final String authority;
    private final Consumer<AttemptTimeoutException> onTimeout;

    private State state;
    private BooleanSupplier serverBehind = () -> true;
    /** SENDING: the last progress; RESPONSE: when the response had to be complete; STREAMING: the wait's start. */
    private long mark;
    /** STREAMING: items asked for and not delivered yet. */
    private long outstanding;

    // The sweep's bookkeeping, touched by the sweep alone.
    private final DeadlineSweep sweep;
    boolean scheduled;
    long dueAt;
    AttemptClock previous;
    AttemptClock next;

    /** Created on the request's context. */
    AttemptClock(Vertx vertx, Duration bound, String authority, Consumer<AttemptTimeoutException> onTimeout) {
        this.context = Vertx.currentContext();
        this.sweep = DeadlineSweep.on(vertx, context);
        this.bound = bound;
        this.boundNanos = bound.toNanos();
        this.authority = authority;
        this.onTimeout = onTimeout;
    }

    /** A streamed body is going out; {@code serverBehind} says whether the server is the one holding it up. */
    void sending(BooleanSupplier serverBehind) {
        this.serverBehind = serverBehind;
        state = State.SENDING;
        mark = System.nanoTime();
        arm(mark + boundNanos);
    }

    /** More of the body went out. */
    void progress() {
        mark = System.nanoTime();
    }

    /** The request is out: the whole response must come within the bound. */
    void sent() {
        if (state == State.DONE) {
            return;
        }
        state = State.RESPONSE;
        mark = System.nanoTime() + boundNanos;
        arm(mark);
    }

    /** The caller reads the body from now on: only its waits for bytes count. From any thread. */
    void streaming() {
        OnContext.run(context, () -> {
            if (state == State.DONE) {
                return;
            }
            state = State.STREAMING;
            mark = System.nanoTime();
            disarm();
            if (outstanding > 0) {
                arm(mark + boundNanos);
            }
        });
    }

    /** The attempt is over (the body ended, failed or was abandoned). From any thread. */
    void done() {
        OnContext.run(context, () -> {
            state = State.DONE;
            disarm();
        });
    }

    @Override
    public void requested(long n) {
        boolean wasWaiting = outstanding > 0;
        outstanding = outstanding + n < 0 ? Long.MAX_VALUE : outstanding + n;
        if (state == State.STREAMING && !wasWaiting) {
            mark = System.nanoTime();
            if (!scheduled) {
                arm(mark + boundNanos);
            }
        }
    }

    @Override
    public void received() {
        if (outstanding > 0 && outstanding != Long.MAX_VALUE) {
            outstanding--;
        }
        if (state == State.STREAMING) {
            mark = System.nanoTime();
        }
    }

    @Override
    public void ended() {
        state = State.DONE;
        disarm();
    }

    Context context() {
        return context;
    }

    /** The deadline passed (the sweep no longer holds this clock): a timeout, or a later deadline. */
    void fired() {
        long now = System.nanoTime();
        switch (state) {
            case SENDING -> {
                if (now - mark >= boundNanos && serverBehind.getAsBoolean()) {
                    timeout(Phase.SEND, authority + " took no more of the request body for "
                            + AttemptTimeoutException.describe(bound) + " (the attempt timeout)");
                } else {
                    arm(Math.max(mark + boundNanos, now + boundNanos / 4));
                }
            }
            case RESPONSE -> {
                if (now - mark >= 0) {
                    timeout(Phase.RESPONSE, "no complete response from " + authority + " within the attempt timeout of "
                            + AttemptTimeoutException.describe(bound));
                } else {
                    arm(mark);
                }
            }
            case STREAMING -> {
                if (outstanding > 0 && now - mark >= boundNanos) {
                    timeout(Phase.READ, authority + " sent no more of the response body for "
                            + AttemptTimeoutException.describe(bound) + " while it was being read (the attempt timeout)");
                } else if (outstanding > 0) {
                    arm(mark + boundNanos);
                }
            }
            case DONE -> {
            }
        }
    }

    private void timeout(Phase phase, String message) {
        state = State.DONE;
        onTimeout.accept(new AttemptTimeoutException(phase, bound, message));
    }

    private void arm(long at) {
        sweep.schedule(this, at);
    }

    private void disarm() {
        sweep.cancel(this);
    }
}
