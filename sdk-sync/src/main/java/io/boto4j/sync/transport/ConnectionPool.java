package io.boto4j.sync.transport;

import io.boto4j.core.SdkClientException;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The idle connections of one transport, per route, as botocore's (urllib3's) pool keeps them:
 * a caller never waits for a connection; when none is idle it opens one, and a connection
 * whose response was read to the end goes back to the pool unless {@code maxIdle} are idle
 * already. Connections idle longer than the idle timeout are closed as they are met, and one
 * idle for more than a second is checked before it is reused. No thread of its own.
 */
final class ConnectionPool {
    /** A connection idle for longer is peeked at before reuse: the server may have closed it. */
    private static final long CHECK_AFTER_IDLE_NANOS = Duration.ofSeconds(1).toNanos();

    private final int maxIdle;
    private final long idleTimeoutNanos;
    private final Map<Route, Idle> idle = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean closed;

    ConnectionPool(int maxIdle, Duration idleTimeout) {
        this.maxIdle = maxIdle;
        this.idleTimeoutNanos = idleTimeout.toNanos();
    }

    /** An idle connection to {@code route} that can take a request, or null. */
    Connection reuse(Route route) {
        Idle routeIdle = idle.get(route);
        if (routeIdle == null) {
            return null;
        }
        long now = System.nanoTime();
        Connection c;
        while ((c = routeIdle.pollNewest()) != null) {
            long idleFor = now - c.idleSince;
            if (idleFor < CHECK_AFTER_IDLE_NANOS || idleFor < idleTimeoutNanos && c.looksAlive()) {
                c.reused = true;
                return c;
            }
            discard(c);
        }
        return null;
    }

    /** Counts a connection the caller opened itself (the caller discards it when this throws). */
    void opened(Connection c) {
        open.incrementAndGet();
        if (closed) {
            throw new SdkClientException("the client is closed");
        }
    }

    /** A connection whose response was read to its end: kept for the next request, or closed. */
    void release(Connection c) {
        if (closed || !c.isOpen() || c.buffered() > 0) {
            discard(c);
            return;
        }
        long now = System.nanoTime();
        c.idleSince = now;
        Idle routeIdle = idle.computeIfAbsent(c.route, r -> new Idle());
        Connection expired = routeIdle.offer(c, maxIdle, now - idleTimeoutNanos);
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
        open.decrementAndGet();
    }

    /** Connections open now, in use or idle. */
    int openConnections() {
        return open.get();
    }

    /** Closes the idle connections; connections in use are closed when they come back. */
    void close() {
        closed = true;
        closeIdle();
    }

    boolean isClosed() {
        return closed;
    }

    private void closeIdle() {
        for (Idle routeIdle : idle.values()) {
            for (Connection c : routeIdle.drain()) {
                c.close();
                open.decrementAndGet();
            }
        }
    }

    /** The idle connections of one route, newest last: reuse takes the newest, expiry starts at the oldest. */
    private static final class Idle {
        private final ReentrantLock lock = new ReentrantLock();
        private final ArrayDeque<Connection> connections = new ArrayDeque<>();

        Connection pollNewest() {
            lock.lock();
            try {
                return connections.pollLast();
            } finally {
                lock.unlock();
            }
        }

        /**
         * Adds {@code c} unless {@code max} are idle already; returns a connection to close (the
         * oldest when it was idle since before {@code expiredBefore}, else {@code c} when full), or null.
         */
        Connection offer(Connection c, int max, long expiredBefore) {
            lock.lock();
            try {
                Connection oldest = connections.peekFirst();
                if (oldest != null && oldest.idleSince - expiredBefore < 0) {
                    connections.pollFirst();
                    connections.addLast(c);
                    return oldest;
                }
                if (connections.size() >= max) {
                    return c;
                }
                connections.addLast(c);
                return null;
            } finally {
                lock.unlock();
            }
        }

        List<Connection> drain() {
            lock.lock();
            try {
                List<Connection> all = new ArrayList<>(connections);
                connections.clear();
                return all;
            } finally {
                lock.unlock();
            }
        }
    }
}
