package io.boto4j.sync.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.transport.TransportRequest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a signed request becomes a java.net.http request, and the client settings. */
class JdkHttpTransportTest {

    private static SdkHttpRequest request() {
        SdkHttpRequest r = new SdkHttpRequest("PUT", URI.create("https://bucket.s3.amazonaws.com"), "/a%20b");
        r.addQueryParam("x-id", "PutObject");
        r.headers().set("Host", "bucket.s3.amazonaws.com")
                .set("Content-Length", "5")
                .set("Connection", "keep-alive")
                .set("Expect", "100-continue")
                .set("X-Amz-Date", "20260101T000000Z")
                .set("Authorization", "AWS4-HMAC-SHA256 ...");
        return r;
    }

    @Test
    void restrictedHeadersAreLeftToTheClientAndTheRestCopied() {
        HttpRequest http = JdkHttpTransport.toHttpRequest(new TransportRequest(request().body(
                RequestBody.of("hello".getBytes(StandardCharsets.UTF_8))), Duration.ofSeconds(7)));

        assertEquals(URI.create("https://bucket.s3.amazonaws.com/a%20b?x-id=PutObject"), http.uri());
        assertEquals("/a%20b", http.uri().getRawPath());
        assertEquals(Optional.of("20260101T000000Z"), http.headers().firstValue("X-Amz-Date"));
        assertTrue(http.headers().firstValue("Authorization").isPresent());
        assertFalse(http.headers().firstValue("Host").isPresent());
        assertFalse(http.headers().firstValue("Connection").isPresent());
        assertTrue(http.expectContinue());
        assertEquals(Optional.of(Duration.ofSeconds(7)), http.timeout());
        assertEquals(5, http.bodyPublisher().orElseThrow().contentLength());
    }

    @Test
    void aBodyThatDiffersFromTheSignedLengthIsRefused() {
        SdkClientException e = assertThrows(SdkClientException.class, () -> JdkHttpTransport.toHttpRequest(
                new TransportRequest(request().body(RequestBody.of(new byte[4])), null)));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    }

    @Test
    void aSignedEmptyBodyKeepsItsContentLength() {
        SdkHttpRequest r = new SdkHttpRequest("PUT", URI.create("http://127.0.0.1:9"), "/");
        r.headers().set("Content-Length", "0");
        HttpRequest http = JdkHttpTransport.toHttpRequest(new TransportRequest(r, null));
        assertEquals(0, http.bodyPublisher().orElseThrow().contentLength());
    }

    @Test
    void aCaBundleOfPemCertificatesBecomesTheTrust(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("bundle.pem");
        Files.writeString(pem, somePublicCaAsPem());
        assertNotNull(TrustBundle.sslContext(pem));
        try (JdkHttpTransport t = new JdkHttpTransport(new TransportSettings(Duration.ofSeconds(1),
                URI.create("http://user:p%40ss@127.0.0.1:3128"), pem, false))) {
            assertFalse(t.toString().contains("p%40ss"), t.toString());
            assertFalse(t.toString().contains("user"), t.toString());
        }
    }

    @Test
    void aBundleWithoutCertificatesIsAClearError(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("empty.pem");
        Files.writeString(pem, "");
        SdkClientException e = assertThrows(SdkClientException.class, () -> TrustBundle.sslContext(pem));
        assertTrue(e.getMessage().contains(pem.toString()), e.getMessage());
    }

    /** A CA certificate from the JDK's own trust store, PEM-encoded. */
    private static String somePublicCaAsPem() throws Exception {
        KeyStore cacerts = KeyStore.getInstance(KeyStore.getDefaultType());
        Path file = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        try (InputStream in = Files.newInputStream(file)) {
            cacerts.load(in, null);
        } catch (IOException e) {
            return org.junit.jupiter.api.Assumptions.abort("no readable JDK cacerts: " + e);
        }
        for (String alias : Collections.list(cacerts.aliases())) {
            Certificate c = cacerts.getCertificate(alias);
            if (c != null) {
                return "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(c.getEncoded())
                        + "\n-----END CERTIFICATE-----\n";
            }
        }
        return org.junit.jupiter.api.Assumptions.abort("the JDK's cacerts is empty");
    }
}
