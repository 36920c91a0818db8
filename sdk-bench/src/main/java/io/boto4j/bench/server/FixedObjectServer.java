package io.boto4j.bench.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny HTTP server on 127.0.0.1 that answers every GET with the same object bytes and every
 * other method with an empty 200: the benchmarks then measure the clients, not a storage
 * server. Signatures are not checked. It runs in the benchmark's JVM, so its own allocations
 * count in JMH's {@code gc.alloc.rate.norm} for every contender alike; {@link #allocatedBytesPerRequest()}
 * says how much of that is the server's.
 */
public final class FixedObjectServer implements AutoCloseable {
    private static final String LAST_MODIFIED = "Wed, 25 Nov 2026 12:00:00 GMT";

    private final HttpServer server;
    private final ExecutorService handlers;
    private final List<Thread> threads = new ArrayList<>();
    private final byte[] object;
    private final String etag;
    private final AtomicLong requests = new AtomicLong();
    private long allocatedAtReset;
    private long requestsAtReset;

    private FixedObjectServer(HttpServer server, byte[] object) {
        this.server = server;
        this.object = object.clone();
        this.etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(object)) + "\"";
        AtomicInteger n = new AtomicInteger();
        this.handlers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-server-" + n.incrementAndGet());
            t.setDaemon(true);
            synchronized (threads) {
                threads.add(t);
            }
            return t;
        });
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
    }

    /** Starts a server answering GETs with {@code object}, on an ephemeral port of 127.0.0.1. */
    public static FixedObjectServer start(byte[] object) {
        // Without TCP_NODELAY the JDK server's small writes meet the client's delayed ACKs: ~40 ms
        // stalls per keep-alive request, which would drown every client's cost. Read once, when
        // the JDK's server classes load, so it is set before the first server is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FixedObjectServer s = new FixedObjectServer(http, object);
            http.start();
            return s;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot start the benchmark server", e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int objectSize() {
        return object.length;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
            var headers = exchange.getResponseHeaders();
            headers.set("x-amz-request-id", "BENCH0000000001");
            headers.set("ETag", etag);
            if ("GET".equals(exchange.getRequestMethod())) {
                headers.set("Content-Type", "application/octet-stream");
                headers.set("Last-Modified", LAST_MODIFIED);
                headers.set("Accept-Ranges", "bytes");
                exchange.sendResponseHeaders(200, object.length);
                exchange.getResponseBody().write(object);
            } else {
                exchange.sendResponseHeaders(200, -1);
            }
        }
        requests.incrementAndGet();
    }

    /** Starts counting {@link #allocatedBytesPerRequest()} afresh (e.g. after warm-up). */
    public synchronized void resetAllocationCount() {
        allocatedAtReset = serverThreadsAllocated();
        requestsAtReset = requests.get();
    }

    /**
     * Bytes the server's threads (the JDK's dispatcher and the handlers) allocated per request
     * since {@link #resetAllocationCount()}, or -1 when the JVM cannot tell.
     */
    public synchronized long allocatedBytesPerRequest() {
        long served = requests.get() - requestsAtReset;
        long allocated = serverThreadsAllocated();
        return served <= 0 || allocated < 0 ? -1 : (allocated - allocatedAtReset) / served;
    }

    private long serverThreadsAllocated() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean mx)) {
            return -1;
        }
        List<Long> ids = new ArrayList<>();
        synchronized (threads) {
            threads.forEach(t -> ids.add(t.getId()));
        }
        // The JDK server parses requests on its own dispatcher thread.
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("HTTP-Dispatcher"))
                .forEach(t -> ids.add(t.getId()));
        long sum = 0;
        for (long bytes : mx.getThreadAllocatedBytes(ids.stream().mapToLong(Long::longValue).toArray())) {
            sum += Math.max(bytes, 0);
        }
        return sum;
    }

    public long requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
