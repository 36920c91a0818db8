package io.boto4j.core.eventstream;

import io.boto4j.core.EventStreamException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Incremental decoder of the binary event stream framing. Feed it the body in chunks of any
 * size, as they arrive; every complete, checksum-verified message goes to the sink in order,
 * from inside the {@code feed} call that completed it.
 *
 * <p>Memory is bounded: the decoder holds only the message being assembled (at most 16 MiB,
 * allocated once its verified prelude announces the length) and never keeps the caller's
 * chunks. Not thread-safe: feed it from one thread (or one event loop) at a time.
 *
 * <p>Any exception out of {@code feed} or {@code end} (a framing error, or one the sink throws)
 * fails the decoder: later calls throw {@link IllegalStateException}.
 */
public final class MessageDecoder {
    private final Consumer<EventStreamMessage> sink;
    private final byte[] prelude = new byte[Framing.PRELUDE_LENGTH];
    private int preludeFilled;
    /** The message being assembled (prelude included) once the prelude is verified, else null. */
    private byte[] message;
    private int messageFilled;
    private boolean failed;
    private boolean ended;

    /**
     * A decoder delivering to {@code sink}.
     *
     * @param sink receives each complete, verified message, on the thread that feeds the decoder
     * @throws NullPointerException when {@code sink} is null
     */
    public MessageDecoder(Consumer<EventStreamMessage> sink) {
        this.sink = Objects.requireNonNull(sink);
    }

    /**
     * Consumes all remaining bytes of {@code chunk} (its position moves to its limit).
     *
     * @param chunk the next bytes of the body, heap or direct; not kept after the call returns
     * @throws EventStreamException when a prelude or message checksum does not match or a
     *                              length is out of range
     */
    public void feed(ByteBuffer chunk) {
        checkUsable();
        try {
            if (chunk.hasArray()) {
                int n = chunk.remaining();
                consume(chunk.array(), chunk.arrayOffset() + chunk.position(), n);
                chunk.position(chunk.position() + n);
            } else {
                // Direct buffers: copy through a small window so that a large chunk costs no large copy.
                byte[] window = new byte[Math.min(chunk.remaining(), 8192)];
                while (chunk.hasRemaining()) {
                    int n = Math.min(window.length, chunk.remaining());
                    chunk.get(window, 0, n);
                    consume(window, 0, n);
                }
            }
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    /**
     * Consumes all of {@code chunk}.
     *
     * @param chunk the next bytes of the body; not kept after the call returns
     * @throws EventStreamException when a checksum does not match or a length is out of range
     */
    public void feed(byte[] chunk) {
        feed(chunk, 0, chunk.length);
    }

    /**
     * Consumes {@code length} bytes of {@code chunk} from {@code offset}.
     *
     * @param chunk holds the next bytes of the body; not kept after the call returns
     * @param offset the index of the first byte to consume
     * @param length how many bytes to consume
     * @throws IndexOutOfBoundsException when the range is outside {@code chunk}
     * @throws EventStreamException when a checksum does not match or a length is out of range
     */
    public void feed(byte[] chunk, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, chunk.length);
        checkUsable();
        try {
            consume(chunk, offset, length);
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    /**
     * Marks the end of the body. A body may end only between messages.
     *
     * @throws EventStreamException "event stream ended inside a message" otherwise
     */
    public void end() {
        checkUsable();
        ended = true;
        if (!isBetweenMessages()) {
            failed = true;
            throw new EventStreamException("event stream ended inside a message ("
                    + bufferedBytes() + " bytes of an incomplete message)");
        }
    }

    /**
     * Whether no partial message is buffered.
     *
     * @return true when the bytes fed so far end exactly at a message boundary
     */
    public boolean isBetweenMessages() {
        return preludeFilled == 0 && message == null;
    }

    /**
     * The bytes held for the incomplete message (what the decoder's memory amounts to).
     *
     * @return the prelude bytes received so far, or the whole announced message length once the
     *         prelude is verified; 0 between messages
     */
    public int bufferedBytes() {
        return message != null ? message.length : preludeFilled;
    }

    private void checkUsable() {
        if (failed) {
            throw new IllegalStateException("the event stream decoder failed earlier");
        }
        if (ended) {
            throw new IllegalStateException("the event stream has ended");
        }
    }

    private void consume(byte[] b, int off, int len) {
        int end = off + len;
        while (off < end) {
            if (message == null) {
                int n = Math.min(Framing.PRELUDE_LENGTH - preludeFilled, end - off);
                System.arraycopy(b, off, prelude, preludeFilled, n);
                preludeFilled += n;
                off += n;
                if (preludeFilled == Framing.PRELUDE_LENGTH) {
                    startMessage();
                }
            } else {
                int n = Math.min(message.length - messageFilled, end - off);
                System.arraycopy(b, off, message, messageFilled, n);
                messageFilled += n;
                off += n;
                if (messageFilled == message.length) {
                    byte[] complete = message;
                    message = null;
                    preludeFilled = 0;
                    sink.accept(decode(complete));
                }
            }
        }
    }

    /** Checks the prelude before trusting its lengths, then allocates the message buffer. */
    private void startMessage() {
        long expected = Framing.readInt(prelude, 8) & 0xFFFFFFFFL;
        long actual = Framing.crc32(prelude, 0, 8);
        if (expected != actual) {
            throw new EventStreamException(String.format(
                    "event stream prelude checksum mismatch: expected 0x%08x, computed 0x%08x", expected, actual));
        }
        long total = Framing.readInt(prelude, 0) & 0xFFFFFFFFL;
        long headers = Framing.readInt(prelude, 4) & 0xFFFFFFFFL;
        if (total < Framing.MIN_MESSAGE_LENGTH || total > Framing.MAX_MESSAGE_LENGTH) {
            throw new EventStreamException("event stream message length " + total + " is outside ["
                    + Framing.MIN_MESSAGE_LENGTH + ", " + Framing.MAX_MESSAGE_LENGTH + "]");
        }
        if (headers > Framing.MAX_HEADERS_LENGTH) {
            throw new EventStreamException("event stream headers length " + headers
                    + " exceeds the maximum of " + Framing.MAX_HEADERS_LENGTH);
        }
        if (headers > total - Framing.MIN_MESSAGE_LENGTH) {
            throw new EventStreamException("event stream headers length " + headers
                    + " does not fit in a message of " + total + " bytes");
        }
        message = new byte[(int) total];
        System.arraycopy(prelude, 0, message, 0, Framing.PRELUDE_LENGTH);
        messageFilled = Framing.PRELUDE_LENGTH;
    }

    private static EventStreamMessage decode(byte[] m) {
        int crcOffset = m.length - Framing.TRAILER_LENGTH;
        long expected = Framing.readInt(m, crcOffset) & 0xFFFFFFFFL;
        long actual = Framing.crc32(m, 0, crcOffset);
        if (expected != actual) {
            throw new EventStreamException(String.format(
                    "event stream message checksum mismatch: expected 0x%08x, computed 0x%08x", expected, actual));
        }
        int headersEnd = Framing.PRELUDE_LENGTH + Framing.readInt(m, 4);
        return new EventStreamMessage(HeaderCodec.decode(m, Framing.PRELUDE_LENGTH, headersEnd),
                Arrays.copyOfRange(m, headersEnd, crcOffset));
    }
}
