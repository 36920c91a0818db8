package io.boto4j.bench.clients;

import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * The SDK v2 counterpart of {@link CannedTransport}: reads the request body (the SDK computes
 * trailing checksums while it is read) and answers with a canned response, never touching the
 * network.
 */
public final class CannedSdkHttpClient implements SdkHttpClient {
    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;

    public CannedSdkHttpClient(int status, Map<String, String> headers, byte[] body) {
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body.clone();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                if (request.contentStreamProvider().isPresent()) {
                    try (InputStream in = request.contentStreamProvider().get().newStream()) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
                SdkHttpResponse.Builder response = SdkHttpResponse.builder().statusCode(status);
                headers.forEach(response::putHeader);
                response.putHeader("Content-Length", Integer.toString(body.length));
                return HttpExecuteResponse.builder()
                        .response(response.build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {
            }
        };
    }

    @Override
    public String clientName() {
        return "canned";
    }

    @Override
    public void close() {
    }
}
