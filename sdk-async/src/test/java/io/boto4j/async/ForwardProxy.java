package io.boto4j.async;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small HTTP forward proxy on 127.0.0.1 for plain-http targets: it takes requests in absolute
 * form ({@code GET http://host:port/path HTTP/1.1}), as clients send them to a proxy, forwards
 * them with their bodies streamed both ways, and records each request line it forwarded.
 */
final class ForwardProxy {
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authorization",
            "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    /** {@code METHOD absolute-uri} of every request forwarded. */
    final List<String> forwarded = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final HttpClient client;

    private ForwardProxy(HttpServer server, HttpClient client) {
        this.server = server;
        this.client = client;
    }

    static ForwardProxy start(Vertx vertx) {
        HttpClient client = vertx.createHttpClient();
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0));
        ForwardProxy proxy = new ForwardProxy(server, client);
        server.requestHandler(proxy::forward).listen().await();
        return proxy;
    }

    private void forward(HttpServerRequest in) {
        in.pause();
        forwarded.add(in.method() + " " + in.uri());
        RequestOptions out = new RequestOptions().setMethod(in.method()).setAbsoluteURI(in.uri())
                .setHeaders(endToEnd(in.headers()));
        client.request(out)
                .compose(request -> request.send(in))
                .onSuccess(answer -> {
                    in.response().setStatusCode(answer.statusCode());
                    in.response().headers().addAll(endToEnd(answer.headers()));
                    in.response().setChunked(answer.getHeader("Content-Length") == null);
                    answer.pipeTo(in.response());
                })
                .onFailure(e -> in.response().setStatusCode(502).end());
    }

    private static MultiMap endToEnd(MultiMap headers) {
        MultiMap copy = MultiMap.caseInsensitiveMultiMap();
        headers.forEach((name, value) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                copy.add(name, value);
            }
        });
        return copy;
    }

    int port() {
        return server.actualPort();
    }

    void close() {
        server.close().await();
        client.close().await();
    }
}
