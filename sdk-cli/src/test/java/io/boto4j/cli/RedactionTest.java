package io.boto4j.cli;

import io.boto4j.cli.debug.Redaction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class RedactionTest {
    @Test
    void signaturesTokensAndKeysNeverReachTheLog() {
        String auth = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261125/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=4b568edee72ab9ed17910c4b721172f6cc558f6eb9ea552a0dbec9e991eb8eb5";
        assertEquals("AWS4-HMAC-SHA256 Credential=AKIA****/20261125/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=<redacted>", Redaction.header("Authorization", auth));
        assertEquals("<redacted>", Redaction.header("X-Amz-Security-Token", "token"));
        assertEquals("Bearer <redacted>", Redaction.header("Authorization", "Bearer abc.def"));
        String url = Redaction.text("https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIA%2F1&X-Amz-Signature=abcdef&x=1");
        assertEquals("https://b.s3.amazonaws.com/k?X-Amz-Credential=<redacted>&X-Amz-Signature=<redacted>&x=1", url);
        String body = Redaction.text("{\"SecretAccessKey\": \"wJalr/K7\", \"SessionToken\": \"FwoG\"}");
        assertFalse(body.contains("wJalr") || body.contains("FwoG"), body);
    }
}
