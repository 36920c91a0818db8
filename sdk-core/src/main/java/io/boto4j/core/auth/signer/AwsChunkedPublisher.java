package io.boto4j.core.auth.signer;

import io.boto4j.core.internal.flow.DrainLoop;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

/**
 * A payload framed as {@code aws-chunked}: cut into chunks of exactly {@code chunkSize} bytes
 * (the last one shorter), each framed by an {@link AwsChunkedEncoder}, then the final
 * zero-length chunk with the trailing headers, which are asked for only once the payload has
 * ended (a checksum computed while the bytes flowed). Because every chunk but the last has the
 * same size, the encoded length is known up front from the payload's length
 * ({@link AwsChunkedEncoder#encodedLength}).
 *
 * <p>Each framed chunk is one {@link ByteBuffer} (header, data and CRLF in one array, one copy
 * of the data). Back-pressure: the payload is asked for one buffer at a time, and only while
 * the subscriber has demand, so at most one chunk and one payload buffer are held, never the
 * body. Cancelling cancels the payload. Each subscription frames anew with a new encoder.
 */
public final class AwsChunkedPublisher implements Flow.Publisher<ByteBuffer> {
    /** Room before a chunk's data for the longest header (8 hex digits, a chunk signature, CRLF). */
    private static final int HEADER_ROOM = 96;

    private final Flow.Publisher<ByteBuffer> payload;
    private final long payloadLength;
    private final int chunkSize;
    private final Supplier<AwsChunkedEncoder> encoders;
    private final Supplier<Map<String, String>> trailers;

    /**
     * Frames a payload as {@code aws-chunked}; nothing is read until a subscriber subscribes, and
     * each subscription subscribes to {@code payload} anew.
     *
     * @param payload       the bytes to frame
     * @param payloadLength the number of bytes the payload must emit, or -1 when unknown; a
     *                      payload that emits another number fails the body (the
     *                      {@code Content-Length} sent would be wrong)
     * @param chunkSize     the size in bytes of every chunk but the last, positive
     * @param encoders      a new encoder per subscription (signed encoders chain signatures)
     * @param trailers      the trailing headers, in order, asked for after the payload ended
     * @throws IllegalArgumentException when {@code chunkSize} is zero or negative
     * @throws NullPointerException when {@code payload}, {@code encoders} or {@code trailers} is null
     */
    public AwsChunkedPublisher(Flow.Publisher<ByteBuffer> payload, long payloadLength, int chunkSize,
            Supplier<AwsChunkedEncoder> encoders, Supplier<Map<String, String>> trailers) {
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunk size must be positive, got " + chunkSize);
        }
        this.payload = Objects.requireNonNull(payload, "payload");
        this.payloadLength = payloadLength;
        this.chunkSize = chunkSize;
        this.encoders = Objects.requireNonNull(encoders, "encoders");
        this.trailers = Objects.requireNonNull(trailers, "trailers");
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        payload.subscribe(new Framing(subscriber, encoders.get()));
    }

    /**
     * One subscription. Every state change happens in {@link #run()}, the pass of a
     * {@link DrainLoop} (one thread at a time, whichever signal drains); the signals only
     * record what happened and drain.
     */
    private final class Framing implements Flow.Subscriber<ByteBuffer>, Flow.Subscription {
        private final Flow.Subscriber<? super ByteBuffer> downstream;
        private final AwsChunkedEncoder encoder;
        private final DrainLoop loop = new DrainLoop(this::run);

        private volatile Flow.Subscription upstream;
        private volatile ByteBuffer current;
        private volatile boolean upstreamDone;
        private volatile Throwable failure;

        // Owned by run().
        private boolean awaitingItem;
        private byte[] chunk;
        private int fill;
        private long seen;
        private ByteBuffer ready;
        private boolean finished;
        private boolean terminated;

        Framing(Flow.Subscriber<? super ByteBuffer> downstream, AwsChunkedEncoder encoder) {
            this.downstream = downstream;
            this.encoder = encoder;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            if (upstream != null) {
                s.cancel();
                return;
            }
            upstream = s;
            downstream.onSubscribe(this);
        }

        @Override
        public void onNext(ByteBuffer item) {
            current = item;
            loop.drain();
        }

        @Override
        public void onError(Throwable t) {
            failure = t;
            loop.drain();
        }

        @Override
        public void onComplete() {
            upstreamDone = true;
            loop.drain();
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                upstream.cancel();
                failure = new IllegalArgumentException("request(" + n + "): demand must be positive (rule 3.9)");
                loop.drain();
                return;
            }
            loop.addDemand(n);
            loop.drain();
        }

        @Override
        public void cancel() {
            loop.cancel(upstream);
        }

        /** Makes all the progress that demand and the payload allow. */
        private void run() {
            while (!terminated) {
                if (loop.cancelled()) {
                    release();
                    return;
                }
                Throwable error = failure;
                if (error != null) {
                    terminate();
                    downstream.onError(error);
                    return;
                }
                if (ready != null) {
                    if (!loop.hasDemand()) {
                        return;
                    }
                    loop.itemSent();
                    ByteBuffer out = ready;
                    ready = null;
                    downstream.onNext(out);
                    continue;
                }
                if (finished) {
                    terminate();
                    downstream.onComplete();
                    return;
                }
                if (!loop.hasDemand()) {
                    return; // read on only for a subscriber that waits: at most one partial chunk held
                }
                ByteBuffer item = current;
                if (item != null) {
                    awaitingItem = false;
                    if (item.hasRemaining()) {
                        take(item);
                    } else {
                        current = null;
                    }
                    continue;
                }
                if (upstreamDone) {
                    finishPayload();
                    continue;
                }
                if (awaitingItem) {
                    return;
                }
                awaitingItem = true;
                upstream.request(1);
            }
        }

        /** Copies what fits of the payload buffer into the chunk; frames a full chunk. */
        private void take(ByteBuffer item) {
            int n = Math.min(item.remaining(), chunkSize - fill);
            seen += n;
            if (payloadLength >= 0 && seen > payloadLength) {
                failure = lengthMismatch("more than");
                upstream.cancel();
                return;
            }
            if (chunk == null) {
                chunk = new byte[HEADER_ROOM + chunkCapacity(seen - n) + 2];
            }
            item.get(chunk, HEADER_ROOM + fill, n);
            fill += n;
            if (fill == chunkSize) {
                ready = frame();
            }
        }

        /**
         * The data a chunk starting after {@code before} payload bytes can hold: a whole chunk,
         * or only what is left of a payload of known length, so that a 1 KiB body does not
         * allocate a 1 MiB chunk (S3's default chunk size) per request.
         */
        private int chunkCapacity(long before) {
            return payloadLength < 0 ? chunkSize : (int) Math.min(chunkSize, payloadLength - before);
        }

        /** After the payload's end: the last short chunk, then the final chunk with the trailers. */
        private void finishPayload() {
            if (fill > 0) {
                ready = frame();
                return;
            }
            if (payloadLength >= 0 && seen != payloadLength) {
                failure = lengthMismatch(seen + " bytes, not");
                return;
            }
            finished = true;
            ready = ByteBuffer.wrap(encoder.finish(trailers.get()));
        }

        /** The chunk's header right before its data, the CRLF after: one buffer, no second copy. */
        private ByteBuffer frame() {
            byte[] head = encoder.chunkHeader(ByteBuffer.wrap(chunk, HEADER_ROOM, fill));
            int start = HEADER_ROOM - head.length;
            System.arraycopy(head, 0, chunk, start, head.length);
            chunk[HEADER_ROOM + fill] = '\r';
            chunk[HEADER_ROOM + fill + 1] = '\n';
            ByteBuffer framed = ByteBuffer.wrap(chunk, start, head.length + fill + 2);
            chunk = null; // the subscriber owns that array now
            fill = 0;
            return framed;
        }

        private IllegalStateException lengthMismatch(String what) {
            return new IllegalStateException("the request body emitted " + what + " the "
                    + payloadLength + " bytes its length declared");
        }

        private void terminate() {
            terminated = true;
            release();
        }

        private void release() {
            current = null;
            chunk = null;
            ready = null;
        }
    }
}
