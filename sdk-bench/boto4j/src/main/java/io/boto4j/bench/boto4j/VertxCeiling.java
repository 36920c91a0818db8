package io.boto4j.bench.boto4j;

import io.boto4j.bench.harness.AsyncTarget;
import io.boto4j.bench.harness.Calls;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.net.URI;
import java.util.function.Consumer;

/**
 * The ceiling: a bare Vert.x {@code HttpClient} sending a GetObject whose headers were signed
 * once, up front (the signature is of the kind boto4j sends; the server checks none), and
 * reading the body. What any Vert.x client of S3 must at least spend: no SDK work at all.
 */
final class VertxCeiling implements AsyncTarget, AutoCloseable {
    private final Vertx vertx;
    private final HttpClientAgent http;
    private final Context context;
    private final RequestOptions request;

    VertxCeiling(URI server, int connections) {
        vertx = Vertx.vertx();
        http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(connections));
        context = vertx.getOrCreateContext();
        request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(server.getHost())
                .setPort(server.getPort())
                .setURI("/" + Settings.BUCKET + "/" + Settings.KEY)
                .setHeaders(presignedHeaders());
    }

    /** The headers of a SigV4-signed GetObject as an SDK sends them, computed once. */
    private static MultiMap presignedHeaders() {
        return MultiMap.caseInsensitiveMultiMap()
                .add(HttpHeaders.USER_AGENT, "boto4j/0.1.0 ua/2.1 os/linux lang/java#17 md/vertx cfg/retry-mode#standard")
                .add("x-amz-checksum-mode", "ENABLED")
                .add("X-Amz-Date", "20261203T094626Z")
                .add("X-Amz-Content-SHA256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                .add(HttpHeaders.AUTHORIZATION, "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261203/us-east-1/s3/"
                        + "aws4_request, SignedHeaders=host;x-amz-checksum-mode;x-amz-content-sha256;x-amz-date, "
                        + "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7")
                .add("amz-sdk-invocation-id", "0e5b4c6a-3f3a-4e8f-9d1c-2b7a6c5d4e3f")
                .add("amz-sdk-request", "attempt=1; max=3");
    }

    @Override
    public void execute(Runnable task) {
        context.runOnContext(v -> task.run());
    }

    @Override
    public void send(Consumer<Throwable> done) {
        http.request(request)
                .compose(req -> req.send())
                .compose(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("status " + response.statusCode());
                    }
                    return response.body();
                })
                .onComplete(body -> Calls.report(body.length(), done), done::accept);
    }

    @Override
    public void close() {
        http.close().await();
        vertx.close().await();
    }
}
