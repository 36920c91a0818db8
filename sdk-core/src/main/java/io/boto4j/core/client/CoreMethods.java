package io.boto4j.core.client;

import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The custom methods every client has, whatever its service.
 *
 * <pre>{@code
 * URI url = s3.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of(
 *         "Operation", "GetObject",
 *         "Params", Map.of("Bucket", "b", "Key", "photo.jpg"),
 *         "ExpiresIn", 3600));
 * }</pre>
 */
public final class CoreMethods {
    /** How long a presigned URL lasts when {@code ExpiresIn} is not given, as in botocore: an hour. */
    public static final Duration DEFAULT_PRESIGN_EXPIRY = Duration.ofHours(1);

    /**
     * botocore's {@code generate_presigned_url}: a URL that performs an operation when fetched,
     * with its authentication in the query string (SigV4 query signing, the session token
     * included). Validation, endpoint rules and addressing apply as for a real call.
     */
    public static final CustomMethod<URI> GENERATE_PRESIGNED_URL = CustomMethod.builder("GeneratePresignedUrl", URI.class)
            .documentation("A URL that performs an operation when fetched, authenticated by its query string"
                    + " (botocore's generate_presigned_url).")
            .parameter(MethodParameter.required("Operation", String.class,
                    "the operation the URL performs, e.g. GetObject"))
            .parameter(MethodParameter.optional("Params", Map.class, "the operation's input"))
            .parameter(MethodParameter.optional("ExpiresIn", Duration.class,
                    "how long the URL stays valid: 1 to 604800 seconds (7 days); 3600 when not given"))
            .parameter(MethodParameter.optional("HttpMethod", String.class,
                    "the HTTP method the URL is for, when not the operation's own"))
            .doesIo(false)
            .implementation(call -> {
                @SuppressWarnings("unchecked")
                Map<String, ?> params = call.argument("Params", Map.class, Map.of());
                return call.runtime().presign(call.argument("Operation", String.class), params,
                        call.argument("ExpiresIn", Duration.class, DEFAULT_PRESIGN_EXPIRY),
                        call.argument("HttpMethod", String.class));
            })
            .build();

    private CoreMethods() {
    }
}
