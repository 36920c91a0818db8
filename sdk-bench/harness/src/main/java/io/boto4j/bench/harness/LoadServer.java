package io.boto4j.bench.harness;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;

/**
 * The server of the concurrency benchmark: one thread, one NIO selector, answering every GET
 * with the same 1 KiB object and S3's usual response headers, and anything else with an empty
 * 200. It parses only what it must (where a request ends: the blank line and any
 * {@code Content-Length} body), checks no signature and allocates nothing per request, so
 * that one core of it outpaces one core of any client: the clients are what is measured.
 *
 * <p>{@code GET /__bench/stats} answers {@code cpuNanos=… requests=…}: the server process's
 * CPU time and the requests served, read by the load driver at both ends of its window.
 *
 * <p>Run as {@code LoadServer [port]} (0 or nothing: an ephemeral port); it prints
 * {@code LISTENING <port>} once it accepts connections and serves until killed. Tests start
 * one in-process with {@link #start(int)}.
 */
public final class LoadServer implements AutoCloseable {
    /** The object every GET returns. */
    public static final int OBJECT_SIZE = 1024;
    static final String STATS_PATH = "/__bench/stats";

    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    /** IMF-fixdate (RFC 9110): two-digit day, unlike RFC_1123_DATE_TIME. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT);

    private final Selector selector;
    private final ServerSocketChannel listener;
    private final byte[] object = objectBytes();
    /** S3's ETag of a single-part object is its MD5: right, in case a client checks it. */
    private final String objectMd5 = md5Hex(object);
    /** The GET and the non-GET answers, rebuilt when the second of their Date header changes. */
    private ByteBuffer getResponse;
    private ByteBuffer emptyResponse;
    private long responseSecond = -1;
    private long requests;

    private LoadServer(int port) throws IOException {
        selector = Selector.open();
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
    }

    /** The bytes of the served object: printable, so a mismatch is readable in a dump. */
    public static byte[] objectBytes() {
        byte[] bytes = new byte[OBJECT_SIZE];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    private static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        LoadServer server = new LoadServer(args.length > 0 ? Integer.parseInt(args[0]) : 0);
        PrintStream out = System.out;
        out.println("LISTENING " + server.port());
        out.flush();
        server.serve();
    }

    /** Starts a server on {@code port} of 127.0.0.1 (0: ephemeral) on a daemon thread of its own. */
    public static LoadServer start(int port) throws IOException {
        LoadServer server = new LoadServer(port);
        Thread t = new Thread(() -> {
            try {
                server.serve();
            } catch (IOException | java.nio.channels.ClosedSelectorException e) {
                // closed
            }
        }, "load-server");
        t.setDaemon(true);
        t.start();
        return server;
    }

    public int port() throws IOException {
        return ((InetSocketAddress) listener.getLocalAddress()).getPort();
    }

    /** Stops serving and closes every connection (for servers started with {@link #start}). */
    @Override
    public void close() throws IOException {
        for (SelectionKey key : selector.keys()) {
            key.channel().close();
        }
        selector.close();
    }

    private void serve() throws IOException {
        while (selector.isOpen()) {
            selector.select();
            if (!selector.isOpen()) {
                return;
            }
            refreshResponses();
            Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                try {
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else {
                        Connection c = (Connection) key.attachment();
                        if (key.isWritable()) {
                            c.flush(key);
                        }
                        if (key.isValid() && key.isReadable()) {
                            c.read(key);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // A client that resets or sends garbage loses its connection, nothing more.
                    key.cancel();
                    key.channel().close();
                }
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = listener.accept()) != null) {
            channel.configureBlocking(false);
            channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
            channel.register(selector, SelectionKey.OP_READ, new Connection(channel));
        }
    }

    private void refreshResponses() {
        long now = System.currentTimeMillis();
        long second = now / 1000;
        if (second == responseSecond) {
            return;
        }
        responseSecond = second;
        String date = HTTP_DATE.format(ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(second), ZoneOffset.UTC));
        String common = "x-amz-id-2: Y2FubmVkIGJlbmNobWFyayByZXNwb25zZSBmcm9tIHRoZSBsb2FkIHNlcnZlcg==\r\n"
                + "x-amz-request-id: 4442587FB7D0A2F9\r\n"
                + "Date: " + date + "\r\n"
                + "ETag: \"" + objectMd5 + "\"\r\n"
                + "Server: AmazonS3\r\n";
        String get = "HTTP/1.1 200 OK\r\n" + common
                + "Last-Modified: Wed, 25 Nov 2026 12:00:00 GMT\r\n"
                + "Accept-Ranges: bytes\r\n"
                + "Content-Type: application/octet-stream\r\n"
                + "Content-Length: " + object.length + "\r\n\r\n";
        byte[] head = get.getBytes(StandardCharsets.US_ASCII);
        getResponse = ByteBuffer.allocateDirect(head.length + object.length).put(head).put(object).flip();
        byte[] empty = ("HTTP/1.1 200 OK\r\n" + common + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        emptyResponse = ByteBuffer.allocateDirect(empty.length).put(empty).flip();
    }

    private ByteBuffer statsResponse() {
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        byte[] body = ("cpuNanos=" + cpu + " requests=" + requests + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(head.length + body.length).put(head).put(body).flip();
    }

    /** One client connection: its unparsed input and whatever of its answers the socket has not taken yet. */
    private final class Connection {
        private final SocketChannel channel;
        private final ByteBuffer in = ByteBuffer.allocate(MAX_HEADER_BYTES);
        /** Answers not yet written (null when all went out): reading waits until they have. */
        private ByteBuffer pending;
        private long bodyToSkip;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void read(SelectionKey key) throws IOException {
            if (channel.read(in) < 0) {
                key.cancel();
                channel.close();
                return;
            }
            in.flip();
            while (true) {
                if (bodyToSkip > 0) {
                    int skip = (int) Math.min(bodyToSkip, in.remaining());
                    in.position(in.position() + skip);
                    bodyToSkip -= skip;
                    if (bodyToSkip > 0) {
                        break;
                    }
                }
                int end = indexOf(in, HEADER_END);
                if (end < 0) {
                    break;
                }
                int start = in.position();
                bodyToSkip = contentLength(in, start, end);
                ByteBuffer answer = answerFor(in, start);
                in.position(end + HEADER_END.length);
                send(key, answer);
            }
            in.compact();
            if (!in.hasRemaining()) {
                throw new IOException("request header larger than " + MAX_HEADER_BYTES + " bytes");
            }
        }

        private ByteBuffer answerFor(ByteBuffer request, int start) {
            boolean get = request.get(start) == 'G' && request.get(start + 1) == 'E' && request.get(start + 2) == 'T'
                    && request.get(start + 3) == ' ';
            if (get && startsWith(request, start + 4, STATS_PATH)) {
                return statsResponse();
            }
            requests++;
            return get ? getResponse : emptyResponse;
        }

        /** Writes {@code answer} (a shared buffer, never moved) now, or queues what the socket does not take. */
        private void send(SelectionKey key, ByteBuffer answer) throws IOException {
            ByteBuffer out = answer.duplicate();
            if (pending == null) {
                channel.write(out);
                if (!out.hasRemaining()) {
                    return;
                }
                pending = ByteBuffer.allocate(Math.max(out.remaining(), 4096));
                key.interestOps(SelectionKey.OP_WRITE);
            } else if (pending.remaining() < out.remaining()) {
                ByteBuffer bigger = ByteBuffer.allocate((pending.position() + out.remaining()) * 2);
                pending = bigger.put(pending.flip());
            }
            pending.put(out);
        }

        void flush(SelectionKey key) throws IOException {
            pending.flip();
            channel.write(pending);
            if (pending.hasRemaining()) {
                pending.compact();
                return;
            }
            pending = null;
            key.interestOps(SelectionKey.OP_READ);
        }
    }

    private static int indexOf(ByteBuffer b, byte[] needle) {
        int last = b.limit() - needle.length;
        outer:
        for (int i = b.position(); i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b.get(i + j) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(ByteBuffer b, int at, String prefix) {
        if (b.limit() - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b.get(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The Content-Length of the request whose header spans [start, end), 0 when it has none. */
    private static long contentLength(ByteBuffer b, int start, int end) {
        for (int line = start; line < end; ) {
            int next = line;
            while (next < end && b.get(next) != '\n') {
                next++;
            }
            if (matchesIgnoreCase(b, line, CONTENT_LENGTH)) {
                long value = 0;
                for (int i = line + CONTENT_LENGTH.length; i < next; i++) {
                    byte c = b.get(i);
                    if (c >= '0' && c <= '9') {
                        value = value * 10 + (c - '0');
                    }
                }
                return value;
            }
            line = next + 1;
        }
        return 0;
    }

    private static boolean matchesIgnoreCase(ByteBuffer b, int at, byte[] lowerCase) {
        if (b.limit() - at < lowerCase.length) {
            return false;
        }
        for (int i = 0; i < lowerCase.length; i++) {
            int c = b.get(at + i);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerCase[i]) {
                return false;
            }
        }
        return true;
    }
}
