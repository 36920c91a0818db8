package io.boto4j.sync.internal;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.transport.RequestBody;

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
        Shape input = op.inputShape();
        String payload = input == null ? null : input.payload();
        if (payload == null || params == null) {
            return params;
        }
        Object value = params.get(payload);
        Member member = input.member(payload);
        if (member == null || !(member.isStreaming() || member.shape().isStreaming())
                || !(value instanceof InputStream || value instanceof Path)) {
            return params;
        }
        Map<String, Object> converted = new LinkedHashMap<>(params);
        converted.put(payload, value instanceof Path path ? StreamBodies.ofPath(path)
                : fromStream(op, member, input, params, (InputStream) value));
        return converted;
    }

    /**
     * An InputStream of unknown length: the length comes from the input's {@code Content-Length}
     * member when set (S3 PutObject's {@code ContentLength}); a payload that must have a length
     * and has none is read into memory, as other SDKs do, with a warning.
     */
    private static RequestBody fromStream(OperationModel op, Member payload, Shape input, Map<String, ?> params,
                                          InputStream in) {
        long length = declaredLength(input, params);
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

    private static long declaredLength(Shape input, Map<String, ?> params) {
        for (Member m : input.members().values()) {
            if ("header".equals(m.location()) && "Content-Length".equalsIgnoreCase(m.locationName())
                    && params.get(m.name()) instanceof Number n) {
                return n.longValue();
            }
        }
        return -1;
    }
}
