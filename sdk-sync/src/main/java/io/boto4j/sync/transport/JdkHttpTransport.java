package io.boto4j.sync.transport;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.InsecureTls;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The blocking layer's transport: java.net.http's {@link HttpClient}, used through its
 * asynchronous API so that the pipeline never blocks; the blocking happens once, at the top, in
 * the client API. HTTP/1.1 (what S3 and most services expect), redirects never followed (the
 * pipeline handles them as errors, as botocore does). The request's response timeout bounds the
 * wait for the headers and then, as botocore's read timeout, every wait for more body bytes.
 *
 * <p>The client sets {@code Host} from the URI and {@code Content-Length} from the body; the
 * core signs {@code host} from {@link SdkHttpRequest#hostHeader()}, which {@link SdkHttpRequest#uri()}
 * also uses, and this class checks that a signed {@code Content-Length} equals the body it
 * sends, so what goes on the wire is what was signed.
 *
 * <p>TLS certificates and host names are verified, against the JDK's trust store or the client's
 * CA bundle, unless the client was built with {@code insecureTrustAllCertificates}.
 *
 * <p>Java 17's HttpClient cannot be closed: {@link #close()} drops the reference and the client's
 * threads and connections are released when it is garbage collected.
 */
public final class JdkHttpTransport implements HttpTransport {
    /** Headers java.net.http refuses to take from the caller; it writes them itself. */
    private static final Set<String> RESTRICTED = Set.of(
            "host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");

    private final TransportSettings settings;
    private volatile HttpClient client;

    public JdkHttpTransport(TransportSettings settings) {
        this.settings = settings;
        this.client = newClient(settings);
    }

    private static HttpClient newClient(TransportSettings settings) {
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (settings.connectTimeout() != null) {
            b.connectTimeout(settings.connectTimeout());
        }
        URI proxy = settings.proxy();
        if (proxy != null) {
            int port = proxy.getPort() != -1 ? proxy.getPort() : "https".equalsIgnoreCase(proxy.getScheme()) ? 443 : 80;
            b.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(proxy.getHost(), port)));
            String userInfo = proxy.getRawUserInfo();
            if (userInfo != null && !userInfo.isEmpty()) {
                b.authenticator(proxyAuthenticator(userInfo));
            }
        }
        if (InsecureTls.warnIfEnabled(settings.insecureTrustAllCertificates(), "java.net.http")) {
            b.sslContext(TrustBundle.trustingEverything());
        } else if (settings.caBundle() != null) {
            b.sslContext(TrustBundle.sslContext(settings.caBundle()));
        }
        return b.build();
    }

    /** Answers proxy challenges only, never a server's. */
    private static Authenticator proxyAuthenticator(String rawUserInfo) {
        int colon = rawUserInfo.indexOf(':');
        String user = decode(colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon));
        char[] password = decode(colon < 0 ? "" : rawUserInfo.substring(colon + 1)).toCharArray();
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return getRequestorType() == RequestorType.PROXY ? new PasswordAuthentication(user, password) : null;
            }
        };
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        HttpClient c = client;
        if (c == null) {
            return CompletableFuture.failedFuture(new SdkClientException("the client is closed"));
        }
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        // HttpClient.send rather than sendAsync: this is the blocking layer, and sendAsync hands
        // every response to the JDK's default async pool, which on machines with two CPUs or
        // fewer starts a new thread per task (measured in sdk-bench: one thread per call).
        // send() returns once the headers are in; the body still streams through the publisher.
        try {
            return CompletableFuture.completedFuture(
                    new JdkTransportResponse(c.send(httpRequest, BodyHandlers.ofPublisher()), request.responseTimeout()));
        } catch (java.io.IOException e) {
            return CompletableFuture.failedFuture(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(new SdkClientException("interrupted while waiting for the response", e));
        }
    }

    static HttpRequest toHttpRequest(TransportRequest transportRequest) {
        SdkHttpRequest request = transportRequest.request();
        RequestBody body = transportRequest.body();
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri())
                .method(request.method(), bodyPublisher(request, body));
        if (transportRequest.responseTimeout() != null) {
            b.timeout(transportRequest.responseTimeout());
        }
        request.headers().forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("expect")) {
                b.expectContinue(value.trim().equalsIgnoreCase("100-continue"));
            } else if (!RESTRICTED.contains(lower)) {
                b.header(name, value);
            }
        });
        return b.build();
    }

    private static BodyPublisher bodyPublisher(SdkHttpRequest request, RequestBody body) {
        long length = body == null ? 0 : body.contentLength();
        String signedLength = request.headers().first("Content-Length");
        if (signedLength != null && length >= 0 && !signedLength.trim().equals(Long.toString(length))) {
            throw new SdkClientException("Content-Length header " + signedLength + " does not match the body's "
                    + length + " bytes: refusing to send a request that differs from what was signed");
        }
        if (body == null) {
            // A signed "Content-Length: 0" must go on the wire; an empty array makes the JDK write it.
            return signedLength != null ? BodyPublishers.ofByteArray(new byte[0]) : BodyPublishers.noBody();
        }
        byte[] bytes = body.bytes();
        if (bytes != null) {
            return BodyPublishers.ofByteArray(bytes);
        }
        // Unknown length: chunked transfer encoding.
        return length >= 0 ? BodyPublishers.fromPublisher(body.publisher(), length)
                : BodyPublishers.fromPublisher(body.publisher());
    }

    /** Drops the HttpClient (Java 17 has no way to close one): it is released once unreferenced. */
    @Override
    public void close() {
        client = null;
    }

    @Override
    public String toString() {
        return "JdkHttpTransport[" + settings + "]";
    }
}
