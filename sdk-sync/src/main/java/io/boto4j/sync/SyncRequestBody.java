package io.boto4j.sync;

import io.boto4j.core.http.RequestBody;
import io.boto4j.sync.internal.StreamBodies;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Request bodies for an operation's streaming payload (S3 PutObject's {@code Body}). A
 * {@link Path} or {@link InputStream} can also be put in the params directly; these factories
 * say more, such as an InputStream's length.
 */
public final class SyncRequestBody {
    private SyncRequestBody() {
    }

    /**
     * A file: length known, read again when an attempt is retried.
     *
     * @param path the file; it is opened for each attempt, so it must not change during the call
     * @return the body
     * @throws io.boto4j.core.SdkClientException when the file's size cannot be read (e.g. it does not exist)
     */
    public static RequestBody fromPath(Path path) {
        return StreamBodies.ofPath(path);
    }

    /**
     * A stream of exactly {@code length} bytes, sent without buffering; the call fails if the
     * stream ends early. Read once: an attempt that sent it is not retried. Closed when sent.
     *
     * @param in     the stream, read on the calling thread as the request is written
     * @param length how many bytes to send, the request's {@code Content-Length}
     * @return the body
     * @throws IllegalArgumentException when {@code length} is negative
     */
    public static RequestBody fromInputStream(InputStream in, long length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
        return StreamBodies.ofInputStream(in, length);
    }

    /**
     * A stream of unknown length, sent with chunked transfer encoding (not every service accepts
     * that: S3 wants a length, so use {@link #fromInputStream(InputStream, long)} there, or the
     * upload methods of {@code io.boto4j.s3.S3Methods}). Read once, not retried, closed when sent.
     *
     * @param in the stream, read to its end
     * @return the body
     */
    public static RequestBody fromInputStream(InputStream in) {
        return StreamBodies.ofInputStream(in, -1);
    }

    /**
     * Bytes in memory: length known, replayable, so retried attempts resend them.
     *
     * @param bytes the body; copied, so later changes to the array are not sent
     * @return the body
     */
    public static RequestBody fromBytes(byte[] bytes) {
        return RequestBody.of(bytes.clone());
    }

    /**
     * Text in memory, encoded as UTF-8: length known, replayable.
     *
     * @param text the body
     * @return the body
     */
    public static RequestBody fromString(String text) {
        return RequestBody.of(text.getBytes(StandardCharsets.UTF_8));
    }
}
