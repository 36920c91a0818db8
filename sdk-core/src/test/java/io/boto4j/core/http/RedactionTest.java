package io.boto4j.core.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactionTest {
    private static final String MODEL = """
            {"metadata": {"protocol": "rest-xml", "apiVersion": "2006-03-01", "endpointPrefix": "s3"},
             "operations": {"Put": {"name": "Put", "http": {"method": "PUT", "requestUri": "/{Key}"},
                                    "input": {"shape": "PutInput"}}},
             "shapes": {
               "PutInput": {"type": "structure", "members": {
                  "Key": {"shape": "Text", "location": "uri", "locationName": "Key"},
                  "Plain": {"shape": "Text", "location": "header", "locationName": "x-plain"},
                  "KmsKey": {"shape": "Secret", "location": "header", "locationName": "x-kms-key-id"},
                  "Hidden": {"shape": "SecretMap", "location": "headers", "locationName": "x-hidden-"},
                  "Code": {"shape": "Secret", "location": "querystring", "locationName": "code"},
                  "Page": {"shape": "Text", "location": "querystring", "locationName": "page"}}},
               "Text": {"type": "string"},
               "Secret": {"type": "string", "sensitive": true},
               "SecretMap": {"type": "map", "key": {"shape": "Text"}, "value": {"shape": "Secret"}}
             }}""";

    private static OperationModel put() throws Exception {
        return ServiceModel.fromJson("s3", new ObjectMapper().readTree(MODEL)).operation("Put");
    }

    @Test
    void signaturesTokensAndKeysNeverReachTheLog() {
        String auth = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261125/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=4b568edee72ab9ed17910c4b721172f6cc558f6eb9ea552a0dbec9e991eb8eb5";
        assertEquals("AWS4-HMAC-SHA256 Credential=AKIA****/20261125/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=<redacted>", Redaction.header("Authorization", auth));
        assertEquals("<redacted>", Redaction.header("X-Amz-Security-Token", "token"));
        assertEquals("<redacted>", Redaction.header("x-amz-sso_bearer_token", "token"));
        assertEquals("<redacted>", Redaction.header("x-amz-server-side-encryption-customer-key", "a2V5"));
        assertEquals("<redacted>", Redaction.header("x-amz-copy-source-server-side-encryption-customer-key", "a2V5"));
        assertEquals("Bearer <redacted>", Redaction.header("Authorization", "Bearer abc.def"));
        String url = Redaction.text("https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIA%2F1&X-Amz-Signature=abcdef&x=1");
        assertEquals("https://b.s3.amazonaws.com/k?X-Amz-Credential=<redacted>&X-Amz-Signature=<redacted>&x=1", url);
        String body = Redaction.text("{\"SecretAccessKey\": \"wJalr/K7\", \"SessionToken\": \"FwoG\"}");
        assertFalse(body.contains("wJalr") || body.contains("FwoG"), body);
        assertEquals("AKIA****", Redaction.accessKeyId("AKIAIOSFODNN7EXAMPLE"));
    }

    @Test
    void membersTheModelMarksSensitiveAreRedactedWhereverTheyAreBound() throws Exception {
        OperationModel op = put();
        Headers headers = new Headers().set("x-plain", "visible").set("x-kms-key-id", "arn:aws:kms:key/1234")
                .set("x-hidden-a", "value-of-a").set("X-Hidden-B", "value-of-b");
        String shown = Redaction.headers(op, headers);
        assertTrue(shown.contains("x-plain=visible"), shown);
        assertFalse(shown.contains("1234") || shown.contains("value-of-a") || shown.contains("value-of-b"), shown);

        SdkHttpRequest r = new SdkHttpRequest("PUT", URI.create("https://h.example.com"), "/k")
                .addQueryParam("code", "c0de-secret").addQueryParam("page", "2").addQueryParam("flag", null);
        assertEquals("https://h.example.com/k?code=<redacted>&page=2&flag", Redaction.uri(op, r));
    }

    /** A model built per client (a custom loader's) is not kept alive by having been logged. */
    @Test
    void redactingAnOperationDoesNotRetainItsModel() throws Exception {
        OperationModel op = put();
        assertTrue(Redaction.headers(op, new Headers().set("x-kms-key-id", "k")).contains("<redacted>"));
        java.lang.ref.WeakReference<OperationModel> ref = new java.lang.ref.WeakReference<>(op);
        op = null;
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(ref.get(), "the operation model is still reachable after it was redacted");
    }
}
