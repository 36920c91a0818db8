package io.boto4j.core.protocol;

import io.boto4j.core.model.Shape;

import java.util.Map;

/**
 * What a protocol parser read from an error response.
 *
 * @param code          the error code, namespace and URI suffix removed (e.g. {@code NoSuchKey})
 * @param message       the error message, or null
 * @param shape         the modeled error shape the code maps to, or null when unmodeled
 * @param fields        the error shape's members parsed from the response (empty when unmodeled)
 * @param requestId     the request id, or null
 * @param extendedRequestId S3's host id ({@code x-amz-id-2}), or null
 * @param statusCode    the HTTP status
 */
public record ServiceErrorDetails(String code, String message, Shape shape, Map<String, Object> fields,
                                  String requestId, String extendedRequestId, int statusCode) {
}
