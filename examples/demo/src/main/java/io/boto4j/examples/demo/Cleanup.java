package io.boto4j.examples.demo;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What the demo created, to be removed at the end whatever happens: each step registers the
 * removal of what it created as soon as it exists, and {@link #run} removes everything, newest
 * first. Run once, by whichever comes first: the end of the demo, a failure, or Ctrl-C (from a
 * shutdown hook, while the main thread may still be working; hence the lock).
 */
final class Cleanup {
    /** Removes one thing; it narrates what it did. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private record Entry(String what, boolean remote, Action action) {
    }

    private final Narrator narrator;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private boolean ran;
    private boolean clean = true;

    Cleanup(Narrator narrator) {
        this.narrator = narrator;
    }

    /** Registers the removal of something on the server: a bucket, a queue. */
    synchronized void remote(String what, Action action) {
        add(new Entry(what, true, action));
    }

    /** Registers the removal of something on this machine: files. */
    synchronized void local(String what, Action action) {
        add(new Entry(what, false, action));
    }

    private void add(Entry entry) {
        if (ran) {
            throw new IllegalStateException("the demo is cleaning up; not starting " + entry.what());
        }
        entries.push(entry);
    }

    /**
     * Removes what was registered, newest first; one failure does not stop the others.
     *
     * @param remoteToo false when the servers are going anyway (the embedded ones, on Ctrl-C:
     *                  their own shutdown hooks stop them, taking their in-memory stores along)
     * @return whether everything was removed (by this call or the one before)
     */
    synchronized boolean run(boolean remoteToo) {
        if (ran) {
            return clean;
        }
        ran = true;
        if (entries.isEmpty()) {
            return clean;
        }
        narrator.keepSpeaking();
        narrator.heading("Clean-up");
        while (!entries.isEmpty()) {
            Entry entry = entries.pop();
            if (entry.remote() && !remoteToo) {
                continue;
            }
            try {
                entry.action().run();
            } catch (Exception e) {
                clean = false;
                narrator.step("FAILED", "to remove " + entry.what() + ": " + Demo.describe(e));
            }
        }
        return clean;
    }
}
