package io.boto4j.core.internal.hooks;

import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.http.Headers;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code add_recursion_detection_header}, for every service: a call made from a Lambda
 * function carries the function's X-Ray trace id in {@code X-Amzn-Trace-Id}, so that AWS can stop
 * a loop of functions that trigger each other. The trace id changes with each invocation: it is
 * read per call, from the system property the Java runtime of Lambda sets
 * ({@code com.amazonaws.xray.traceHeader}, as the AWS SDK for Java reads it), else from
 * {@code _X_AMZN_TRACE_ID}. A header the caller set is kept; presigned URLs get none, as in
 * botocore; signers leave the header out of the signature.
 */
final class RecursionDetection implements Hook {
    static final String HEADER = "X-Amzn-Trace-Id";
    static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";
    /** What botocore leaves unescaped besides letters, digits and {@code _.-~}. */
    private static final String SAFE = "-=;:+&[]{}\"',";

    private final ConfigEnvironment env;

    RecursionDetection(ConfigEnvironment env) {
        this.env = env;
    }

    @Override
    public int order() {
        return BUILT_IN_ORDER;
    }

    @Override
    public CompletionStage<Void> afterSerialization(CallContext call) {
        Headers headers = call.request().headers();
        if (call.isPresign() || !env.isSet("AWS_LAMBDA_FUNCTION_NAME") || headers.first(HEADER) != null) {
            return CONTINUE;
        }
        String traceId = System.getProperty(TRACE_PROPERTY);
        if (traceId == null || traceId.isEmpty()) {
            traceId = env.nonEmpty("_X_AMZN_TRACE_ID");
        }
        if (traceId != null) {
            headers.set(HEADER, escape(traceId));
        }
        return CONTINUE;
    }

    /** Python's {@code quote(traceId, safe=SAFE)}: other bytes of the UTF-8 as %XX. */
    static String escape(String traceId) {
        StringBuilder out = new StringBuilder(traceId.length());
        for (byte b : traceId.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_.-~".indexOf(c) >= 0
                    || SAFE.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
