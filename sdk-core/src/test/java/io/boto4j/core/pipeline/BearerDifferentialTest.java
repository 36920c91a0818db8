package io.boto4j.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.testsupport.Botocore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The requests boto4j and botocore 1.43.107 make for the same bearer-capable calls, the same
 * environment and the same in-code settings: the chosen auth scheme, the Authorization header,
 * the method, URL, body and header names. Neither sends anything (botocore's request is caught
 * at before-send, boto4j's is a dry run). Skipped, with a message, where botocore is absent.
 */
class BearerDifferentialTest {
    /** Headers that differ by design (SDK name, invocation ids) or by the clock. */
    private static final List<String> VOLATILE = List.of("user-agent", "amz-sdk-invocation-id", "amz-sdk-request",
            "x-amz-date");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    record Case(String name, String service, String operation, Map<String, Object> params, List<String> blobs,
                Map<String, String> env, String preference, String endpoint) {
        /** botocore's method name for the operation. */
        String pythonOperation() {
            return operation.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        }
    }

    private static final Map<String, String> BEDROCK_TOKEN = Map.of("AWS_BEARER_TOKEN_BEDROCK", "br-token");
    private static final Map<String, Object> INVOKE = Map.of("modelId", "anthropic.claude-v2", "body", "{}");

    private static List<Case> cases() {
        Map<String, String> tokenAndEnvPreference = new HashMap<>(BEDROCK_TOKEN);
        tokenAndEnvPreference.put("AWS_AUTH_SCHEME_PREFERENCE", "sigv4");
        return List.of(
                new Case("codecatalyst env token", "codecatalyst", "ListSpaces", Map.of(), List.of(),
                        Map.of("AWS_BEARER_TOKEN_CODECATALYST", "cc-token"), null, null),
                new Case("codecatalyst paging", "codecatalyst", "ListSpaces", Map.of("nextToken", "page-2"), List.of(),
                        Map.of("AWS_BEARER_TOKEN_CODECATALYST", "cc-token"), null, null),
                new Case("bedrock env token", "bedrock", "ListFoundationModels", Map.of(), List.of(),
                        BEDROCK_TOKEN, null, null),
                new Case("bedrock no token", "bedrock", "ListFoundationModels", Map.of(), List.of(),
                        Map.of(), null, null),
                new Case("bedrock-runtime env token", "bedrock-runtime", "InvokeModel", INVOKE, List.of("body"),
                        BEDROCK_TOKEN, null, null),
                new Case("bedrock-runtime env token and env preference", "bedrock-runtime", "InvokeModel", INVOKE,
                        List.of("body"), tokenAndEnvPreference, null, null),
                new Case("bedrock-runtime env token and code preference sigv4", "bedrock-runtime", "InvokeModel",
                        INVOKE, List.of("body"), BEDROCK_TOKEN, "sigv4", null),
                new Case("bedrock-runtime env token and code preference bearer", "bedrock-runtime", "InvokeModel",
                        INVOKE, List.of("body"), BEDROCK_TOKEN, "httpBearerAuth,sigv4", null),
                new Case("codecatalyst over http", "codecatalyst", "ListSpaces", Map.of(), List.of(),
                        Map.of("AWS_BEARER_TOKEN_CODECATALYST", "cc-token"), null, "http://127.0.0.1:9"));
    }

    private CompletableFuture<ServiceRuntime.SignedRequest> boto4j(Case c) {
        Map<String, String> env = new HashMap<>(c.env());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        ClientConfig.Builder config = ClientConfig.builder().region("us-east-1")
                .environment(ConfigEnvironment.of(env, home))
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE")))
                .authSchemePreference(c.preference())
                .endpointUrl(c.endpoint());
        ServiceRuntime runtime = ServiceRuntime.builder().service(c.service()).config(config.build())
                .transport(r -> CompletableFuture.failedFuture(new AssertionError("a dry run sends nothing")))
                .loader(ModelLoader.builder().addDirectory(ServiceRuntimeTest.MODELS).environment(Map.of()).home(home).build())
                .build();
        Map<String, Object> params = new LinkedHashMap<>(c.params());
        c.blobs().forEach(b -> params.put(b, ((String) params.get(b)).getBytes(StandardCharsets.UTF_8)));
        return runtime.dryRun(c.operation(), params);
    }

    @Test
    void boto4jSendsWhatBotocoreSends() throws Exception {
        Botocore.assumeAvailable();
        List<Case> cases = cases();
        List<Map<String, Object>> input = new ArrayList<>();
        for (Case c : cases) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", c.name());
            json.put("service", c.service());
            json.put("operation", c.pythonOperation());
            json.put("params", c.params());
            json.put("blobs", c.blobs());
            json.put("env", new TreeMap<>(c.env()));
            json.put("preference", c.preference());
            json.put("endpoint", c.endpoint());
            input.add(json);
        }
        List<JsonNode> botocore = Botocore.run("botocore_bearer_requests.py", input);
        assertEquals(cases.size(), botocore.size());
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            JsonNode expected = botocore.get(i);
            assertTrue(expected.has("method"), c.name() + ": botocore did not send: " + expected);
            if (c.endpoint() != null && c.endpoint().startsWith("http:")) {
                // The one difference on purpose: botocore sends the token in clear text, boto4j refuses.
                assertEquals("Bearer cc-token", expected.at("/headers/Authorization").asText());
                Throwable e = assertThrows(CompletionException.class, () -> boto4j(c).join()).getCause();
                assertInstanceOf(SdkClientException.class, e);
                assertTrue(e.getMessage().contains("https only"), e.getMessage());
                continue;
            }
            SdkHttpRequest actual = boto4j(c).join().request();
            String what = c.name() + ": ";
            assertEquals(expected.get("method").asText(), actual.method(), what + "method");
            assertEquals(expected.get("url").asText(), actual.uri().toString(), what + "URL");
            String expectedAuth = expected.at("/headers/Authorization").asText();
            String actualAuth = actual.headers().first("Authorization");
            if (expectedAuth.startsWith("Bearer ")) {
                assertEquals(expectedAuth, actualAuth, what + "Authorization");
            } else {
                // SigV4: the same scheme and credential scope. The signature depends on the clock, and the
                // signed header list is the SigV4 signer's own matter (botocore adds Content-Length after signing).
                assertEquals(scope(expectedAuth), scope(actualAuth), what + "SigV4 scope");
            }
            List<String> expectedNames = headerNames(expected.get("headers"));
            List<String> actualNames = headerNames(actual);
            if (!c.blobs().isEmpty()) {
                // The rest codecs give a raw blob payload application/octet-stream (the Smithy protocol
                // tests' expectation, RestProtocolCodec.rawContentType); botocore sends none.
                actualNames = actualNames.stream().filter(n -> !n.equals("content-type")).toList();
            }
            assertEquals(expectedNames, actualNames, what + "header names");
            String body = actual.bodyBytes() == null ? "" : new String(actual.bodyBytes(), StandardCharsets.UTF_8);
            String expectedBody = expected.get("body").isNull() ? "" : expected.get("body").asText();
            if (body.startsWith("{") && expectedBody.startsWith("{")) {
                // boto4j's JSON codecs write compact JSON in model order; botocore writes json.dumps's spacing.
                assertEquals(JSON.readTree(expectedBody), JSON.readTree(body), what + "body");
            } else {
                assertEquals(expectedBody, body, what + "body");
            }
        }
    }

    /** {@code AWS4-HMAC-SHA256 Credential=AKID/<date>/us-east-1/bedrock/aws4_request}, without the date. */
    private static String scope(String authorization) {
        return authorization.substring(0, authorization.indexOf(',')).replaceAll("/\\d{8}/", "/DATE/");
    }

    private static List<String> headerNames(JsonNode headers) {
        List<String> names = new ArrayList<>();
        headers.fieldNames().forEachRemaining(n -> names.add(n.toLowerCase(Locale.ROOT)));
        return stable(names);
    }

    private static List<String> headerNames(SdkHttpRequest request) {
        List<String> names = new ArrayList<>();
        request.headers().forEach((n, v) -> names.add(n.toLowerCase(Locale.ROOT)));
        return stable(names);
    }

    private static List<String> stable(List<String> names) {
        return names.stream().filter(n -> !VOLATILE.contains(n)).distinct().sorted().toList();
    }
}
