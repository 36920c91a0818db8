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

    /** A file: length known, read again when an attempt is retried. */
    public static RequestBody fromPath(Path path) {
        return StreamBodies.ofPath(path);
    }

    /**
     * A stream of exactly {@code length} bytes, sent without buffering; the call fails if the
     * stream ends early. Read once: an attempt that sent it is not retried. Closed when sent.
     */
    public static RequestBody fromInputStream(InputStream in, long length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
        return StreamBodies.ofInputStream(in, length);
    }

    /** A stream of unknown length, sent with chunked transfer encoding (not every service accepts that). */
    public static RequestBody fromInputStream(InputStream in) {
        return StreamBodies.ofInputStream(in, -1);
    }

    public static RequestBody fromBytes(byte[] bytes) {
        return RequestBody.of(bytes.clone());
    }

    public static RequestBody fromString(String text) {
        return RequestBody.of(text.getBytes(StandardCharsets.UTF_8));
    }
}
