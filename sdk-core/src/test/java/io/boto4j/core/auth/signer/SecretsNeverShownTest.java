package io.boto4j.core.auth.signer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.SdkHttpRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secret keys, session tokens, bearer tokens and signatures stay out of every string we build. */
class SecretsNeverShownTest {
    private static final String SECRET = "VERY/SECRET+KEY0123456789abcdefghijklmn";
    private static final String SESSION = "SESSION-TOKEN-THAT-MUST-NOT-LEAK";
    private static final String BEARER = "BEARER-TOKEN-THAT-MUST-NOT-LEAK";

    @Test
    void toStringsHideSecrets() {
        Credentials credentials = Credentials.of("AKIDEXAMPLE", SECRET, SESSION)
                .withExpiration(Instant.parse("2030-01-01T00:00:00Z")).withAccountId("123456789012");
        SigningParams params = SigningParams.builder().credentials(credentials).bearerToken(BEARER)
                .region("us-east-1").signingName("s3").build();
        SdkHttpRequest request = new SdkHttpRequest("GET", URI.create("https://b.s3.amazonaws.com"), "/k");
        AwsChunkedEncoder encoder = AwsV4Signer.create().signChunked(request, params.toBuilder().s3Rules().build(),
                StreamingPayload.SIGNED, 10, 8192, Map.of());
        String signature = request.headers().first("Authorization").replaceAll(".*Signature=", "");

        for (String text : new String[] {credentials.toString(), params.toString(), request.toString(),
                request.headers().toString(), encoder.toString()}) {
            assertFalse(text.contains(SECRET), text);
            assertFalse(text.contains(SESSION), text);
            assertFalse(text.contains(BEARER), text);
            assertFalse(text.contains(signature), text);
        }
        assertFalse(credentials.toString().contains("AKIDEXAMPLE"), "not even the key id: " + credentials);
        assertTrue(credentials.toString().contains("AKID****"));
        assertTrue(credentials.toString().contains("123456789012"));
    }

    @Test
    void exceptionMessagesHideSecrets() {
        Credentials credentials = Credentials.of("AKIDEXAMPLE", SECRET, SESSION);
        SdkHttpRequest request = new SdkHttpRequest("GET", URI.create("https://b.s3.amazonaws.com"), "/k");
        Exception noRegion = assertThrows(IllegalStateException.class, () -> AwsV4Signer.create().sign(request,
                SigningParams.builder().credentials(credentials).signingName("s3").build()));
        Exception tooLong = assertThrows(IllegalArgumentException.class, () -> AwsV4Signer.create().presign(request,
                SigningParams.builder().credentials(credentials).region("us-east-1").signingName("s3").build(),
                Duration.ofDays(8)));
        Exception emptySecret = assertThrows(IllegalArgumentException.class,
                () -> Credentials.of("AKIDEXAMPLE", ""));
        for (Exception e : new Exception[] {noRegion, tooLong, emptySecret}) {
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
            assertFalse(e.getMessage().contains(SESSION), e.getMessage());
        }
    }
}
