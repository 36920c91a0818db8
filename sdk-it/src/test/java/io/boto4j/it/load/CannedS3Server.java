package io.boto4j.it.load;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A path-style S3 on 127.0.0.1 that answers from memory, for load tests: what is measured is the
 * client, so the server stores nothing, checks no signature and runs on one event loop of a Vert.x
 * instance of its own. It counts the TCP connections it holds open (and the most it ever held),
 * which is how the tests see the client's pool bound from the outside.
 *
 * <p>Answers, by the object key (the path's last segment):
 * <ul>
 *   <li>{@code GET} of a key starting with {@code missing}: 404 {@code NoSuchKey};</li>
 *   <li>any request for a key starting with {@code flaky}: 503 {@code SlowDown} the first time
 *       that key is seen, then what the key would get otherwise (a retry succeeds);</li>
 *   <li>other {@code GET}s: 200 with {@link #object()};</li>
 *   <li>{@code PUT}: reads the body, 200 with the body's MD5 as the ETag (the client can check
 *       that every byte arrived);</li>
 *   <li>anything else: an empty 200.</li>
 * </ul>
 *
 * <p>{@link #hold()} makes it take requests but keep their answers back until {@link #release()}:
 * with every pooled connection busy, the rest of a burst has to wait inside the client.
 */
final class CannedS3Server implements AutoCloseable {
    /** The size of {@link #object()}. */
    static final int OBJECT_SIZE = 1024;

    private static final byte[] OBJECT = objectBytes();
    private static final String OBJECT_ETAG = '"' + md5Hex(Buffer.buffer(OBJECT)) + '"';

    private final Vertx vertx;
    private final HttpServer server;
    private final AtomicInteger openConnections = new AtomicInteger();
    private final AtomicInteger peakConnections = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();
    /** Requests received per key prefix (the key up to its first '-'): a handful of prefixes per test. */
    private final java.util.concurrent.ConcurrentMap<String, AtomicLong> requestsByPrefix =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger heldCount = new AtomicInteger();
    /** Touched on the server's event loop only. */
    private final Set<String> flakyKeysSeen = new HashSet<>();
    private final Queue<Runnable> held = new ArrayDeque<>();
    /** Set from the test's thread, read on the server's context: volatile, so that holding starts at once. */
    private volatile boolean holding;

    private CannedS3Server(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    /** Starts a server on an ephemeral port of 127.0.0.1. */
    static CannedS3Server start() {
        // One event loop: the server stays out of the client's way on a 2-core machine.
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        HttpServer server = vertx.createHttpServer(new HttpServerOptions()
                .setHost("127.0.0.1").setPort(0).setHandle100ContinueAutomatically(true).setAcceptBacklog(1024));
        CannedS3Server canned = new CannedS3Server(vertx, server);
        server.connectionHandler(connection -> {
            canned.peakConnections.accumulateAndGet(canned.openConnections.incrementAndGet(), Math::max);
            connection.closeHandler(v -> canned.openConnections.decrementAndGet());
        });
        server.requestHandler(canned::handle);
        try {
            server.listen().await();
        } catch (RuntimeException e) {
            vertx.close().await();
            throw e;
        }
        return canned;
    }

    /** The bytes every successful GET returns: printable, so that a mismatch reads in a message. */
    static byte[] object() {
        return OBJECT.clone();
    }

    /** The MD5 of {@code bytes} in hex, as S3 gives a single-part object's ETag. */
    static String md5Hex(Buffer bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes.getBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.actualPort());
    }

    /** The client connections open now. */
    int openConnections() {
        return openConnections.get();
    }

    /** The most client connections ever open at once. */
    int peakConnections() {
        return peakConnections.get();
    }

    /** The requests received so far. */
    long requests() {
        return requests.get();
    }

    /** The requests received so far for keys that start with {@code prefix} and a '-'. */
    long requestsFor(String prefix) {
        AtomicLong count = requestsByPrefix.get(prefix);
        return count == null ? 0 : count.get();
    }

    /** The requests received while {@linkplain #hold() holding} and not answered yet. */
    int heldRequests() {
        return heldCount.get();
    }

    /**
     * From now on, keeps every answer back until {@link #release()}. Set here rather than on the
     * server's context, so that no request of a burst started right after is answered first.
     */
    void hold() {
        holding = true;
    }

    /** Sends the answers held back, and answers at once again. */
    void release() {
        vertx.runOnContext(v -> {
            holding = false;
            Runnable answer;
            while ((answer = held.poll()) != null) {
                heldCount.decrementAndGet();
                answer.run();
            }
        });
    }

    private void handle(HttpServerRequest request) {
        requests.incrementAndGet();
        String key = request.path().substring(request.path().lastIndexOf('/') + 1);
        int dash = key.indexOf('-');
        requestsByPrefix.computeIfAbsent(dash < 0 ? key : key.substring(0, dash), p -> new AtomicLong())
                .incrementAndGet();
        request.body().onSuccess(body -> {
            Runnable answer = () -> answer(request, body);
            if (holding) {
                held.add(answer);
                heldCount.incrementAndGet();
            } else {
                answer.run();
            }
        });
    }

    private void answer(HttpServerRequest request, Buffer body) {
        String path = request.path();
        String key = path.substring(path.lastIndexOf('/') + 1);
        var response = request.response()
                .putHeader("x-amz-request-id", "4442587FB7D0A2F9")
                .putHeader("x-amz-id-2", "Y2FubmVkIGxvYWQgdGVzdCBzZXJ2ZXI=");
        if (key.startsWith("flaky") && flakyKeysSeen.add(key)) {
            error(request, 503, "SlowDown", "Please reduce your request rate.");
            return;
        }
        // Keys are single-use: forgetting one on its second sighting keeps the set small.
        flakyKeysSeen.remove(key);
        if (request.method() == HttpMethod.GET && key.startsWith("missing")) {
            error(request, 404, "NoSuchKey", "The specified key does not exist.");
        } else if (request.method() == HttpMethod.GET) {
            response.putHeader("ETag", OBJECT_ETAG)
                    .putHeader("Content-Type", "application/octet-stream")
                    .putHeader("Last-Modified", "Wed, 25 Nov 2026 12:00:00 GMT")
                    .end(Buffer.buffer(OBJECT));
        } else if (request.method() == HttpMethod.PUT) {
            response.putHeader("ETag", '"' + md5Hex(body) + '"').end();
        } else {
            response.end();
        }
    }

    private static void error(HttpServerRequest request, int status, String code, String message) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/xml")
                .end("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                        + message + "</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>");
    }

    private static byte[] objectBytes() {
        byte[] bytes = new byte[OBJECT_SIZE];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    /** Stops the server and its Vert.x instance, closing every connection. */
    @Override
    public void close() {
        vertx.close().await();
    }
}
