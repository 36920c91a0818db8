package io.boto4j.s3.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.auth.Credentials;
import io.boto4j.s3.PresignedPost;
import io.boto4j.testsupport.Botocore;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The presigned POST, byte for byte against botocore's generate_presigned_post (SigV4) at a fixed time. */
class PostPolicyTest {
    private static final String ACCESS_KEY = "AKIDEXAMPLE";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String TIME = "2026-11-25T12:00:00Z";

    private record Case(String bucket, String key, Map<String, String> fields, List<Object> conditions,
                        long expiresIn, String token, String region) {
        Map<String, Object> forBotocore() {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("kind", "presignedPost");
            c.put("bucket", bucket);
            c.put("key", key);
            c.put("fields", fields);
            c.put("conditions", conditions);
            c.put("expiresIn", expiresIn);
            c.put("accessKey", ACCESS_KEY);
            c.put("secretKey", SECRET_KEY);
            c.put("token", token);
            c.put("region", region);
            c.put("time", TIME);
            return c;
        }
    }

    private static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static final String ODD_TEXT = "Zoë \"q\" \\ </>\n\t\u0001\u007f 😀 €";

    private static final List<Case> CASES = List.of(
            new Case("mybucket", "uploads/${filename}", fields("acl", "public-read"),
                    List.of(Map.of("acl", "public-read"), List.of("content-length-range", 1, 1048576)), 600, "tok/en+=",
                    "us-west-2"),
            new Case("mybucket", "k", fields(), List.of(), 3600, null, "us-east-1"),
            new Case("my.bucket", "dir/a key", fields("Content-Type", "text/plain", "key", "ignored", "x-amz-meta-n", ODD_TEXT,
                    "x-amz-algorithm", "mine", "success_action_status", "201"),
                    List.of(Map.of("x-amz-meta-n", ODD_TEXT), List.of("eq", "$Content-Type", "text/plain"),
                            List.of("starts-with", "$success_action_status", ""), Map.of("flag", true),
                            List.of("content-length-range", 0, new BigInteger("5368709120"))),
                    604800, null, "eu-central-1"));

    @Test
    void urlAndFieldsEqualBotocoresByteForByte() throws Exception {
        Botocore.assumeAvailable();
        List<Map<String, Object>> input = new ArrayList<>();
        CASES.forEach(c -> input.add(c.forBotocore()));
        List<JsonNode> botocore = Botocore.run("botocore_s3_customizations.py", input);
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            JsonNode theirs = botocore.get(i);
            PresignedPost mine = PostPolicy.presign(theirs.path("url").asText(), c.bucket(), c.key(), c.fields(),
                    c.conditions(), c.expiresIn(), Credentials.of(ACCESS_KEY, SECRET_KEY, c.token()), c.region(),
                    Instant.parse(TIME));
            List<List<String>> theirFields = new ArrayList<>();
            theirs.path("fields").forEach(f -> theirFields.add(List.of(f.get(0).asText(), f.get(1).asText())));
            List<List<String>> myFields = new ArrayList<>();
            mine.fields().forEach((k, v) -> myFields.add(List.of(k, v)));
            assertEquals(theirFields, myFields, "case " + i + ": " + theirs.path("policy"));
            assertEquals(theirs.path("url").asText(), mine.url());
        }
    }

    @Test
    void knownVectorWithSessionToken() {
        // botocore 1.43.107, Config(signature_version='s3v4'), us-west-2, at 2026-11-25T12:00:00Z.
        PresignedPost post = PostPolicy.presign("https://mybucket.s3.amazonaws.com/", "mybucket", "uploads/${filename}",
                fields("acl", "public-read"), List.of(Map.of("acl", "public-read"), List.of("content-length-range", 1, 1048576)),
                600, Credentials.of(ACCESS_KEY, SECRET_KEY, "tok"), "us-west-2", Instant.parse("2026-11-25T12:00:00.999Z"));
        assertEquals(List.of("acl", "key", "x-amz-algorithm", "x-amz-credential", "x-amz-date", "x-amz-security-token",
                "policy", "x-amz-signature"), new ArrayList<>(post.fields().keySet()));
        assertEquals("AKIDEXAMPLE/20261125/us-west-2/s3/aws4_request", post.fields().get("x-amz-credential"));
        assertEquals("eyJleHBpcmF0aW9uIjogIjIwMjYtMTEtMjVUMTI6MTA6MDBaIiwgImNvbmRpdGlvbnMiOiBbeyJhY2wiOiAicHVibGljLXJlYWQifSwg"
                + "WyJjb250ZW50LWxlbmd0aC1yYW5nZSIsIDEsIDEwNDg1NzZdLCB7ImJ1Y2tldCI6ICJteWJ1Y2tldCJ9LCBbInN0YXJ0cy13aXRoIiwgIiRr"
                + "ZXkiLCAidXBsb2Fkcy8iXSwgeyJ4LWFtei1hbGdvcml0aG0iOiAiQVdTNC1ITUFDLVNIQTI1NiJ9LCB7IngtYW16LWNyZWRlbnRpYWwiOiAi"
                + "QUtJREVYQU1QTEUvMjAyNjExMjUvdXMtd2VzdC0yL3MzL2F3czRfcmVxdWVzdCJ9LCB7IngtYW16LWRhdGUiOiAiMjAyNjExMjVUMTIwMDAw"
                + "WiJ9LCB7IngtYW16LXNlY3VyaXR5LXRva2VuIjogInRvayJ9XX0=", post.fields().get("policy"));
        assertEquals("da75875278b3b4d931d55981c09f49f837292fb284a037a93dbc66e7aaf902e3", post.fields().get("x-amz-signature"));
        assertEquals("PresignedPost[url=https://mybucket.s3.amazonaws.com/, fields=[acl, key, x-amz-algorithm,"
                + " x-amz-credential, x-amz-date, x-amz-security-token, policy, x-amz-signature]]", post.toString(),
                "names only: the session token is a secret");
    }

    @Test
    void aNonPositiveExpiryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PostPolicy.presign("https://b.s3.amazonaws.com/", "b", "k",
                Map.of(), List.of(), 0, Credentials.of(ACCESS_KEY, SECRET_KEY), "us-east-1", Instant.parse(TIME)));
    }
}
