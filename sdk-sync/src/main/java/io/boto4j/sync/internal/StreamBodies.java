package io.boto4j.sync.internal;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.http.RequestBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@link RequestBody} implementations over the blocking layer's stream types. */
public final class StreamBodies {
    private StreamBodies() {
    }

    /** A file: its length is known and it can be read again for a retry. */
    public static RequestBody ofPath(Path path) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new SdkClientException("Cannot read request body file " + path + ": " + e.getMessage(), e);
        }
        return new PathBody(path, size);
    }

    /** A stream read once: not replayable, so a failed attempt that sent it is not retried. */
    public static RequestBody ofInputStream(InputStream in, long length) {
        return new InputStreamBody(in, length);
    }

    private record PathBody(Path path, long contentLength) implements RequestBody {
        @Override
        public boolean replayable() {
            return true;
        }

        @Override
        public Flow.Publisher<ByteBuffer> publisher() {
            return subscriber -> {
                InputStream in;
                try {
                    in = Files.newInputStream(path);
                } catch (IOException e) {
                    subscriber.onSubscribe(Cancelled.INSTANCE);
                    subscriber.onError(new UncheckedIOException("Cannot open request body file " + path, e));
                    return;
                }
                new InputStreamPublisher(in, contentLength, BodyReaders.EXECUTOR).subscribe(subscriber);
            };
        }

        @Override
        public String toString() {
            return "RequestBody[file " + path + ", " + contentLength + " bytes]";
        }
    }

    private static final class InputStreamBody implements RequestBody {
        private final InputStream in;
        private final long length;
        private final AtomicBoolean used = new AtomicBoolean();

        InputStreamBody(InputStream in, long length) {
            this.in = in;
            this.length = length;
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public boolean replayable() {
            return false;
        }

        @Override
        public Flow.Publisher<ByteBuffer> publisher() {
            return subscriber -> {
                if (!used.compareAndSet(false, true)) {
                    subscriber.onSubscribe(Cancelled.INSTANCE);
                    subscriber.onError(new IllegalStateException("an InputStream request body can be sent only once"));
                    return;
                }
                new InputStreamPublisher(in, length, BodyReaders.EXECUTOR).subscribe(subscriber);
            };
        }

        @Override
        public String toString() {
            return "RequestBody[stream, " + (length < 0 ? "unknown length" : length + " bytes") + "]";
        }
    }

    private enum Cancelled implements Flow.Subscription {
        INSTANCE;

        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
        }
    }
}
