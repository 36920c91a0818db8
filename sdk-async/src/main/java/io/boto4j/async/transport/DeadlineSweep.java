package io.boto4j.async.transport;

import io.boto4j.async.streams.OnContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.ArrayList;
import java.util.List;

/**
 * The timer of every {@link AttemptClock} on one event loop: one Vert.x timer, armed for the
 * earliest deadline, instead of one timer per clock and phase. Every attempt has a deadline (60 s
 * by default) and almost every attempt ends long before it, so the timer rarely fires; clocks join
 * and leave an intrusive list at no allocation, where a Vert.x timer per phase cost a scheduled
 * task, a map entry and a cancellation each, several times per call.
 *
 * <p>Shared through the context's data by every clock of an event-loop context (and of its
 * duplicates, which run on the same thread); a clock on any other context (a worker's, whose
 * duplicates may run at once on different threads) gets a sweep of its own. Only touched on the
 * event loop, so it needs no lock.
 */
final class DeadlineSweep {
    private static final Object KEY = DeadlineSweep.class;

    private final Vertx vertx;
    /** The clocks with a deadline, in no order (an intrusive list through the clocks). */
    private AttemptClock first;
    private long timer = -1;
    /** When the armed timer fires (System.nanoTime()). */
    private long timerAt;

    private DeadlineSweep(Vertx vertx) {
        this.vertx = vertx;
    }

    /** The sweep for clocks on {@code context}: the context's own when it is an event loop's, else a new one. */
    static DeadlineSweep on(Vertx vertx, Context context) {
        if (context == null || !context.isEventLoopContext()) {
            return new DeadlineSweep(vertx);
        }
        DeadlineSweep sweep = context.get(KEY);
        if (sweep == null) {
            sweep = new DeadlineSweep(vertx);
            context.put(KEY, sweep);
        }
        return sweep;
    }

    /** {@code clock} is due at {@code at} (System.nanoTime()), whether it had a deadline before or not. */
    void schedule(AttemptClock clock, long at) {
        clock.dueAt = at;
        if (!clock.scheduled) {
            clock.scheduled = true;
            clock.previous = null;
            clock.next = first;
            if (first != null) {
                first.previous = clock;
            }
            first = clock;
        }
        if (timer == -1 || at - timerAt < 0) {
            arm(at);
        }
    }

    /**
     * {@code clock} has no deadline any more. The timer stays while other clocks have one (when
     * it fires for a clock that left, it re-arms for the next); the last clock out cancels it,
     * so an idle event loop holds no timer.
     */
    void cancel(AttemptClock clock) {
        if (!clock.scheduled) {
            return;
        }
        clock.scheduled = false;
        if (clock.previous != null) {
            clock.previous.next = clock.next;
        } else {
            first = clock.next;
        }
        if (clock.next != null) {
            clock.next.previous = clock.previous;
        }
        clock.previous = null;
        clock.next = null;
        if (first == null && timer != -1) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }

    private void arm(long at) {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
        timerAt = at;
        long millis = Math.max(1, (at - System.nanoTime() + 999_999) / 1_000_000);
        timer = vertx.setTimer(millis, id -> {
            if (id == timer) {
                timer = -1;
                sweep();
            }
        });
    }

    /** Hands every clock that is due to its own context, then arms the timer for the next deadline, if any. */
    private void sweep() {
        long now = System.nanoTime();
        List<AttemptClock> due = new ArrayList<>();
        AttemptClock next = null;
        for (AttemptClock c = first; c != null; ) {
            AttemptClock following = c.next;
            if (c.dueAt - now <= 0) {
                cancel(c);
                due.add(c);
            } else if (next == null || c.dueAt - next.dueAt < 0) {
                next = c;
            }
            c = following;
        }
        if (next != null) {
            arm(next.dueAt);
        }
        // A clock may be on a duplicate of the context the timer fired on: it runs on its own.
        for (AttemptClock c : due) {
            OnContext.run(c.context(), c::fired);
        }
    }
}
