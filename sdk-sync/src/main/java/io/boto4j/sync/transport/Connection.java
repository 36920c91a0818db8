package io.boto4j.sync.transport;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 connection: a blocking {@link SocketChannel} (so that interrupting the thread in
 * a read, or closing it from another thread, ends the read at once), TLS layered over it for
 * https, and a read buffer that the response head and body are parsed from. Used by one
 * exchange at a time; {@link #abort()} may come from any thread.
 */
final class Connection {
    static final int BUFFER_SIZE = 16 * 1024;

    final Route route;
    private final SocketChannel channel;
    private final AtomicBoolean closed = new AtomicBoolean();
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int readTimeout = -1;
    /** When the current wait for bytes must end ({@link System#nanoTime()}). */
    private long readDeadline;

    /** Bytes read from the socket and not consumed yet: {@code buffer[position, limit)}. */
    final byte[] buffer = new byte[BUFFER_SIZE];
    int position;
    int limit;

    /** When the connection went back to the pool ({@link System#nanoTime()}). */
    long idleSince;
    /** Whether it served an exchange before the current one. */
    boolean reused;

    Connection(Route route) throws IOException {
        this.route = route;
        this.channel = SocketChannel.open();
    }

    /** Connects to {@code address} within {@code timeoutMillis}. */
    void connect(InetSocketAddress address, int timeoutMillis) throws IOException {
        Socket plain = channel.socket();
        plain.setTcpNoDelay(true);
        plain.setKeepAlive(true);
        plain.connect(address, Math.max(1, timeoutMillis));
        use(plain);
    }

    /** Layers TLS over the connected socket (directly, or through a proxy's tunnel). */
    void startTls(Tls tls, int timeoutMillis) throws IOException {
        SSLSocket secure = tls.handshake(socket, route.tlsHost(), route.port(), timeoutMillis);
        use(secure);
    }

    private void use(Socket s) throws IOException {
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
        readTimeout = -1;
    }

    /**
     * Sets when the reads from now on must have their bytes, in {@link System#nanoTime()} terms:
     * each read waits at most until then and fails with {@link SocketTimeoutException} after.
     */
    void readDeadline(long deadline) {
        this.readDeadline = deadline;
    }

    /** Before each socket read: what is left of the deadline becomes the socket's timeout. */
    private void beforeRead() throws IOException {
        long left = readDeadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("the read deadline passed");
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, (left + 999_999) / 1_000_000));
        if (millis != readTimeout) {
            socket.setSoTimeout(millis);
            readTimeout = millis;
        }
    }

    /** Reads more bytes into the buffer (compacting it first); -1 at the end of the stream. */
    int fill() throws IOException {
        if (position == limit) {
            position = 0;
            limit = 0;
        } else if (limit == buffer.length && position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        beforeRead();
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n > 0) {
            limit += n;
        }
        return n;
    }

    /** Reads straight from the socket into {@code target}, bypassing the buffer (which must be empty). */
    int readDirect(byte[] target, int offset, int length) throws IOException {
        beforeRead();
        return in.read(target, offset, length);
    }

    int buffered() {
        return limit - position;
    }

    /** One line without its CR LF, at most {@code max} bytes; fails at the end of the stream. */
    String readLine(int max) throws IOException {
        int scanned = position;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                    String line = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                    position = i + 1;
                    return line;
                }
            }
            if (limit - position >= max) {
                throw new ProtocolException("a line of the response is longer than " + max + " bytes");
            }
            int alreadyScanned = limit - position;
            if (fill() < 0) {
                throw new EOFException("the connection closed in the middle of the response head");
            }
            scanned = position + alreadyScanned;
        }
    }

    void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    boolean isOpen() {
        return !closed.get();
    }

    /**
     * Whether a pooled connection can take a request: open, nothing unread, and the server has
     * not closed it (a non-blocking peek: a server that closed an idle connection left an end of
     * stream, or a TLS alert, behind).
     */
    boolean looksAlive() {
        if (closed.get() || position != limit) {
            return false;
        }
        try {
            channel.configureBlocking(false);
            try {
                return channel.read(ByteBuffer.allocate(1)) == 0;
            } finally {
                channel.configureBlocking(true);
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Closes at once with a reset, from any thread: a blocked read or write fails, nothing more is read. */
    void abort() {
        if (closed.compareAndSet(false, true)) {
            try {
                channel.socket().setSoLinger(true, 0);
            } catch (IOException | RuntimeException e) {
                // closing anyway
            }
            closeQuietly();
        }
    }

    /** Closes an idle connection. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            closeQuietly();
        }
    }

    private void closeQuietly() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }

    @Override
    public String toString() {
        return "Connection[" + route + (closed.get() ? ", closed" : "") + "]";
    }
}
