package io.boto4j.sync;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A tiny HTTP/1.1 server on plain sockets for the blocking layer's tests: it records each
 * request exactly as it arrived (headers as sent on the wire, body length and SHA-256) and
 * answers with scripted raw responses, which may be cut short, slow or reset.
 */
public final class RawHttpServer implements AutoCloseable {
    /** Bodies larger than this are hashed and counted but not kept. */
    private static final int KEEP_LIMIT = 1 << 20;

    /** One request as received. */
    public record Request(String method, String target, Map<String, List<String>> headers, long bodyLength,
                   String bodySha256, byte[] body) {
        public String header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null ? null : v.get(0);
        }

        public String bodyText() {
            return body == null ? null : new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Writes a response; returns false to close the connection afterwards. */
    @FunctionalInterface
    public interface Responder {
        boolean respond(Request request, OutputStream out) throws IOException;
    }

    private final ServerSocket socket;
    private final Thread acceptor;
    private final ConcurrentLinkedDeque<Responder> script = new ConcurrentLinkedDeque<>();
    private volatile Responder fallback = (req, out) -> respond(out, 500, Map.of(), "no scripted response");
    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean closed;

    public RawHttpServer() throws IOException {
        this(javax.net.ServerSocketFactory.getDefault());
    }

    /** A server on sockets of {@code factory}'s making (an SSL one for https). */
    public RawHttpServer(javax.net.ServerSocketFactory factory) throws IOException {
        socket = factory.createServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        acceptor = new Thread(this::acceptLoop, "raw-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Responders used in order, one per request; then the fallback. */
    public RawHttpServer then(Responder r) {
        script.add(r);
        return this;
    }

    public RawHttpServer always(Responder r) {
        fallback = r;
        return this;
    }

    /** The next request received, waiting up to 10 s. */
    public Request take() throws InterruptedException {
        Request r = received.poll(10, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no request arrived");
        }
        return r;
    }

    /** Connections accepted so far. */
    public int acceptedCount() {
        return accepted.get();
    }

    /** Connections open now (the server's side of them). */
    public int openCount() {
        return connections.size();
    }

    public int receivedCount() {
        return received.size();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = socket.accept();
                accepted.incrementAndGet();
                connections.add(s);
                Thread t = new Thread(() -> serve(s), "raw-http-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** The connection being served on this thread, for responders that watch it. */
    private static final ThreadLocal<InputStream> CONNECTION_INPUT = new ThreadLocal<>();

    /**
     * Answers nothing and waits until the client closes the connection (or 20 s pass): a server
     * that never responds, whose connection counts as open until the client gives up on it.
     */
    public static Responder silentUntilClosed() {
        return (req, out) -> {
            InputStream in = CONNECTION_INPUT.get();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < end && in.read() >= 0) {
                // discard whatever comes; a close ends the loop
            }
            return false;
        };
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            CONNECTION_INPUT.set(in);
            OutputStream out = s.getOutputStream();
            while (!closed) {
                Request r = readRequest(in, out);
                if (r == null) {
                    return;
                }
                received.add(r);
                Responder next = script.poll();
                boolean keepAlive = (next != null ? next : fallback).respond(r, out);
                out.flush();
                if (!keepAlive) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client went away (an aborted stream): nothing to do.
        } finally {
            connections.remove(s);
        }
    }

    private static Request readRequest(InputStream in, OutputStream out) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String h;
        while ((h = line(in)) != null && !h.isEmpty()) {
            int colon = h.indexOf(':');
            headers.computeIfAbsent(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(h.substring(colon + 1).trim());
        }
        if (headers.containsKey("expect")) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        BodySink sink = new BodySink();
        List<String> te = headers.get("transfer-encoding");
        List<String> cl = headers.get("content-length");
        if (te != null && te.get(0).equalsIgnoreCase("chunked")) {
            while (true) {
                String size = line(in);
                long n = Long.parseLong(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    while (!line(in).isEmpty()) {
                        // trailers
                    }
                    break;
                }
                sink.copy(in, n);
                line(in);
            }
        } else if (cl != null) {
            sink.copy(in, Long.parseLong(cl.get(0)));
        }
        return new Request(parts[0], parts[1], headers, sink.length, sink.sha256(), sink.kept());
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    private static final class BodySink {
        private final MessageDigest digest;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long length;

        BodySink() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void copy(InputStream in, long n) throws IOException {
            byte[] buf = new byte[64 * 1024];
            while (n > 0) {
                int r = in.read(buf, 0, (int) Math.min(buf.length, n));
                if (r < 0) {
                    throw new IOException("request body ended early");
                }
                digest.update(buf, 0, r);
                if (length < KEEP_LIMIT) {
                    kept.write(buf, 0, r);
                }
                length += r;
                n -= r;
            }
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }

        byte[] kept() {
            return length <= KEEP_LIMIT ? kept.toByteArray() : null;
        }
    }

    // ------------------------------------------------------------------ canned responses

    public static boolean respond(OutputStream out, int status, Map<String, String> headers, String body)
            throws IOException {
        return respond(out, status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    public static boolean respond(OutputStream out, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        head(out, status, headers, body.length);
        out.write(body);
        return true;
    }

    public static void head(OutputStream out, int status, Map<String, String> headers, long contentLength)
            throws IOException {
        StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status))
                .append("\r\n");
        headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        if (contentLength >= 0) {
            sb.append("Content-Length: ").append(contentLength).append("\r\n");
        }
        sb.append("\r\n");
        out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    /** JSON with a request id, as the json protocol answers. */
    public static Responder json(int status, String body) {
        return (req, out) -> respond(out, status, Map.of("Content-Type", "application/x-amz-json-1.0",
                "x-amzn-RequestId", "req-" + status), body);
    }

    /** Declares {@code declared} bytes, sends {@code body}, then closes the connection. */
    public static Responder truncated(int status, String body, int declared) {
        return (req, out) -> {
            head(out, status, Map.of("Content-Type", "application/x-amz-json-1.0", "x-amzn-RequestId", "cut"),
                    declared);
            out.write(body.getBytes(StandardCharsets.UTF_8));
            return false;
        };
    }

    @Override
    public void close() throws IOException {
        closed = true;
        socket.close();
        for (Socket s : connections) {
            s.close();
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
