package io.boto4j.core.auth.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.SdkHttpRequest;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OtherSignersTest {
    private static final String TOKEN = "secret-bearer-token-value";

    @Test
    void bearerSetsTheAuthorizationHeader() {
        SdkHttpRequest request = new SdkHttpRequest("POST", URI.create("https://codecatalyst.global.api.aws"), "/");
        BearerTokenSigner.INSTANCE.sign(request, SigningParams.builder().bearerToken(TOKEN).build());
        assertEquals("Bearer " + TOKEN, request.headers().first("Authorization"));
    }

    @Test
    void bearerRefusesPlainHttpWithoutShowingTheToken() {
        SdkHttpRequest request = new SdkHttpRequest("POST", URI.create("http://localhost:8080"), "/");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BearerTokenSigner.INSTANCE.sign(request, SigningParams.builder().bearerToken(TOKEN).build()));
        assertFalse(e.getMessage().contains(TOKEN));
        assertNull(request.headers().first("Authorization"));
    }

    @Test
    void bearerCannotPresign() {
        SdkHttpRequest request = new SdkHttpRequest("GET", URI.create("https://example.com"), "/");
        assertThrows(UnsupportedOperationException.class, () -> BearerTokenSigner.INSTANCE.presign(request,
                SigningParams.builder().bearerToken(TOKEN).build(), Duration.ofMinutes(1)));
    }

    @Test
    void anonymousLeavesTheRequestAlone() {
        SdkHttpRequest request = new SdkHttpRequest("GET", URI.create("https://b.s3.amazonaws.com"), "/k")
                .addQueryParam("x", "1");
        AnonymousSigner.INSTANCE.sign(request, SigningParams.builder().build());
        assertEquals(0, request.headers().size());
        assertEquals("https://b.s3.amazonaws.com/k?x=1",
                AnonymousSigner.INSTANCE.presign(request, SigningParams.builder().build(), Duration.ofMinutes(1))
                        .toString());
    }

    @Test
    void schemesMapToSigners() {
        assertEquals(AwsV4Signer.create(), Signers.forAuthScheme("aws.auth#sigv4").orElseThrow());
        assertEquals(AwsV4aSigner.create(), Signers.forAuthScheme("sigv4a").orElseThrow());
        assertEquals(BearerTokenSigner.INSTANCE, Signers.forAuthScheme("smithy.api#httpBearerAuth").orElseThrow());
        assertEquals(AnonymousSigner.INSTANCE, Signers.forAuthScheme("smithy.api#noAuth").orElseThrow());
        assertEquals(AwsV4Signer.create(), Signers.forSignatureVersion("s3v4").orElseThrow());
        assertEquals(true, Signers.forAuthScheme("sigv4-s3express").isEmpty());
    }
}
