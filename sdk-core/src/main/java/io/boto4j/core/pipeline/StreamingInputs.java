package io.boto4j.core.pipeline;

import io.boto4j.core.http.RequestBody;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a call's input streams, for the layers that turn their own stream types (an
 * {@code InputStream}, a Vert.x {@code ReadStream}) into {@link RequestBody}s: the same rules on
 * both layers, written once.
 */
public final class StreamingInputs {
    private StreamingInputs() {
    }

    /**
     * The operation's streaming payload member (S3 PutObject's {@code Body}), or null.
     *
     * @param operation the operation
     * @return the member's name, or null when the input has no streaming payload
     */
    public static String member(OperationModel operation) {
        var input = operation.inputShape();
        String payload = input == null ? null : input.payload();
        Member m = payload == null ? null : input.member(payload);
        return m != null && (m.isStreaming() || m.shape().isStreaming()) ? payload : null;
    }

    /**
     * The length the caller declared for a stream of unknown length, through the input member
     * bound to the {@code Content-Length} header (S3's {@code ContentLength}), or -1.
     *
     * @param operation the operation
     * @param params    the call's input by member name
     * @return the declared length in bytes, or -1 when the operation has no such member or the
     *         call does not set it to a number
     */
    public static long declaredLength(OperationModel operation, Map<String, ?> params) {
        var input = operation.inputShape();
        if (input == null) {
            return -1;
        }
        for (Member m : input.members().values()) {
            if ("header".equals(m.location()) && "Content-Length".equalsIgnoreCase(m.locationName())
                    && params.get(m.name()) instanceof Number n) {
                return n.longValue();
            }
        }
        return -1;
    }

    /**
     * A custom method's arguments with the values of its stream parameters ({@link RequestBody}
     * typed) converted by the layer's {@code toBody}, which returns null for a value it does not
     * know (left for the argument check to report).
     *
     * @param method    the custom method whose parameters say which ones are streams
     * @param arguments the caller's arguments by parameter name; null for none
     * @param toBody    the layer's conversion of one of its stream values
     * @return {@code arguments} itself when nothing was converted, else a new map with the
     *         converted values; an empty map when {@code arguments} is null
     */
    public static Map<String, ?> convertMethodArguments(CustomMethod<?> method, Map<String, ?> arguments,
                                                         Function<Object, RequestBody> toBody) {
        if (arguments == null) {
            return Map.of();
        }
        Map<String, Object> converted = null;
        for (MethodParameter p : method.parameters()) {
            Object value = arguments.get(p.name());
            if (p.type() != RequestBody.class || value == null || value instanceof RequestBody) {
                continue;
            }
            RequestBody body = toBody.apply(value);
            if (body != null) {
                if (converted == null) {
                    converted = new LinkedHashMap<>(arguments);
                }
                converted.put(p.name(), body);
            }
        }
        return converted == null ? arguments : converted;
    }
}
