package io.boto4j.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.pipeline.CallScheduler;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where a blocking call's work runs: on its caller, unless the caller is busy or gone. */
@Timeout(30)
class CallerLoopTest {

    @Test
    void workAndWaitsHandedOverDuringTheCallRunOnTheCaller() throws Exception {
        Thread caller = Thread.currentThread();
        List<Thread> ranOn = new CopyOnWriteArrayList<>();
        CompletableFuture<String> call = CallerLoop.run(() -> {
            CallScheduler s = CallerLoop.forCurrentThread();
            CompletableFuture<String> done = new CompletableFuture<>();
            s.executor().execute(() -> {
                ranOn.add(Thread.currentThread());
                s.delay(Duration.ofMillis(50)).thenRun(() -> {
                    ranOn.add(Thread.currentThread());
                    s.executor().execute(() -> {
                        ranOn.add(Thread.currentThread());
                        done.complete("done");
                    });
                });
            });
            return done;
        });
        assertEquals("done", call.join());
        assertEquals(List.of(caller, caller, caller), ranOn);
        assertTrue(!CallerLoop.onCallerThread(), "the loop is gone once the call returned");
    }

    @Test
    void workFromAnotherThreadWakesAnIdleCaller() throws Exception {
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        CompletableFuture<Void> call = CallerLoop.run(() -> {
            CallScheduler s = CallerLoop.forCurrentThread();
            CompletableFuture<Void> done = new CompletableFuture<>();
            Thread other = new Thread(() -> {
                sleep(100); // the caller is waiting by then
                s.executor().execute(() -> {
                    ranOn.set(Thread.currentThread());
                    done.complete(null);
                });
            });
            other.start();
            return done;
        });
        call.join();
        assertSame(caller, ranOn.get());
    }

    @Test
    void whenSeveralExchangesAreReadyTheCallerRunsOneAndThePoolTheOthers() throws Exception {
        Thread caller = Thread.currentThread();
        List<Thread> ranOn = new CopyOnWriteArrayList<>();
        CountDownLatch allRunning = new CountDownLatch(3);
        CallerLoop.run(() -> {
            CallScheduler s = CallerLoop.forCurrentThread();
            CompletableFuture<?>[] parts = new CompletableFuture<?>[3];
            for (int i = 0; i < 3; i++) {
                CompletableFuture<Void> part = new CompletableFuture<>();
                parts[i] = part;
                s.executor().execute(() -> {
                    ranOn.add(Thread.currentThread());
                    allRunning.countDown();
                    try {
                        // Each part blocks until all three run: only possible side by side.
                        assertTrue(allRunning.await(10, TimeUnit.SECONDS), "the parts ran side by side");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    part.complete(null);
                });
            }
            return CompletableFuture.allOf(parts);
        }).join();
        assertEquals(3, ranOn.size());
        assertTrue(ranOn.contains(caller), "the caller took one");
        assertEquals(3, ranOn.stream().distinct().count());
    }

    @Test
    void workLeftWhenTheCallIsDoneGoesToThePool() throws Exception {
        CompletableFuture<Thread> late = new CompletableFuture<>();
        CallerLoop.run(() -> {
            CallerLoop.forCurrentThread().executor().execute(() -> late.complete(Thread.currentThread()));
            return CompletableFuture.completedFuture(null); // done before the queued work ran
        });
        assertNotSame(Thread.currentThread(), late.get(10, TimeUnit.SECONDS));
    }

    @Test
    void outsideABlockingCallWorkGoesToThePoolAndTheTimer() throws Exception {
        CallScheduler s = CallerLoop.forCurrentThread();
        assertSame(SyncTimer.FALLBACK, s);
        CompletableFuture<Thread> ran = new CompletableFuture<>();
        s.delay(Duration.ofMillis(20)).thenRun(() -> ran.complete(Thread.currentThread()));
        assertTrue(ran.get(10, TimeUnit.SECONDS).getName().startsWith("boto4j-blocking-"), "not on the timer thread");
    }

    @Test
    void interruptingAWaitingCallerCancelsTheCall() throws Exception {
        AtomicReference<CompletableFuture<Void>> started = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                CallerLoop.run(() -> {
                    CompletableFuture<Void> never = new CompletableFuture<>();
                    started.set(never);
                    return never;
                });
            } catch (InterruptedException e) {
                thrown.set(e);
            }
        });
        caller.start();
        while (started.get() == null) {
            Thread.sleep(5);
        }
        Thread.sleep(50);
        caller.interrupt();
        caller.join(5000);
        assertTrue(thrown.get() instanceof InterruptedException);
        assertTrue(started.get().isCancelled());
    }

    @Test
    void aNestedBlockingCallDoesNotTakeTheOuterCallsWork() throws Exception {
        Thread caller = Thread.currentThread();
        List<String> order = new CopyOnWriteArrayList<>();
        CallerLoop.run(() -> {
            CallScheduler outer = CallerLoop.forCurrentThread();
            CompletableFuture<Void> done = new CompletableFuture<>();
            outer.executor().execute(() -> {
                // A blocking call made from inside the outer call's work, e.g. by a credentials provider.
                String inner = Blocking.await(() -> CompletableFuture.supplyAsync(() -> "inner"));
                order.add(inner);
                order.add(Thread.currentThread() == caller ? "on the caller" : "elsewhere");
                done.complete(null);
            });
            return done;
        }).join();
        assertEquals(List.of("inner", "on the caller"), order);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
