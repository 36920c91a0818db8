package io.boto4j.core;

import io.boto4j.core.model.Shape;

import java.util.Map;

/**
 * An error the service returned: its code and message, the HTTP status, the request ids and
 * the modeled error's fields (empty when the error is not in the model).
 *
 * <p>Serializable; the {@linkplain #errorShape() error shape} is not kept.
 */
public class ServiceException extends SdkException {
    private static final long serialVersionUID = 1L;
    /** The service's name. */
    private final String service;
    /** The operation called. */
    private final String operation;
    /** The error code the service sent. */
    private final String errorCode;
    /** The service's message, or null. */
    private final String errorMessage;
    /** The HTTP status of the response. */
    private final int statusCode;
    /** The response's request id, or null. */
    private final String requestId;
    /** S3's {@code x-amz-id-2}, or null. */
    private final String extendedRequestId;
    /** The modeled error shape, or null; a model part, not serializable, so lost on serialization. */
    private final transient Shape errorShape;
    /** The modeled error's members: plain values (text, numbers, Instant, byte[], lists, maps), serializable. */
    private final Map<String, Object> fields;
    /** How many attempts the call made. */
    private final int attempts;

    /**
     * An error the service returned.
     *
     * @param service           the service's name (e.g. {@code s3})
     * @param operation         the operation called
     * @param errorCode         the error code the service sent
     * @param errorMessage      the service's message, or null when it sent none
     * @param statusCode        the HTTP status of the response
     * @param requestId         the response's request id, or null
     * @param extendedRequestId S3's {@code x-amz-id-2}, or null
     * @param errorShape        the modeled error shape, or null when the model does not list the error
     * @param fields            the modeled error's members as parsed (null for none)
     * @param attempts          how many attempts the call made
     */
    public ServiceException(String service, String operation, String errorCode, String errorMessage, int statusCode,
                            String requestId, String extendedRequestId, Shape errorShape,
                            Map<String, Object> fields, int attempts) {
        this(describe(service, operation, errorCode, errorMessage, statusCode, requestId, attempts), service,
                operation, errorCode, errorMessage, statusCode, requestId, extendedRequestId, errorShape, fields,
                attempts);
    }

    /**
     * For subclasses that describe the error in their own words.
     *
     * @param description       the exception's message, in the subclass's words
     * @param service           the service's name (e.g. {@code s3})
     * @param operation         the operation called
     * @param errorCode         the error code the service sent
     * @param errorMessage      the service's message, or null when it sent none
     * @param statusCode        the HTTP status of the response
     * @param requestId         the response's request id, or null
     * @param extendedRequestId S3's {@code x-amz-id-2}, or null
     * @param errorShape        the modeled error shape, or null when the model does not list the error
     * @param fields            the modeled error's members as parsed (null for none); null values are dropped
     * @param attempts          how many attempts the call made
     */
    protected ServiceException(String description, String service, String operation, String errorCode,
                               String errorMessage, int statusCode, String requestId, String extendedRequestId,
                               Shape errorShape, Map<String, Object> fields, int attempts) {
        super(description);
        this.service = service;
        this.operation = operation;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.statusCode = statusCode;
        this.requestId = requestId;
        this.extendedRequestId = extendedRequestId;
        this.errorShape = errorShape;
        this.fields = fields == null ? Map.of() : Map.copyOf(nonNull(fields));
        this.attempts = attempts;
    }

    private static Map<String, Object> nonNull(Map<String, Object> m) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String describe(String service, String operation, String code, String message, int status,
                                   String requestId, int attempts) {
        StringBuilder sb = new StringBuilder("An error occurred (").append(code).append(") when calling ")
                .append(service).append('.').append(operation).append(": ")
                .append(message == null || message.isEmpty() ? "(no message)" : message)
                .append(" [HTTP ").append(status);
        if (requestId != null) {
            sb.append(", request id ").append(requestId);
        }
        if (attempts > 1) {
            sb.append(", after ").append(attempts).append(" attempts");
        }
        return sb.append(']').toString();
    }

    /**
     * The service whose operation failed.
     *
     * @return the service's name, e.g. {@code s3}
     */
    public String service() {
        return service;
    }

    /**
     * The operation that failed.
     *
     * @return the operation's name, e.g. {@code GetObject}
     */
    public String operation() {
        return operation;
    }

    /**
     * The error code, e.g. {@code NoSuchKey}, {@code ThrottlingException}.
     *
     * @return the code the service sent, as botocore's {@code Error.Code}
     */
    public String errorCode() {
        return errorCode;
    }

    /**
     * The service's own message, as botocore's {@code Error.Message}.
     *
     * @return the message, or null when the service sent none
     */
    public String errorMessage() {
        return errorMessage;
    }

    /**
     * The HTTP status of the error response.
     *
     * @return the status code, e.g. 404
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The request id the service gave the failed request (from a header or the error body, as the
     * protocol carries it); quote it to AWS support.
     *
     * @return the request id, or null when the response carried none
     */
    public String requestId() {
        return requestId;
    }

    /**
     * S3's {@code x-amz-id-2}, or null.
     *
     * @return the extended request id, or null
     */
    public String extendedRequestId() {
        return extendedRequestId;
    }

    /**
     * The modeled error shape, or null when the service sent an error the model does not list.
     *
     * @return the error's shape, or null (also after deserialization: the field is transient)
     */
    public Shape errorShape() {
        return errorShape;
    }

    /**
     * The modeled error's members as parsed from the response.
     *
     * @return an immutable map of member name to value, without null values; empty when the error is not modeled
     */
    public Map<String, Object> fields() {
        return fields;
    }

    /**
     * How many attempts were made, 1 when the call was not retried.
     *
     * @return the number of attempts, 1 or more
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Whether the call was retried before it failed with this error.
     *
     * @return true when more than one attempt was made
     */
    public boolean wasRetried() {
        return attempts > 1;
    }
}
