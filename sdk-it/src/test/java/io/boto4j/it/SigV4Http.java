package io.boto4j.it;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.auth.signer.AwsV4Signer;
import io.boto4j.core.http.SdkHttpRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * Until the SDK's own clients exist: signs an {@link SdkHttpRequest} with the SDK's SigV4
 * signer and sends it with {@code java.net.http}. Proves that the servers check what we sign.
 */
public final class SigV4Http {
    /** Headers java.net.http sets itself and refuses from callers (it sends the same values). */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public static SigningParams s3(Credentials credentials, String region) {
        return SigningParams.builder().credentials(credentials).region(region).signingName("s3").s3Rules().build();
    }

    public static SigningParams service(String signingName, Credentials credentials, String region) {
        return SigningParams.builder().credentials(credentials).region(region).signingName(signingName).build();
    }

    public static SdkHttpRequest request(String method, URI endpoint, String encodedPath) {
        return new SdkHttpRequest(method, endpoint, encodedPath);
    }

    /** A query-protocol POST: the form-encoded parameters as the body. */
    public static SdkHttpRequest queryRequest(URI endpoint, String form) {
        SdkHttpRequest request = new SdkHttpRequest("POST", endpoint, "/");
        request.headers().set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        request.body(form.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    public HttpResponse<String> send(SdkHttpRequest request, SigningParams params) throws IOException, InterruptedException {
        return http.send(toJdk(sign(request, params)), HttpResponse.BodyHandlers.ofString());
    }

    public <T> HttpResponse<T> send(SdkHttpRequest request, SigningParams params, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return http.send(toJdk(sign(request, params)), handler);
    }

    private static SdkHttpRequest sign(SdkHttpRequest request, SigningParams params) {
        AwsV4Signer.create().sign(request, params);
        return request;
    }

    private static HttpRequest toJdk(SdkHttpRequest request) {
        byte[] body = request.bodyBytes();
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), body == null || body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        request.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase())) {
                builder.header(name, value);
            }
        });
        return builder.build();
    }
}
