package io.boto4j.async.streams;

import io.boto4j.core.http.RequestBody;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * A caller's {@link ReadStream} (an {@code AsyncFile}, an HTTP server request...) as the body of
 * a request. It can be read once, so a call whose body was sent is not retried.
 */
public final class ReadStreamBody implements RequestBody {
    private final long contentLength;
    private final ReadStreamPublisher publisher;

    /**
     * @param stream        the bytes; paused at once, read when the request is sent
     * @param contentLength how many bytes it will give, or -1 when unknown
     * @param context       the context the stream delivers its events on
     */
    public ReadStreamBody(ReadStream<Buffer> stream, long contentLength, Context context) {
        this.contentLength = contentLength;
        this.publisher = new ReadStreamPublisher(stream, context, stream::pause, t -> t);
    }

    @Override
    public long contentLength() {
        return contentLength;
    }

    @Override
    public boolean replayable() {
        return false;
    }

    @Override
    public Flow.Publisher<ByteBuffer> publisher() {
        return publisher;
    }

    @Override
    public String toString() {
        return "ReadStreamBody[" + (contentLength < 0 ? "unknown length" : contentLength + " bytes") + "]";
    }
}
