package io.boto4j.async.streams;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * A Vert.x {@link ReadStream} of buffers seen as a {@link Flow.Publisher}: the subscriber's
 * {@code request(n)} becomes {@code fetch(n)}, so the stream stays paused (and TCP pushes back)
 * until the subscriber asks for more. Subscribe once.
 *
 * <p>Create it on the stream's context: the stream is paused and its handlers are set at once,
 * so that no event is lost before a subscriber arrives; an end or failure that comes before
 * is kept and delivered on subscription. Every signal reaches the subscriber on that context.
 */
public final class ReadStreamPublisher implements Flow.Publisher<ByteBuffer> {
    private final ReadStream<Buffer> stream;
    private final Context context;
    private final Runnable onCancel;
    private final Function<Throwable, Throwable> errors;
    private Progress progress = Progress.NONE;

    // Only touched on the context.
    private Flow.Subscriber<? super ByteBuffer> subscriber;
    private boolean subscribed;
    private boolean terminated;
    private boolean ended;
    private Throwable failure;

    /**
     * @param stream   the stream; paused here
     * @param context  the context the stream delivers its events on
     * @param onCancel what a cancelled subscription does to the source (e.g. reset the connection)
     * @param errors   maps the stream's failures to what the subscriber should see
     */
    public ReadStreamPublisher(ReadStream<Buffer> stream, Context context, Runnable onCancel,
                               Function<Throwable, Throwable> errors) {
        this.stream = Objects.requireNonNull(stream, "stream");
        this.context = Objects.requireNonNull(context, "context");
        this.onCancel = Objects.requireNonNull(onCancel, "onCancel");
        this.errors = Objects.requireNonNull(errors, "errors");
        OnContext.run(context, () -> {
            stream.pause();
            // A stream may deliver on another context than ours (a file opened elsewhere): hop over.
            stream.handler(b -> OnContext.run(context, () -> onData(b)));
            stream.exceptionHandler(t -> OnContext.run(context, () -> onFailure(t)));
            stream.endHandler(v -> OnContext.run(context, this::onEnd));
        });
    }

    /** What a watcher of the stream (a response's timeout clock) hears, on the context. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        /** The subscriber asked for {@code n} more items. */
        default void requested(long n) {
        }

        /** An item reached the subscriber. */
        default void received() {
        }

        /** The stream ended, failed or was cancelled: nothing more will come. */
        default void ended() {
        }
    }

    /** Sets who hears of demand and data from now on; call it on the context. */
    public void watch(Progress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Ends the stream with {@code failure} from outside (a timeout), as if the stream had failed:
     * the subscriber gets it (now, or when it subscribes) and the source is cancelled.
     */
    public void fail(Throwable failure) {
        OnContext.run(context, () -> {
            if (terminated) {
                return;
            }
            if (subscriber == null) {
                this.failure = failure;
            } else {
                terminate(failure);
            }
            onCancel.run();
        });
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> s) {
        Objects.requireNonNull(s, "subscriber");
        OnContext.run(context, () -> {
            if (subscribed) {
                s.onSubscribe(new Subscription(null));
                s.onError(new IllegalStateException("this body can be read only once"));
                return;
            }
            subscribed = true;
            subscriber = s;
            s.onSubscribe(new Subscription(s));
            if (failure != null) {
                terminate(failure);
            } else if (ended) {
                terminate(null);
            }
        });
    }

    private void onData(Buffer buffer) {
        if (subscriber != null && !terminated) {
            progress.received();
            subscriber.onNext(ByteBuffer.wrap(buffer.getBytes()));
        }
    }

    private void onFailure(Throwable t) {
        if (subscriber == null) {
            failure = failure == null ? errors.apply(t) : failure;
        } else {
            terminate(errors.apply(t));
        }
    }

    private void onEnd() {
        if (subscriber == null) {
            ended = true;
        } else {
            terminate(null);
        }
    }

    private void terminate(Throwable error) {
        if (terminated) {
            return;
        }
        terminated = true;
        progress.ended();
        Flow.Subscriber<? super ByteBuffer> s = subscriber;
        subscriber = null;
        if (error != null) {
            s.onError(error);
        } else {
            s.onComplete();
        }
    }

    private final class Subscription implements Flow.Subscription {
        private final Flow.Subscriber<? super ByteBuffer> owner;

        Subscription(Flow.Subscriber<? super ByteBuffer> owner) {
            this.owner = owner;
        }

        @Override
        public void request(long n) {
            if (owner == null) {
                return;
            }
            OnContext.run(context, () -> {
                if (terminated || subscriber != owner) {
                    return;
                }
                if (n <= 0) {
                    terminate(new IllegalArgumentException("request(" + n + "): must be positive (Flow rule 3.9)"));
                    onCancel.run();
                    return;
                }
                progress.requested(n);
                stream.fetch(n);
            });
        }

        @Override
        public void cancel() {
            if (owner == null) {
                return;
            }
            OnContext.run(context, () -> {
                if (!terminated && subscriber == owner) {
                    terminated = true;
                    subscriber = null;
                    progress.ended();
                    onCancel.run();
                }
            });
        }
    }
}
