package io.boto4j.core.pipeline;

import java.util.Map;

/**
 * A hook into the request pipeline, for what a model cannot say (S3's checksums and
 * {@code Expect: 100-continue}, Content-MD5, ...). Plugins contribute interceptors; each method
 * runs on the calling thread or the transport's, so it must not block.
 */
public interface Interceptor {

    /** After validation, before the endpoint is resolved: may adjust the input. */
    default void beforeEndpoint(CallContext context) {
    }

    /** After serialization, before signing: may change headers, body, URI. */
    default void beforeSign(CallContext context) {
    }

    /** After a successful response was parsed: may adjust the output. */
    default void afterParse(CallContext context, Map<String, Object> output) {
    }
}
