package io.boto4j.sync.transport;

import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.ByteBuffer;

/**
 * Reads one response body off a {@link Connection}, as its framing delimits it: a fixed
 * {@code Content-Length}, chunked transfer coding (trailers read and dropped), or until the
 * server closes. Each {@link #next} hands out a buffer of its own (the reader keeps it).
 */
final class BodyReader {
    private static final int MAX_CHUNK = 64 * 1024;
    private static final int MAX_CHUNK_LINE = 4096;

    private final Connection connection;
    private final ResponseHead.Framing framing;
    /** LENGTH: bytes left; CHUNKED: bytes left in the current chunk (-1 before the first). */
    private long remaining;
    private boolean ended;

    BodyReader(Connection connection, ResponseHead.Framing framing, long contentLength) {
        this.connection = connection;
        this.framing = framing;
        this.remaining = framing == ResponseHead.Framing.LENGTH ? contentLength : -1;
        this.ended = framing == ResponseHead.Framing.NONE || framing == ResponseHead.Framing.LENGTH && contentLength == 0;
    }

    /** Whether the whole body has been read (the connection is then free for the next request). */
    boolean ended() {
        return ended;
    }

    /** The next bytes of the body, or null at its end. Blocks for at most the connection's read timeout per read. */
    ByteBuffer next() throws IOException {
        if (ended) {
            return null;
        }
        return switch (framing) {
            case LENGTH -> fixed();
            case CHUNKED -> chunked();
            case UNTIL_CLOSE -> untilClose();
            case NONE -> null;
        };
    }

    private ByteBuffer fixed() throws IOException {
        ByteBuffer bytes = read(remaining, true);
        remaining -= bytes.remaining();
        ended = remaining == 0;
        return bytes;
    }

    private ByteBuffer chunked() throws IOException {
        if (remaining <= 0) {
            if (remaining == 0) {
                expectLineEnd(); // the CRLF after the previous chunk's data
            }
            remaining = chunkSize();
            if (remaining == 0) {
                while (!connection.readLine(MAX_CHUNK_LINE).isEmpty()) {
                    // trailers: nothing the SDK reads comes this way
                }
                ended = true;
                return null;
            }
        }
        ByteBuffer bytes = read(remaining, true);
        remaining -= bytes.remaining();
        return bytes;
    }

    private ByteBuffer untilClose() throws IOException {
        if (connection.buffered() == 0 && connection.fill() < 0) {
            ended = true;
            return null;
        }
        return read(connection.buffered(), false);
    }

    /**
     * Up to {@code max} bytes: what the buffer holds, else one read. A large body skips the
     * buffer and is read straight into the buffer handed out.
     */
    private ByteBuffer read(long max, boolean endIsTruncation) throws IOException {
        int available = connection.buffered();
        if (available == 0) {
            if (max >= Connection.BUFFER_SIZE) {
                byte[] direct = new byte[(int) Math.min(max, MAX_CHUNK)];
                int n = connection.readDirect(direct, 0, direct.length);
                if (n < 0) {
                    throw cut(endIsTruncation);
                }
                return ByteBuffer.wrap(direct, 0, n);
            }
            if (connection.fill() < 0) {
                throw cut(endIsTruncation);
            }
            available = connection.buffered();
        }
        int n = (int) Math.min(available, max);
        byte[] copy = new byte[n];
        System.arraycopy(connection.buffer, connection.position, copy, 0, n);
        connection.position += n;
        return ByteBuffer.wrap(copy);
    }

    private static IOException cut(boolean truncation) {
        return new EOFException(truncation ? "the connection closed before the end of the response body"
                : "the connection closed");
    }

    private long chunkSize() throws IOException {
        String line = connection.readLine(MAX_CHUNK_LINE);
        int semicolon = line.indexOf(';');
        String hex = (semicolon >= 0 ? line.substring(0, semicolon) : line).trim();
        if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(BodyReader::isHexDigit)) {
            throw new ProtocolException("invalid chunk size in the response: " + ResponseHead.printable(line));
        }
        return Long.parseLong(hex, 16);
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private void expectLineEnd() throws IOException {
        if (!connection.readLine(MAX_CHUNK_LINE).isEmpty()) {
            throw new ProtocolException("a chunk of the response is longer than its size says");
        }
    }
}
