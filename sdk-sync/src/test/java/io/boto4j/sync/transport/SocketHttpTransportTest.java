package io.boto4j.sync.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.AttemptTimeoutException;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;
import io.boto4j.sync.PatternStream;
import io.boto4j.sync.RawHttpServer;
import io.boto4j.sync.SyncRequestBody;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blocking transport on its own against small local servers: HTTP/1.1 framing both ways,
 * connection reuse and its limits, TLS host-name checks, proxies, timeouts and cancellation.
 * Each exchange runs on the shared blocking pool here (no caller loop), as it does for work
 * started outside a blocking call.
 */
@Timeout(60)
class SocketHttpTransportTest {
    private static final Duration LONG = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    RawHttpServer server;
    SocketHttpTransport transport;

    @BeforeEach
    void start() throws Exception {
        server = new RawHttpServer();
        transport = transport(null, 10);
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        server.close();
    }

    private static SocketHttpTransport transport(URI proxy, int maxIdle) {
        return new SocketHttpTransport(new TransportSettings(Duration.ofSeconds(5), proxy, null, maxIdle,
                Duration.ofSeconds(60)));
    }

    private static SdkHttpRequest request(String method, URI endpoint, String path) {
        return new SdkHttpRequest(method, endpoint, path);
    }

    private static TransportResponse send(SocketHttpTransport t, SdkHttpRequest r, Duration attemptTimeout)
            throws Exception {
        return t.send(new TransportRequest(r, attemptTimeout)).get(20, TimeUnit.SECONDS);
    }

    private static String body(TransportResponse r) throws Exception {
        return new String(Publishers.aggregate(r.body(), -1).get(20, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    }

    private static Throwable failure(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(20, TimeUnit.SECONDS));
        return e.getCause();
    }

    private static void eventually(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void keepAliveServesRequestsOnOneConnectionReusedOnlyAfterTheBodyWasRead() throws Exception {
        server.always(RawHttpServer.json(200, "{\"ok\":true}"));
        for (int i = 0; i < 3; i++) {
            assertEquals("{\"ok\":true}", body(send(transport, request("GET", server.uri(), "/"), LONG)));
        }
        assertEquals(1, server.acceptedCount());
        assertEquals(1, transport.openConnections());

        TransportResponse unread = send(transport, request("GET", server.uri(), "/"), LONG);
        TransportResponse second = send(transport, request("GET", server.uri(), "/"), LONG);
        assertEquals(2, server.acceptedCount(), "a connection with an unread body is not reused");
        body(second);
        unread.abort();
        eventually(() -> transport.openConnections() == 1, "the aborted connection closed: " + transport.openConnections());
    }

    @Test
    void theRequestGoesAsSignedWithFramingFromTheBody() throws Exception {
        server.always((req, out) -> RawHttpServer.respond(out, 200, Map.of(), new byte[0]));
        SdkHttpRequest put = request("PUT", server.uri(), "/b/a%20b");
        put.addQueryParam("x-id", "PutObject");
        put.headers().set("X-Amz-Date", "20260101T000000Z").set("Content-Length", "5").set("Connection", "keep-alive");
        put.body(RequestBody.of("hello".getBytes(StandardCharsets.UTF_8)));
        body(send(transport, put, LONG));

        RawHttpServer.Request seen = server.take();
        assertEquals("/b/a%20b?x-id=PutObject", seen.target());
        assertEquals("20260101T000000Z", seen.header("X-Amz-Date"));
        assertEquals("5", seen.header("Content-Length"));
        assertEquals("127.0.0.1:" + server.port(), seen.header("Host"));
        assertNull(seen.header("Connection"), "connection management is the transport's");
        assertEquals("hello", seen.bodyText());
    }

    @Test
    void aBodyThatDiffersFromTheSignedLengthIsRefusedBeforeAnyIo() {
        SdkHttpRequest put = request("PUT", server.uri(), "/");
        put.headers().set("Content-Length", "5");
        put.body(RequestBody.of(new byte[4]));
        Throwable e = failure(transport.send(new TransportRequest(put, LONG)));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
        assertEquals(0, server.acceptedCount());
    }

    @Test
    void aLineBreakInAHeaderIsRefusedBeforeAnyIo() {
        SdkHttpRequest get = request("GET", server.uri(), "/");
        get.headers().set("x-amz-meta-evil", "a\r\nX-Injected: yes");
        SdkClientException e = assertInstanceOf(SdkClientException.class,
                failure(transport.send(new TransportRequest(get, LONG))));
        assertTrue(e.getMessage().contains("x-amz-meta-evil") && !e.getMessage().contains("Injected"), e.getMessage());
        assertEquals(0, server.acceptedCount());
    }

    @Test
    void aChunkedResponseIsDecodedAndItsConnectionReused() throws Exception {
        server.always((req, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nx-trailer: t\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return true;
        });
        assertEquals("hello, world", body(send(transport, request("GET", server.uri(), "/"), LONG)));
        assertEquals("hello, world", body(send(transport, request("GET", server.uri(), "/"), LONG)));
        assertEquals(1, server.acceptedCount());
    }

    @Test
    void aResponseEndedByCloseIsReadToTheEndAndItsConnectionNotReused() throws Exception {
        server.always((req, out) -> {
            out.write("HTTP/1.0 200 OK\r\n\r\nuntil the end".getBytes(StandardCharsets.ISO_8859_1));
            return false;
        });
        assertEquals("until the end", body(send(transport, request("GET", server.uri(), "/"), LONG)));
        assertEquals("until the end", body(send(transport, request("GET", server.uri(), "/"), LONG)));
        assertEquals(2, server.acceptedCount());
        eventually(() -> transport.openConnections() == 0, "closed after reading");
    }

    @Test
    void headAnswersHaveNoBodyWhateverTheirLength() throws Exception {
        server.always((req, out) -> {
            RawHttpServer.head(out, 200, Map.of("ETag", "\"e\""), 1234);
            return true;
        });
        TransportResponse r = send(transport, request("HEAD", server.uri(), "/"), LONG);
        assertEquals("", body(r));
        assertEquals("1234", r.headers().first("Content-Length"));
        body(send(transport, request("HEAD", server.uri(), "/"), LONG));
        assertEquals(1, server.acceptedCount());
    }

    @Test
    void expectContinueSendsTheBodyAfterTheGoAhead() throws Exception {
        server.always((req, out) -> RawHttpServer.respond(out, 200, Map.of(), new byte[0]));
        SdkHttpRequest put = request("PUT", server.uri(), "/");
        put.headers().set("Expect", "100-continue");
        put.body(RequestBody.of("payload".getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, send(transport, put, LONG).statusCode());
        RawHttpServer.Request seen = server.take();
        assertEquals("100-continue", seen.header("Expect"));
        assertEquals("payload", seen.bodyText());
    }

    @Test
    void aFinalAnswerInsteadOfContinueKeepsTheBodyAndTheConnectionOut() throws Exception {
        try (ServerSocket refusing = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            CompletableFuture<byte[]> afterHead = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try (Socket s = refusing.accept()) {
                    InputStream in = s.getInputStream();
                    readHead(in);
                    s.getOutputStream().write("HTTP/1.1 403 Forbidden\r\nContent-Length: 6\r\n\r\ndenied"
                            .getBytes(StandardCharsets.ISO_8859_1));
                    s.setSoTimeout(1500);
                    ByteArrayOutputStream rest = new ByteArrayOutputStream();
                    try {
                        in.transferTo(rest);
                    } catch (IOException timeoutOrClose) {
                        // the client closed or sent nothing
                    }
                    afterHead.complete(rest.toByteArray());
                } catch (IOException e) {
                    afterHead.completeExceptionally(e);
                }
            });
            t.setDaemon(true);
            t.start();
            SdkHttpRequest put = request("PUT", URI.create("http://127.0.0.1:" + refusing.getLocalPort()), "/");
            put.headers().set("Expect", "100-continue");
            put.body(RequestBody.of("not wanted".getBytes(StandardCharsets.UTF_8)));
            TransportResponse r = send(transport, put, LONG);
            assertEquals(403, r.statusCode());
            assertEquals("denied", body(r));
            assertEquals(0, afterHead.get(10, TimeUnit.SECONDS).length, "the body was never sent");
            eventually(() -> transport.openConnections() == 0, "the connection is not reused");
        }
    }

    @Test
    void theHostNameIsCheckedAgainstTheCertificate() throws Exception {
        TestTls tls = TestTls.create(dir);
        try (RawHttpServer secure = new RawHttpServer(tls.serverSockets());
             SocketHttpTransport trusting = new SocketHttpTransport(new TransportSettings(Duration.ofSeconds(5), null,
                     tls.pem, 10, Duration.ofSeconds(60)))) {
            secure.always(RawHttpServer.json(200, "{}"));
            URI byName = URI.create("https://localhost:" + secure.port());
            assertEquals("{}", body(send(trusting, request("GET", byName, "/"), LONG)));

            URI byAddress = URI.create("https://127.0.0.1:" + secure.port());
            Throwable e = failure(trusting.send(new TransportRequest(request("GET", byAddress, "/"), LONG)));
            assertInstanceOf(SSLHandshakeException.class, e, String.valueOf(e));
            eventually(() -> trusting.openConnections() == 1, "the refused connection closed");
        }
    }

    @Test
    void theDefaultTrustRefusesAnUnknownCertificate() throws Exception {
        TestTls tls = TestTls.create(dir);
        try (RawHttpServer secure = new RawHttpServer(tls.serverSockets())) {
            secure.always(RawHttpServer.json(200, "{}"));
            Throwable e = failure(transport.send(new TransportRequest(
                    request("GET", URI.create("https://localhost:" + secure.port()), "/"), LONG)));
            assertInstanceOf(SSLHandshakeException.class, e, String.valueOf(e));
        }
    }

    @Test
    void plainRequestsGoToTheProxyAndHttpsOnesThroughItsTunnel() throws Exception {
        server.always(RawHttpServer.json(200, "{}"));
        try (SocketHttpTransport proxied = transport(URI.create("http://user:p%40ss@127.0.0.1:" + server.port()), 10)) {
            body(send(proxied, request("GET", URI.create("http://service.example.invalid:8000"), "/x"), LONG));
            RawHttpServer.Request seen = server.take();
            assertEquals("http://service.example.invalid:8000/x", seen.target());
            assertEquals("service.example.invalid:8000", seen.header("Host"));
            assertEquals("Basic dXNlcjpwQHNz", seen.header("Proxy-Authorization"));
        }
        TestTls tls = TestTls.create(dir);
        try (RawHttpServer secure = new RawHttpServer(tls.serverSockets());
             TunnelProxy proxy = new TunnelProxy();
             SocketHttpTransport tunnelling = new SocketHttpTransport(new TransportSettings(Duration.ofSeconds(5),
                     URI.create("http://user:secret@127.0.0.1:" + proxy.port()), tls.pem, 10, Duration.ofSeconds(60)))) {
            secure.always(RawHttpServer.json(200, "{\"via\":\"tunnel\"}"));
            URI endpoint = URI.create("https://localhost:" + secure.port());
            assertEquals("{\"via\":\"tunnel\"}", body(send(tunnelling, request("GET", endpoint, "/"), LONG)));
            String connect = proxy.heads.get(0);
            assertTrue(connect.startsWith("CONNECT localhost:" + secure.port() + " HTTP/1.1\r\n"), connect);
            assertTrue(connect.contains("Proxy-Authorization: Basic dXNlcjpzZWNyZXQ="), "credentials on the CONNECT");
            assertNull(secure.take().header("Proxy-Authorization"), "never sent to the server through the tunnel");
            assertTrue(!tunnelling.toString().contains("secret"), tunnelling.toString());
        }
    }

    @Test
    void otherProxySchemesAreRefusedAtOnce() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> transport(URI.create("socks5://127.0.0.1:1080"), 1));
        assertTrue(e.getMessage().contains("http:// proxies only"), e.getMessage());
    }

    @Test
    void aServerThatStopsReadingAnUploadHitsTheAttemptTimeoutInTheSendPhase() throws Exception {
        try (ServerSocket deaf = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread t = new Thread(() -> {
                try {
                    held.add(deaf.accept()); // accepts, never reads
                } catch (IOException e) {
                    // closed
                }
            });
            t.setDaemon(true);
            t.start();
            long size = 256L << 20;
            SdkHttpRequest put = request("PUT", URI.create("http://127.0.0.1:" + deaf.getLocalPort()), "/");
            put.body(SyncRequestBody.fromInputStream(new PatternStream(size), size));
            long start = System.nanoTime();
            AttemptTimeoutException e = assertInstanceOf(AttemptTimeoutException.class,
                    failure(transport.send(new TransportRequest(put, Duration.ofMillis(500)))));
            long took = System.nanoTime() - start;
            assertEquals(AttemptTimeoutException.Phase.SEND, e.phase());
            assertTrue(took > 400_000_000L && took < 8_000_000_000L, "fired near its bound: " + took / 1_000_000 + " ms");
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aConnectThatGetsNoAnswerHitsTheConnectTimeout() throws Exception {
        // A listener that never accepts, its backlog filled: further connects get no answer.
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket s = new Socket();
                    try {
                        s.connect(full.getLocalSocketAddress(), 200);
                        fillers.add(s);
                    } catch (IOException e) {
                        s.close();
                        break; // the backlog is full: connects now go unanswered
                    }
                }
                try (SocketHttpTransport quick = new SocketHttpTransport(new TransportSettings(Duration.ofMillis(300),
                        null, null, 1, Duration.ofSeconds(60)))) {
                    long start = System.nanoTime();
                    Throwable e = failure(quick.send(new TransportRequest(request("GET",
                            URI.create("http://127.0.0.1:" + full.getLocalPort()), "/"), LONG)));
                    long took = System.nanoTime() - start;
                    AttemptTimeoutException timeout = assertInstanceOf(AttemptTimeoutException.class, e, String.valueOf(e));
                    assertEquals(AttemptTimeoutException.Phase.CONNECT, timeout.phase());
                    assertTrue(timeout.getMessage().contains("connect timeout of 300 ms"), timeout.getMessage());
                    assertTrue(took > 200_000_000L && took < 5_000_000_000L, "near its bound: " + took / 1_000_000 + " ms");
                    assertEquals(0, quick.openConnections());
                }
            } finally {
                for (Socket s : fillers) {
                    s.close();
                }
            }
        }
    }

    @Test
    void cancellingTheSendWhileItWaitsForTheHeadersClosesTheConnection() throws Exception {
        server.always((req, out) -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
        CompletableFuture<TransportResponse> pending = transport.send(new TransportRequest(
                request("GET", server.uri(), "/"), LONG));
        server.take();
        assertTrue(pending.cancel(true));
        eventually(() -> transport.openConnections() == 0, "the connection closed");
    }

    @Test
    void atMostMaxConnectionsAreOpenAndACallerBeyondThemWaitsForOneToComeBack() throws Exception {
        server.always(RawHttpServer.json(200, "{}"));
        try (SocketHttpTransport small = transport(null, 2)) {
            TransportResponse first = send(small, request("GET", server.uri(), "/"), LONG);
            TransportResponse second = send(small, request("GET", server.uri(), "/"), LONG);
            CompletableFuture<TransportResponse> third = small.send(new TransportRequest(
                    request("GET", server.uri(), "/"), LONG));
            Thread.sleep(300); // time enough to open a third connection, if the pool let it
            assertTrue(!third.isDone(), "two bodies unread: the third request waits");
            assertEquals(2, server.acceptedCount());
            body(first); // its connection goes back to the pool, and the third takes it
            assertEquals("{}", body(third.get(20, TimeUnit.SECONDS)));
            body(second);
            assertEquals(2, server.acceptedCount());
            assertEquals(2, small.openConnections());
        }
    }

    @Test
    void aPlaceFreedByAFailedExchangeGoesToTheNextCaller() throws Exception {
        server.always(RawHttpServer.json(200, "{}"));
        try (SocketHttpTransport single = transport(null, 1)) {
            TransportResponse held = send(single, request("GET", server.uri(), "/"), LONG);
            CompletableFuture<TransportResponse> waiting = single.send(new TransportRequest(
                    request("GET", server.uri(), "/"), LONG));
            held.abort(); // its connection closes: the waiting request opens a new one
            assertEquals("{}", body(waiting.get(20, TimeUnit.SECONDS)));
            assertEquals(2, server.acceptedCount());
            assertEquals(1, single.openConnections());
        }
    }

    @Test
    void aWaitForAConnectionEndsAtTheConnectTimeoutOrWhenCancelled() throws Exception {
        server.always(RawHttpServer.json(200, "{}"));
        try (SocketHttpTransport single = new SocketHttpTransport(new TransportSettings(Duration.ofMillis(300), null,
                null, 1, Duration.ofSeconds(60)))) {
            TransportResponse held = send(single, request("GET", server.uri(), "/"), LONG);
            AttemptTimeoutException e = assertInstanceOf(AttemptTimeoutException.class,
                    failure(single.send(new TransportRequest(request("GET", server.uri(), "/"), LONG))));
            assertEquals(AttemptTimeoutException.Phase.CONNECT, e.phase());
            assertTrue(e.getMessage().contains("no connection to") && e.getMessage().contains("maxConnections"),
                    e.getMessage());

            CompletableFuture<TransportResponse> cancelled = single.send(new TransportRequest(
                    request("GET", server.uri(), "/"), LONG));
            assertTrue(cancelled.cancel(true));
            body(held);
            assertEquals(1, single.openConnections(), "neither the timed-out nor the cancelled wait took a place");
            assertEquals("{}", body(send(single, request("GET", server.uri(), "/"), LONG)));
            assertEquals(1, server.acceptedCount());
        }
    }

    @Test
    void aConnectionTheServerClosedWhileIdleIsNotReused() throws Exception {
        server.always((req, out) -> {
            RawHttpServer.respond(out, 200, Map.of(), "{}");
            return false; // keep-alive announced, closed anyway
        });
        body(send(transport, request("GET", server.uri(), "/"), LONG));
        eventually(() -> server.openCount() == 0, "the server closed its side");
        Thread.sleep(1100); // past the age at which a pooled connection is checked before use
        assertEquals("{}", body(send(transport, request("GET", server.uri(), "/"), LONG)));
        assertEquals(2, server.acceptedCount());
    }

    @Test
    void aMalformedStatusLineIsAProtocolError() throws Exception {
        server.always((req, out) -> {
            out.write("HTTP/1.1 2x0 What\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            return false;
        });
        Throwable e = failure(transport.send(new TransportRequest(request("GET", server.uri(), "/"), LONG)));
        assertInstanceOf(java.net.ProtocolException.class, e);
        assertEquals(0, transport.openConnections());
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
        }
    }
}
