package io.boto4j.async.streams;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Flow;

/**
 * A {@link Flow.Publisher} of bytes seen as a Vert.x {@link ReadStream}: Vert.x's demand
 * ({@code pause}, {@code fetch}, {@code resume}) becomes {@code request(n)} upstream, with at
 * most {@value #WINDOW} buffers requested ahead, so memory stays bounded however large the body
 * and however slow the consumer (this is what lets {@code pipeTo(asyncFile)} run in bounded memory).
 *
 * <p>Every handler is called on the given context, whatever thread the publisher signals on.
 * The publisher is subscribed to when a data handler is first set.
 */
public class PublisherReadStream implements ReadStream<Buffer> {
    /** How many buffers may be requested from upstream beyond what has been delivered. */
    static final int WINDOW = 16;

    private final Flow.Publisher<ByteBuffer> publisher;
    private final Context context;

    // Only touched on the context.
    private final ArrayDeque<Buffer> queue = new ArrayDeque<>();
    private Handler<Buffer> handler;
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

    public PublisherReadStream(Flow.Publisher<ByteBuffer> publisher, Context context) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public PublisherReadStream exceptionHandler(Handler<Throwable> handler) {
        OnContext.run(context, () -> exceptionHandler = handler);
        return this;
    }

    @Override
    public PublisherReadStream handler(Handler<Buffer> handler) {
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
    public PublisherReadStream pause() {
        OnContext.run(context, () -> demand = 0);
        return this;
    }

    @Override
    public PublisherReadStream resume() {
        return fetch(Long.MAX_VALUE);
    }

    @Override
    public PublisherReadStream fetch(long amount) {
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
    public PublisherReadStream endHandler(Handler<Void> endHandler) {
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
    private final class Upstream implements Flow.Subscriber<ByteBuffer> {
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
        public void onNext(ByteBuffer item) {
            Buffer buffer = toBuffer(item);
            context.runOnContext(v -> {
                if (cancelled) {
                    return;
                }
                outstanding = Math.max(0, outstanding - 1);
                if (buffer.length() > 0) {
                    queue.add(buffer);
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

    private static Buffer toBuffer(ByteBuffer item) {
        byte[] bytes = new byte[item.remaining()];
        item.duplicate().get(bytes);
        return Buffer.buffer(bytes);
    }
}
