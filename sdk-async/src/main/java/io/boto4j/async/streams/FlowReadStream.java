package io.boto4j.async.streams;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * A {@link Flow.Publisher} seen as a Vert.x {@link ReadStream}: Vert.x's demand ({@code pause},
 * {@code fetch}, {@code resume}) becomes {@code request(n)} upstream, with at most
 * {@value #WINDOW} items requested ahead, so memory stays bounded however long the stream and
 * however slow the consumer (this is what lets {@code pipeTo(asyncFile)} run in bounded memory).
 *
 * <p>Every handler is called on the given context, whatever thread the publisher signals on.
 * The publisher is subscribed to when a data handler is first set.
 *
 * @param <S> what the publisher emits
 * @param <T> what the stream delivers
 */
public class FlowReadStream<S, T> implements ReadStream<T> {
    /** How many items may be requested from upstream beyond what has been delivered. */
    static final int WINDOW = 16;

    private final Flow.Publisher<? extends S> publisher;
    private final Context context;
    private final Function<S, T> convert;

    // Only touched on the context.
    private final ArrayDeque<T> queue = new ArrayDeque<>();
    private Handler<T> handler;
    private Handler<Void> endHandler;
    private Handler<Throwable> exceptionHandler;
    private Flow.Subscription upstream;
    private boolean subscribed;
    private boolean draining;
    private boolean cancelled;
    private long demand = Long.MAX_VALUE;
    private long outstanding;
    private boolean upstreamDone;
    private Throwable upstreamError;
    private boolean terminated;

    /**
     * @param convert turns what the publisher emits into what the stream delivers (called on the
     *                publisher's thread); a null result is skipped (e.g. an empty buffer)
     */
    public FlowReadStream(Flow.Publisher<? extends S> publisher, Context context, Function<S, T> convert) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.context = Objects.requireNonNull(context, "context");
        this.convert = Objects.requireNonNull(convert, "convert");
    }

    /** Bytes as Vert.x buffers. */
    public static FlowReadStream<ByteBuffer, Buffer> ofBytes(Flow.Publisher<ByteBuffer> publisher, Context context) {
        return new FlowReadStream<>(publisher, context, FlowReadStream::copyOf);
    }

    @Override
    public FlowReadStream<S, T> exceptionHandler(Handler<Throwable> handler) {
        OnContext.run(context, () -> exceptionHandler = handler);
        return this;
    }

    @Override
    public FlowReadStream<S, T> handler(Handler<T> handler) {
        OnContext.run(context, () -> {
            this.handler = handler;
            if (handler != null && !subscribed) {
                subscribed = true;
                publisher.subscribe(new Upstream());
            }
            drain();
        });
        return this;
    }

    @Override
    public FlowReadStream<S, T> pause() {
        OnContext.run(context, () -> demand = 0);
        return this;
    }

    @Override
    public FlowReadStream<S, T> resume() {
        return fetch(Long.MAX_VALUE);
    }

    @Override
    public FlowReadStream<S, T> fetch(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("fetch(" + amount + ")");
        }
        OnContext.run(context, () -> {
            demand = demand > Long.MAX_VALUE - amount ? Long.MAX_VALUE : demand + amount;
            drain();
        });
        return this;
    }

    @Override
    public FlowReadStream<S, T> endHandler(Handler<Void> endHandler) {
        OnContext.run(context, () -> {
            this.endHandler = endHandler;
            drain();
        });
        return this;
    }

    /** Stops reading: cancels the upstream subscription and drops what is queued. */
    public void cancel() {
        OnContext.run(context, () -> {
            cancelled = true;
            terminated = true;
            queue.clear();
            if (upstream != null) {
                upstream.cancel();
            }
        });
    }

    /** Delivers what the demand allows, then the end or failure once the queue is empty, then asks for more. */
    private void drain() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            while (handler != null && demand > 0 && !queue.isEmpty()) {
                if (demand != Long.MAX_VALUE) {
                    demand--;
                }
                handler.handle(queue.poll());
            }
            if (queue.isEmpty() && !terminated && (upstreamError != null || upstreamDone)) {
                finish();
            } else if (!terminated && handler != null) {
                requestMore();
            }
        } finally {
            draining = false;
        }
    }

    private void finish() {
        if (upstreamError != null) {
            if (exceptionHandler == null) {
                // Nobody listens yet: keep the failure until someone does (a pipe sets its handler late).
                return;
            }
            terminated = true;
            exceptionHandler.handle(upstreamError);
        } else {
            if (endHandler == null && handler == null) {
                return;
            }
            terminated = true;
            if (endHandler != null) {
                endHandler.handle(null);
            }
        }
    }

    private void requestMore() {
        if (upstream == null || upstreamDone || cancelled) {
            return;
        }
        long wanted = Math.min(demand, WINDOW) - queue.size() - outstanding;
        if (wanted > 0) {
            outstanding += wanted;
            upstream.request(wanted);
        }
    }

    /** Receives the publisher's signals, from any thread, and moves them onto the context in order. */
    private final class Upstream implements Flow.Subscriber<S> {
        @Override
        public void onSubscribe(Flow.Subscription s) {
            context.runOnContext(v -> {
                if (cancelled) {
                    s.cancel();
                    return;
                }
                upstream = s;
                drain();
            });
        }

        @Override
        public void onNext(S item) {
            T converted = convert.apply(item);
            context.runOnContext(v -> {
                if (cancelled) {
                    return;
                }
                outstanding = Math.max(0, outstanding - 1);
                if (converted != null) {
                    queue.add(converted);
                }
                drain();
            });
        }

        @Override
        public void onError(Throwable t) {
            context.runOnContext(v -> {
                upstreamError = t;
                drain();
            });
        }

        @Override
        public void onComplete() {
            context.runOnContext(v -> {
                upstreamDone = true;
                drain();
            });
        }
    }

    /** A copy of the bytes, or null for an empty buffer. */
    public static Buffer copyOf(ByteBuffer item) {
        if (!item.hasRemaining()) {
            return null;
        }
        byte[] bytes = new byte[item.remaining()];
        item.duplicate().get(bytes);
        return Buffer.buffer(bytes);
    }
}
