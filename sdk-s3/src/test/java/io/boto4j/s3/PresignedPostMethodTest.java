package io.boto4j.s3;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.ParamValidationException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.testsupport.Botocore;
import io.boto4j.testsupport.transport.ScriptedTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link S3Presigning#GENERATE_PRESIGNED_POST} on a client, byte for byte against botocore
 * 1.43.107's {@code generate_presigned_post} (with {@code signature_version='s3v4'}, as boto4j
 * always signs) at the same time: the URL endpoint resolution gives, the fields in order, the
 * policy and its signature.
 */
class PresignedPostMethodTest {
    @TempDir
    Path home;

    private record PostCase(String region, String endpointUrl, Map<String, Object> s3Config,
                            UnaryOperator<ClientConfig.Builder> boto4j, Map<String, Object> args) {
    }

    private static Map<String, Object> args(String bucket, String key, Object... rest) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Bucket", bucket);
        m.put("Key", key);
        for (int i = 0; i < rest.length; i += 2) {
            m.put((String) rest[i], rest[i + 1]);
        }
        return m;
    }

    private PresignedPost post(String region, ClientConfig.Builder config, Map<String, Object> args) {
        ServiceRuntime s3 = TestRuntimes.runtime("s3", region, new ScriptedTransport(), config, home);
        return s3.callMethod(S3Presigning.GENERATE_PRESIGNED_POST, args, Runnable::run).join();
    }

    @Test
    void urlFieldsPolicyAndSignatureAreBotocores() throws Exception {
        Botocore.assumeAvailable();
        List<Object> conditions = List.of(Map.of("acl", "public-read"), List.of("content-length-range", 1, 1048576),
                List.of("starts-with", "$Content-Type", "image/"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("acl", "public-read");
        fields.put("Content-Type", "image/png");
        List<PostCase> cases = List.of(
                new PostCase("us-east-1", null, null, b -> b, args("bucket", "uploads/${filename}")),
                new PostCase("eu-west-1", null, null, b -> b, args("bucket", "k", "Fields", fields,
                        "Conditions", conditions, "ExpiresIn", 600)),
                new PostCase("eu-west-1", null, Map.of("addressing_style", "path"),
                        b -> b.option(S3Options.ADDRESSING_STYLE, "path"), args("bucket", "k")),
                new PostCase("us-east-1", null, null, b -> b, args("dotted.bucket.name", "k")),
                new PostCase("us-east-1", "http://localhost:9000", null, b -> b, args("bucket", "k")),
                new PostCase("us-west-2", "http://localhost:9000", Map.of("addressing_style", "virtual"),
                        b -> b.option(S3Options.ADDRESSING_STYLE, "virtual"), args("bucket", "dir/k")));
        List<Map<String, Object>> input = new ArrayList<>();
        for (PostCase c : cases) {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("kind", "presignedPost");
            in.put("region", c.region());
            in.put("accessKey", "AKIDEXAMPLE");
            in.put("secretKey", "SECRETEXAMPLE");
            in.put("time", TestRuntimes.NOW.toString());
            if (c.endpointUrl() != null) {
                in.put("endpointUrl", c.endpointUrl());
            }
            if (c.s3Config() != null) {
                in.put("s3Config", c.s3Config());
            }
            in.put("bucket", c.args().get("Bucket"));
            in.put("key", c.args().get("Key"));
            c.args().forEach((name, value) -> {
                if (!name.equals("Bucket") && !name.equals("Key")) {
                    in.put(Character.toLowerCase(name.charAt(0)) + name.substring(1), value);
                }
            });
            input.add(in);
        }
        List<JsonNode> botocore = Botocore.run("botocore_s3_customizations.py", input);
        for (int i = 0; i < cases.size(); i++) {
            PostCase c = cases.get(i);
            ClientConfig.Builder config = c.boto4j().apply(ClientConfig.builder());
            if (c.endpointUrl() != null) {
                config.endpointUrl(c.endpointUrl());
            }
            PresignedPost ours = post(c.region(), config, c.args());
            JsonNode theirs = botocore.get(i);
            assertEquals(theirs.path("url").asText(), ours.url(), "case " + i);
            List<String> theirFields = new ArrayList<>();
            theirs.path("fields").forEach(f -> theirFields.add(f.get(0).asText() + "=" + f.get(1).asText()));
            List<String> ourFields = new ArrayList<>();
            ours.fields().forEach((name, value) -> ourFields.add(name + "=" + value));
            assertEquals(theirFields, ourFields, "case " + i);
        }
    }

    @Test
    void anAnonymousClientGetsTheFieldsUnsigned() {
        PresignedPost post = post("eu-west-1", ClientConfig.builder().anonymous(true),
                args("bucket", "k", "Fields", Map.of("acl", "public-read")));
        // botocore: {'url': 'https://bucket.s3.amazonaws.com/', 'fields': {'acl': 'public-read', 'key': 'k'}}
        assertEquals("https://bucket.s3.amazonaws.com/", post.url());
        assertEquals(List.of("acl", "key"), List.copyOf(post.fields().keySet()));
    }

    @Test
    void badArgumentsAreRefusedBeforeAnything() {
        CompletionException bucket = assertThrows(CompletionException.class,
                () -> post("us-east-1", ClientConfig.builder(), args("no/slash", "k")));
        ParamValidationException e = assertInstanceOf(ParamValidationException.class, bucket.getCause());
        assertTrue(e.getMessage().contains("Invalid bucket name \"no/slash\""), e.getMessage());

        CompletionException missing = assertThrows(CompletionException.class,
                () -> post("us-east-1", ClientConfig.builder(), Map.of("Bucket", "bucket")));
        assertTrue(missing.getCause().getMessage().contains("Missing required parameter Key"),
                missing.getCause().getMessage());
    }

    @Test
    void theMethodIsListedOnS3ClientsOnly() {
        ServiceRuntime s3 = TestRuntimes.runtime("s3", new ScriptedTransport(), ClientConfig.builder(), home);
        CustomMethod<?> method = s3.method("GeneratePresignedPost").orElseThrow();
        assertEquals(S3Presigning.GENERATE_PRESIGNED_POST, method);
        ServiceRuntime control = TestRuntimes.runtime("s3control", new ScriptedTransport(), ClientConfig.builder(), home);
        assertTrue(control.method("GeneratePresignedPost").isEmpty());
    }
}
