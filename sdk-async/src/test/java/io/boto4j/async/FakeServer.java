package io.boto4j.async;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Vert.x HTTP server on 127.0.0.1 whose behaviour each test sets, recording the request heads. */
final class FakeServer {
    final List<HttpServerRequest> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile Handler<HttpServerRequest> handler = req -> req.response().setStatusCode(500).end();

    private FakeServer(HttpServer server) {
        this.server = server;
    }

    static FakeServer start(Vertx vertx) {
        FakeServer[] holder = new FakeServer[1];
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0));
        holder[0] = new FakeServer(server);
        server.requestHandler(req -> {
            holder[0].requests.add(req);
            holder[0].handler.handle(req);
        });
        server.listen().await();
        return holder[0];
    }

    void handle(Handler<HttpServerRequest> handler) {
        this.handler = handler;
        requests.clear();
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /**
     * A client configuration aimed at this server, in us-east-1 with fixed test credentials, that
     * reads no environment variable and no file outside {@code home}.
     */
    ClientConfig.Builder clientConfig(Path home) {
        return ClientConfig.builder()
                .region("us-east-1").endpointUrl(url())
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKID", "secret")))
                .environment(ConfigEnvironment.of(Map.of(), home));
    }

    void close() {
        server.close().await();
    }
}
