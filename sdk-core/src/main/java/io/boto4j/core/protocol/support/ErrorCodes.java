package io.boto4j.core.protocol.support;

import io.boto4j.core.http.Headers;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;

/** Error codes as services send them, and the modeled error shapes they name. */
public final class ErrorCodes {
    /** The header query-compatible services use to carry the awsQuery error code: {@code Code;Sender}. */
    public static final String QUERY_ERROR_HEADER = "x-amzn-query-error";

    private ErrorCodes() {
    }

    /**
     * The bare code: a {@code namespace#} prefix and a {@code :uri} suffix removed, e.g.
     * {@code aws.protocoltests#FooError:http://internal.amazon.com/coral/} becomes {@code FooError}.
     *
     * @param raw the code as the response gives it (header or body), or null
     * @return the trimmed bare code, or null when {@code raw} is null
     */
    public static String bare(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.trim();
        int colon = code.indexOf(':');
        if (colon >= 0) {
            code = code.substring(0, colon);
        }
        int hash = code.lastIndexOf('#');
        if (hash >= 0) {
            code = code.substring(hash + 1);
        }
        return code;
    }

    /**
     * The awsQuery code from an {@code x-amzn-query-error: Code;Sender} header when present and
     * well formed, else {@code code} unchanged (botocore uses the header whenever it is sent).
     *
     * @param headers the error response's headers
     * @param code    the code read from the body
     * @return the header's code (the part before {@code ;}), or {@code code}
     */
    public static String queryCompatible(Headers headers, String code) {
        String header = headers.first(QUERY_ERROR_HEADER);
        if (header == null) {
            return code;
        }
        int semi = header.indexOf(';');
        if (semi <= 0 || header.indexOf(';', semi + 1) >= 0) {
            return code;
        }
        return header.substring(0, semi);
    }

    /**
     * The error shape a code names: first among the operation's declared errors, then among every
     * exception shape of the service; matched by the {@code error.code} trait or the shape name.
     * Null when the error is not modeled.
     *
     * @param op   the operation called
     * @param code the bare error code, e.g. {@code NoSuchKey}; null or empty finds nothing
     * @return the error shape, or null
     */
    public static Shape find(OperationModel op, String code) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        for (Shape s : op.errors()) {
            if (matches(s, code)) {
                return s;
            }
        }
        return op.service().exceptionShape(code);
    }

    private static boolean matches(Shape s, String code) {
        return code.equals(s.errorCode()) || code.equals(s.name());
    }
}
