package io.boto4j.examples.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on 127.0.0.1 (a free port) for the examples' tests, on the JDK's own server: each
 * request is answered by the test's {@link Handler} and remembered, so that a test can check what
 * went over the wire. Close it to stop it and its threads.
 */
public final class LocalHttpServer implements AutoCloseable {

    /** A request as the server received it. */
    public record Request(String method, URI uri, Map<String, List<String>> headers, byte[] body) {

        /** The first value of a header (any case), or null. */
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        /** The body as UTF-8 text. */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What the server answers. */
    public record Response(int status, Map<String, String> headers, byte[] body) {

        public Response {
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
        }

        /** A response with a text body of the given content type. */
        public static Response text(int status, String contentType, String body) {
            return new Response(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
        }

        /** A response without a body. */
        public static Response empty(int status) {
            return new Response(status, Map.of(), new byte[0]);
        }

        /** The same response with one more header. */
        public Response withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Response(status, more, body);
        }
    }

    /** Answers one request; runs on the server's threads. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private LocalHttpServer(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // A few threads, so that clients calling in parallel (several verticles) are served in parallel.
        threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "local-http-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> answer(exchange, handler));
        server.start();
    }

    /** Starts a server on 127.0.0.1 that answers with {@code handler}. */
    public static LocalHttpServer start(Handler handler) {
        try {
            return new LocalHttpServer(Objects.requireNonNull(handler, "handler"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a local HTTP server", e);
        }
    }

    /** The server's base URL, {@code http://127.0.0.1:PORT}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every request received so far, oldest first. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
                    Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes());
            requests.add(request);
            Response response;
            try {
                response = handler.handle(request);
            } catch (RuntimeException | IOException e) {
                response = Response.text(500, "text/plain", "the test's handler failed: " + e);
            }
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            byte[] body = response.body();
            // HEAD answers carry the headers of a GET (Content-Length included) and no body.
            boolean noBody = body.length == 0 || request.method().equals("HEAD");
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** Stops the server at once and its threads. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
