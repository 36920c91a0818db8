package io.boto4j.sync.internal;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.pipeline.StreamingInputs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the blocking layer's stream types, given as an operation's streaming payload (S3
 * PutObject's {@code Body}), into the core's {@link RequestBody}: a {@link Path} (length known,
 * replayable) or an {@link InputStream} (read once). {@code byte[]} and {@code String} are left
 * to the serializer, which sends and signs them in memory.
 */
public final class StreamingInput {
    private static final System.Logger LOG = System.getLogger("io.boto4j.sync");

    private StreamingInput() {
    }

    /** The params with a stream payload converted; the same map when there is nothing to convert. */
    public static Map<String, ?> convert(OperationModel op, Map<String, ?> params) {
        String payload = StreamingInputs.member(op);
        if (payload == null || params == null) {
            return params;
        }
        Object value = params.get(payload);
        if (!(value instanceof InputStream || value instanceof Path)) {
            return params;
        }
        Member member = op.inputShape().member(payload);
        Map<String, Object> converted = new LinkedHashMap<>(params);
        converted.put(payload, value instanceof Path path ? StreamBodies.ofPath(path)
                : fromStream(op, member, StreamingInputs.declaredLength(op, params), (InputStream) value));
        return converted;
    }

    /**
     * A value of a custom method's stream parameter as a body: a {@link Path}, an
     * {@link InputStream} (read once, length unknown), {@code byte[]} or a {@code String}
     * (UTF-8); null for anything else.
     */
    public static RequestBody methodBody(Object value) {
        if (value instanceof Path path) {
            return StreamBodies.ofPath(path);
        }
        if (value instanceof InputStream in) {
            return StreamBodies.ofInputStream(in, -1);
        }
        if (value instanceof byte[] bytes) {
            return RequestBody.of(bytes);
        }
        if (value instanceof String text) {
            return RequestBody.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return null;
    }

    /**
     * An InputStream of unknown length: the length comes from the input's {@code Content-Length}
     * member when set (S3 PutObject's {@code ContentLength}); a payload that must have a length
     * and has none is read into memory, as other SDKs do, with a warning.
     */
    private static RequestBody fromStream(OperationModel op, Member payload, long length, InputStream in) {
        if (length >= 0 || !payload.shape().requiresLength()) {
            return StreamBodies.ofInputStream(in, length);
        }
        LOG.log(System.Logger.Level.WARNING, "{0}.{1}: {2} needs a length; reading the InputStream into memory"
                + " (give a Path, SyncRequestBody.fromInputStream(in, length) or ContentLength to stream it)",
                op.service().serviceName(), op.name(), payload.name());
        try (in) {
            return RequestBody.of(in.readAllBytes());
        } catch (IOException e) {
            throw new SdkClientException("Cannot read the " + payload.name() + " stream: " + e.getMessage(),
                    new UncheckedIOException(e));
        }
    }
}
