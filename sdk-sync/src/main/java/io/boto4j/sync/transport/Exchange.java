package io.boto4j.sync.transport;

import io.boto4j.core.http.Headers;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.AttemptTimeoutException;
import io.boto4j.core.AttemptTimeoutException.Phase;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;
import io.boto4j.sync.internal.BlockingSubscriber;
import io.boto4j.sync.internal.CallerLoop;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request and its response on one connection, run by the executor of its call (the
 * caller's thread, in the blocking layer): connect or reuse, send the head and body, read the
 * response head, then hand itself over as the {@link TransportResponse} whose body is read on
 * demand. Its connection goes back to the pool only once the body was read to its end; every
 * other ending (a failure, {@link #abort()}, cancelling the future) closes it with a reset.
 */
final class Exchange implements Runnable, TransportResponse, ResponseBody.Source {
    /** How long to wait for {@code 100 Continue} before sending the body anyway (RFC 9110; botocore waits 1 s). */
    private static final long CONTINUE_WAIT_NANOS = Duration.ofSeconds(1).toNanos();
    /** Bodies up to this size go out with the head in one write, unguarded (the socket buffer takes them). */
    private static final int SMALL_BODY = 16 * 1024;
    /** A larger body goes out in writes of this size, each bounded by the stall guard. */
    private static final int WRITE_SLICE = 16 * 1024;

    private final SocketHttpTransport transport;
    private final SdkHttpRequest request;
    private final Route route;
    private final long contentLength;
    private final Duration attemptTimeout;
    private final Executor executor;
    private final boolean hasCallDeadline;
    private final long callDeadline;
    private final Pending result = new Pending();

    private volatile Connection connection;
    private final AtomicBoolean settled = new AtomicBoolean();
    private volatile boolean aborted;
    private volatile boolean streaming;
    /** The thread running the exchange, while it does: what it continues with may read the body too. */
    private volatile Thread runner;
    private Phase phase = Phase.CONNECT;
    private StallGuard guard;
    private boolean reusable = true;
    private long responseDeadline;
    private boolean responseBoundIsCall;
    private ResponseHead head;
    private BodyReader body;
    private ResponseBody publisher;

    /** @param contentLength the body's length, -1 for a chunked body, -2 for none */
    Exchange(SocketHttpTransport transport, TransportRequest request, Route route, long contentLength) {
        this.transport = transport;
        this.request = request.request();
        this.route = route;
        this.contentLength = contentLength;
        this.attemptTimeout = request.attemptTimeout();
        this.executor = request.executor();
        this.hasCallDeadline = request.callTimeLeft() != null;
        this.callDeadline = hasCallDeadline ? System.nanoTime() + request.callTimeLeft().toNanos() : 0;
    }

    /** The future the pipeline waits on: completes with this exchange once the response head is in. */
    CompletableFuture<TransportResponse> future() {
        return result;
    }

    // ---------------------------------------------------------------- the exchange, on the executor

    @Override
    public void run() {
        if (result.isDone()) {
            return; // cancelled before it started
        }
        runner = Thread.currentThread();
        try {
            Connection c = acquire();
            phase = Phase.SEND;
            ResponseHead early = send(c);
            phase = Phase.RESPONSE;
            head = early != null ? early : readHead(c);
            ResponseHead.Framing framing = head.framing(request.method());
            reusable &= head.keepsAlive() && framing != ResponseHead.Framing.UNTIL_CLOSE;
            body = new BodyReader(c, framing, framing == ResponseHead.Framing.LENGTH ? head.contentLength() : -1);
            publisher = new ResponseBody(this);
            if (body.ended()) {
                settle(true); // nothing more to read: the connection can serve the next request now
            }
            if (!result.complete(this)) {
                abort(); // cancelled while the head arrived
            }
        } catch (Exception e) {
            settle(false);
            result.completeExceptionally(failure(e));
        } finally {
            runner = null;
            if (guard != null) {
                guard.stop();
            }
        }
    }

    /**
     * An idle connection, or a new one opened within the connect timeout; while
     * {@code maxConnections} to the route are in use, waits for one within that same bound.
     */
    private Connection acquire() throws IOException {
        long deadline = deadline(transport.connectTimeout());
        Connection reused = transport.pool().lease(route, deadline, this::isCancelled);
        if (reused != null) {
            connection = reused;
            checkNotCancelled();
            return reused;
        }
        Connection c;
        try {
            c = new Connection(route);
        } catch (IOException | RuntimeException e) {
            transport.pool().unreserve(route);
            throw e;
        }
        connection = c; // from here abort() can close it, also while it connects
        transport.pool().opened(c);
        checkNotCancelled();
        String host = route.viaProxy() ? route.proxyHost() : route.host();
        int port = route.viaProxy() ? route.proxyPort() : route.port();
        c.connect(new InetSocketAddress(InetAddress.getByName(host), port), millisUntil(deadline));
        if (route.tls()) {
            if (route.viaProxy()) {
                tunnel(c, deadline);
            }
            c.startTls(transport.tls(), millisUntil(deadline));
        }
        return c;
    }

    /** Opens a {@code CONNECT} tunnel through the proxy for an https route. */
    private void tunnel(Connection c, long deadline) throws IOException {
        byte[] connect = RequestHead.connect(route);
        c.write(connect, 0, connect.length);
        c.readDeadline(deadline);
        ResponseHead answer = ResponseHead.read(c);
        if (answer.status() / 100 != 2) {
            throw new ConnectException("the proxy " + route.proxyHost() + ":" + route.proxyPort()
                    + " refused a tunnel to " + route.authority() + " with HTTP " + answer.status());
        }
        if (c.buffered() > 0) {
            throw new ProtocolException("the proxy sent bytes after accepting the tunnel");
        }
    }

    /**
     * Sends the head and the body. Returns a final response that arrived instead of
     * {@code 100 Continue} (the body then stays unsent), or null.
     */
    private ResponseHead send(Connection c) throws Exception {
        byte[] headBytes = RequestHead.encode(request, route, contentLength);
        RequestBody requestBody = contentLength == -2 ? null : request.body();
        byte[] inMemory = requestBody == null ? null : requestBody.bytes();
        boolean hasBody = requestBody != null && contentLength != 0;
        if (!hasBody || inMemory != null && !request.expectsContinue()
                && headBytes.length + inMemory.length <= SMALL_BODY) {
            writeAll(c, headBytes, inMemory);
            return null;
        }
        startGuard(c);
        write(c, headBytes, 0, headBytes.length);
        if (request.expectsContinue()) {
            ResponseHead answer = awaitContinue(c);
            if (answer != null) {
                reusable = false; // the server may still expect the body it declined
                return answer;
            }
        }
        if (inMemory != null) {
            write(c, inMemory, 0, inMemory.length);
        } else {
            writeStreamed(c, requestBody);
        }
        return null;
    }

    private static void writeAll(Connection c, byte[] head, byte[] body) throws IOException {
        if (body == null || body.length == 0) {
            c.write(head, 0, head.length);
            return;
        }
        byte[] both = new byte[head.length + body.length];
        System.arraycopy(head, 0, both, 0, head.length);
        System.arraycopy(body, 0, both, head.length, body.length);
        c.write(both, 0, both.length);
    }

    private void startGuard(Connection c) {
        if (attemptTimeout != null || hasCallDeadline) {
            long bound = attemptTimeout != null ? attemptTimeout.toNanos() : Long.MAX_VALUE / 4;
            guard = new StallGuard(c, bound, callDeadline, hasCallDeadline);
            guard.start();
        }
    }

    private void write(Connection c, byte[] bytes, int offset, int length) throws IOException {
        for (int at = offset; at < offset + length; at += WRITE_SLICE) {
            int n = Math.min(WRITE_SLICE, offset + length - at);
            if (guard != null) {
                guard.beforeWrite();
            }
            c.write(bytes, at, n);
            if (guard != null) {
                guard.afterWrite();
            }
        }
    }

    /** Waits up to a second for the server's go-ahead; returns a final response that came instead. */
    private ResponseHead awaitContinue(Connection c) throws IOException {
        c.readDeadline(Math.min(System.nanoTime() + CONTINUE_WAIT_NANOS, deadline(attemptTimeout)));
        try {
            while (true) {
                ResponseHead answer = ResponseHead.read(c);
                if (answer.status() == 100) {
                    return null;
                }
                if (!answer.isInterim()) {
                    return answer;
                }
            }
        } catch (SocketTimeoutException e) {
            if (hasCallDeadline && callDeadline - System.nanoTime() <= 0) {
                throw e;
            }
            return null; // no answer: send the body anyway
        }
    }

    /** Streams a body from its publisher, framed as chunks when its length is unknown. */
    private void writeStreamed(Connection c, RequestBody requestBody) throws Exception {
        BlockingSubscriber<ByteBuffer> items = new BlockingSubscriber<>(2, ByteBuffer::hasRemaining);
        requestBody.publisher().subscribe(items);
        boolean chunked = contentLength == -1;
        long sent = 0;
        try {
            ByteBuffer item;
            while ((item = items.awaitHead()) != null) {
                checkNotCancelled();
                byte[] bytes = bytesOf(item);
                if (chunked) {
                    byte[] size = (Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                    write(c, size, 0, size.length);
                    write(c, bytes, 0, bytes.length);
                    write(c, CRLF, 0, 2);
                } else {
                    write(c, bytes, 0, bytes.length);
                }
                sent += bytes.length;
                items.consumeHead();
            }
            if (items.isClosed()) {
                throw new CancellationException("the exchange was cancelled");
            }
            Throwable failure = items.takeFailure();
            if (failure != null) {
                throw new IOException("the request body could not be read: " + failure.getMessage(), failure);
            }
            if (chunked) {
                write(c, LAST_CHUNK, 0, LAST_CHUNK.length);
            } else if (sent != contentLength) {
                throw new EOFException("the request body ended after " + sent + " of its " + contentLength
                        + " bytes (Content-Length)");
            }
        } finally {
            items.close();
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] LAST_CHUNK = {'0', '\r', '\n', '\r', '\n'};

    private static byte[] bytesOf(ByteBuffer item) {
        if (item.hasArray() && item.arrayOffset() == 0 && item.position() == 0 && item.remaining() == item.array().length) {
            return item.array();
        }
        byte[] copy = new byte[item.remaining()];
        item.duplicate().get(copy);
        return copy;
    }

    /** Reads the response head, skipping interim responses, within the attempt's bound. */
    private ResponseHead readHead(Connection c) throws IOException {
        long sentAt = System.nanoTime();
        responseDeadline = attemptTimeout != null ? sentAt + attemptTimeout.toNanos() : sentAt + Long.MAX_VALUE / 4;
        if (hasCallDeadline && callDeadline - responseDeadline < 0) {
            responseDeadline = callDeadline;
            responseBoundIsCall = true;
        }
        c.readDeadline(responseDeadline);
        while (true) {
            ResponseHead answer = ResponseHead.read(c);
            if (answer.status() == 101) {
                throw new ProtocolException("the server switched protocols (HTTP 101), which no AWS API does");
            }
            if (!answer.isInterim()) {
                return answer;
            }
        }
    }

    // ---------------------------------------------------------------- the response

    @Override
    public int statusCode() {
        return head.status();
    }

    @Override
    public Headers headers() {
        return head.headers();
    }

    @Override
    public Flow.Publisher<ByteBuffer> body() {
        return publisher;
    }

    @Override
    public void streamingToCaller() {
        streaming = true;
    }

    @Override
    public void abort() {
        aborted = true;
        settle(false);
    }

    // ---------------------------------------------------------------- the body's source

    @Override
    public ByteBuffer next() throws Exception {
        if (aborted) {
            throw new IOException("the response was aborted");
        }
        Connection c = connection;
        c.readDeadline(streaming && attemptTimeout != null ? System.nanoTime() + attemptTimeout.toNanos()
                : responseDeadline);
        phase = streaming ? Phase.READ : Phase.RESPONSE;
        try {
            return body.next();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public boolean atEnd() {
        return body.ended();
    }

    @Override
    public boolean mayReadHere() {
        // The caller's thread, or the thread that ran the exchange and continues with its response.
        return streaming || CallerLoop.onCallerThread() || Thread.currentThread() == runner;
    }

    @Override
    public Executor executor() {
        return executor != null ? executor : transport.fallbackExecutor();
    }

    @Override
    public void ended() {
        settle(true);
    }

    @Override
    public void abandon() {
        abort();
    }

    // ---------------------------------------------------------------- endings

    /** Gives the connection back (the response was read to its end) or closes it; once. */
    private void settle(boolean release) {
        if (!settled.compareAndSet(false, true)) {
            return;
        }
        Connection c = connection;
        if (c == null) {
            return;
        }
        if (release && reusable && !aborted) {
            transport.pool().release(c);
        } else {
            transport.pool().discard(c);
        }
    }

    private boolean isCancelled() {
        return result.isCancelled() || aborted;
    }

    private void checkNotCancelled() {
        if (isCancelled()) {
            throw new CancellationException("the exchange was cancelled");
        }
    }

    /** A failure as the pipeline should see it: a timeout names its phase and bound. */
    private Exception failure(Exception e) {
        if (guard != null && guard.fired()) {
            return timeout(Phase.SEND, "the server took no more of the request body for " + bound(attemptTimeout)
                    + " (the attempt timeout)");
        }
        if (e instanceof ConnectionPool.PoolTimeoutException) {
            return timeout(Phase.CONNECT, "no connection to " + route.authority() + " became free within "
                    + (hasCallDeadline && callDeadline - deadline(transport.connectTimeout()) <= 0
                    ? "the call timeout" : "the connect timeout of " + bound(transport.connectTimeout()))
                    + ": " + e.getMessage());
        }
        if (!(e instanceof SocketTimeoutException)) {
            if (aborted && !(e instanceof CancellationException)) {
                return new InterruptedIOException("the exchange was aborted");
            }
            return e;
        }
        return switch (phase) {
            case CONNECT -> timeout(Phase.CONNECT, "could not connect to " + connectTarget() + " within "
                    + (hasCallDeadline && callDeadline - deadline(transport.connectTimeout()) <= 0
                    ? "the call timeout" : "the connect timeout of " + bound(transport.connectTimeout())));
            case SEND, RESPONSE -> timeout(Phase.RESPONSE, "no complete response from " + route.authority() + " within "
                    + (responseBoundIsCall ? "the call timeout" : "the attempt timeout of " + bound(attemptTimeout)));
            case READ -> timeout(Phase.READ, route.authority() + " sent no more of the response body for "
                    + bound(attemptTimeout) + " while it was being read (the attempt timeout)");
        };
    }

    private AttemptTimeoutException timeout(Phase p, String message) {
        return new AttemptTimeoutException(p, p == Phase.CONNECT ? transport.connectTimeout() : attemptTimeout, message);
    }

    private String connectTarget() {
        return route.viaProxy() ? "the proxy " + route.proxyHost() + ":" + route.proxyPort() : route.authority();
    }

    private static String bound(Duration d) {
        return AttemptTimeoutException.describe(d);
    }

    /** {@code now + bound}, or the call's deadline when that comes first. */
    private long deadline(Duration bound) {
        long now = System.nanoTime();
        long d = bound != null ? now + bound.toNanos() : now + Long.MAX_VALUE / 4;
        return hasCallDeadline && callDeadline - d < 0 ? callDeadline : d;
    }

    private static int millisUntil(long deadline) throws SocketTimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("the deadline passed");
        }
        return (int) Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000);
    }

    @Override
    public String toString() {
        return "Exchange[" + request.method() + " " + route + (head == null ? "" : ", HTTP " + head.status()) + "]";
    }

    /** The exchange's future: cancelling it closes the connection wherever the exchange is. */
    private final class Pending extends CompletableFuture<TransportResponse> {
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled) {
                // The exchange's own thread settles the connection; here a blocked connect, write
                // or read is made to fail at once. (Aborted first: whichever of this and settle()
                // looks second sees the other.)
                aborted = true;
                Connection c = connection;
                if (c == null) {
                    transport.pool().wake(route); // it may be waiting for a connection
                } else if (!settled.get()) {
                    c.abort();
                }
            }
            return cancelled;
        }
    }
}
