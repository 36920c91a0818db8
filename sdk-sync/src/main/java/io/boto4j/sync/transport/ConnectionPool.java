package io.boto4j.sync.transport;

import io.boto4j.core.SdkClientException;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * The connections of one transport, at most {@code maxConnections} open per route (in use or
 * idle), as the Vert.x layer's pool bounds them: a caller takes an idle connection, or opens one
 * while fewer are open, or waits (on its own thread, bounded by its deadline, woken when it is
 * cancelled) until a connection comes back or closes. A connection whose response was read to
 * the end goes back to the pool; any other ending closes it and frees its place. Connections
 * idle longer than the idle timeout are closed as they are met, and one idle for more than a
 * second is checked before it is reused. No thread of its own.
 */
final class ConnectionPool {
    /** A connection idle for longer is peeked at before reuse: the server may have closed it. */
    private static final long CHECK_AFTER_IDLE_NANOS = Duration.ofSeconds(1).toNanos();

    private final int maxConnections;
    private final long idleTimeoutNanos;
    private final Map<Route, RoutePool> routes = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean closed;

    ConnectionPool(int maxConnections, Duration idleTimeout) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, got " + maxConnections);
        }
        this.maxConnections = maxConnections;
        this.idleTimeoutNanos = idleTimeout.toNanos();
    }

    /**
     * An idle connection to {@code route} that can take a request, or null when the caller may
     * open a new one (its place is then taken: hand the connection to {@link #opened}, or give the
     * place back with {@link #unreserve} when opening fails before there is one).
     *
     * @param deadline  {@link System#nanoTime()} by which a place must be free
     * @param cancelled whether the caller gave up; checked whenever the wait is woken
     * @throws PoolTimeoutException when {@code maxConnections} stay in use until the deadline
     * @throws CancellationException when the caller gave up while it waited
     */
    Connection lease(Route route, long deadline, BooleanSupplier cancelled) throws SocketTimeoutException {
        RoutePool pool = routes.computeIfAbsent(route, r -> new RoutePool());
        while (true) {
            if (closed) {
                throw new SdkClientException("the client is closed");
            }
            Connection c = pool.takeIdleOrPlace(deadline, cancelled, maxConnections);
            if (c == null) {
                return null;
            }
            long idleFor = System.nanoTime() - c.idleSince;
            if (idleFor < CHECK_AFTER_IDLE_NANOS || idleFor < idleTimeoutNanos && c.looksAlive()) {
                c.reused = true;
                return c;
            }
            discard(c); // stale: its place is free again, and this caller takes it on the next turn
        }
    }

    /** Counts a connection opened in a place {@link #lease} gave (the caller discards it when this throws). */
    void opened(Connection c) {
        open.incrementAndGet();
        if (closed) {
            throw new SdkClientException("the client is closed");
        }
    }

    /** Gives back a place {@link #lease} gave for a connection that was never created. */
    void unreserve(Route route) {
        routes.get(route).free();
    }

    /** A connection whose response was read to its end: kept for the next request, or closed. */
    void release(Connection c) {
        if (closed || !c.isOpen() || c.buffered() > 0) {
            discard(c);
            return;
        }
        long now = System.nanoTime();
        c.idleSince = now;
        Connection expired = routes.get(c.route).putIdle(c, now - idleTimeoutNanos);
        if (expired != null) {
            discard(expired);
        }
        if (closed) {
            closeIdle();
        }
    }

    /** Closes a connection that cannot be reused (aborted, broken, or its body not read to the end). */
    void discard(Connection c) {
        c.abort();
        forget(c);
    }

    /** A counted connection closed: its place is free. */
    private void forget(Connection c) {
        open.decrementAndGet();
        routes.get(c.route).free();
    }

    /** Wakes whoever waits for a place on {@code route}, so that a cancelled wait ends at once. */
    void wake(Route route) {
        RoutePool pool = routes.get(route);
        if (pool != null) {
            pool.wakeAll();
        }
    }

    /** Connections open now, in use or idle. */
    int openConnections() {
        return open.get();
    }

    /** Closes the idle connections and fails the waits; connections in use are closed when they come back. */
    void close() {
        closed = true;
        closeIdle();
        routes.values().forEach(RoutePool::wakeAll);
    }

    boolean isClosed() {
        return closed;
    }

    private void closeIdle() {
        for (RoutePool pool : routes.values()) {
            for (Connection c : pool.drainIdle()) {
                c.close();
                forget(c);
            }
        }
    }

    /** Thrown when no connection became free before the deadline: {@code maxConnections} stayed in use. */
    static final class PoolTimeoutException extends SocketTimeoutException {
        private static final long serialVersionUID = 1L;

        PoolTimeoutException(String message) {
            super(message);
        }
    }

    /**
     * One route's places: {@code placed} connections counted (in use, idle, or being opened), the
     * idle ones newest last (reuse takes the newest, expiry starts at the oldest).
     */
    private final class RoutePool {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final ArrayDeque<Connection> idle = new ArrayDeque<>();
        private int placed;

        /** The newest idle connection, or null with a place taken for a new one; waits while all are in use. */
        Connection takeIdleOrPlace(long deadline, BooleanSupplier cancelled, int max) throws SocketTimeoutException {
            lock.lock();
            try {
                while (true) {
                    Connection newest = idle.pollLast();
                    if (newest != null) {
                        return newest;
                    }
                    if (placed < max) {
                        placed++;
                        return null;
                    }
                    if (closed) {
                        throw new SdkClientException("the client is closed");
                    }
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("the exchange was cancelled");
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new PoolTimeoutException("all " + max + " connections (maxConnections) stayed in use");
                    }
                    changed.awaitNanos(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for a connection");
            } finally {
                lock.unlock();
            }
        }

        /** Adds {@code c}; returns the oldest idle connection when it idled since before {@code expiredBefore}. */
        Connection putIdle(Connection c, long expiredBefore) {
            lock.lock();
            try {
                Connection oldest = idle.peekFirst();
                Connection expired = null;
                if (oldest != null && oldest.idleSince - expiredBefore < 0) {
                    expired = idle.pollFirst();
                }
                idle.addLast(c);
                changed.signalAll(); // every waiter rechecks: one woken may have given up
                return expired;
            } finally {
                lock.unlock();
            }
        }

        /** A counted connection closed (or was never opened): its place is free. */
        void free() {
            lock.lock();
            try {
                placed--;
                changed.signalAll(); // every waiter rechecks: one woken may have given up
            } finally {
                lock.unlock();
            }
        }

        void wakeAll() {
            lock.lock();
            try {
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        List<Connection> drainIdle() {
            lock.lock();
            try {
                List<Connection> all = new ArrayList<>(idle);
                idle.clear();
                return all;
            } finally {
                lock.unlock();
            }
        }
    }
}
