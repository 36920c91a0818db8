package io.boto4j.it.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.async.AsyncClient;
import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.SsoCredentialsProvider;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.http.Redaction;
import io.boto4j.it.hostile.LogCapture;
import io.boto4j.it.hostile.SelfSignedCertificate;
import io.boto4j.sync.SyncClient;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.PfxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bearer auth through both layers against a local HTTPS server (a certificate made for the run,
 * trusted through {@code ClientConfig.caBundle}) that checks the {@code Authorization} header of
 * real bundled models' bearer operations: CodeCatalyst {@code ListSpaces} with the environment
 * token, with a wrong token (the server's 403 as a {@link ServiceException}) and with an SSO
 * session whose cached token is renewed through SSO-OIDC {@code CreateToken} on the same
 * server; Bedrock {@code ListFoundationModels} with {@code AWS_BEARER_TOKEN_BEDROCK} beside SigV4
 * credentials. Every log line of the runs is captured (TRACE included) and holds no token. Where
 * botocore 1.43.107 is installed, it makes the CodeCatalyst call against the same server and the
 * server sees the same Authorization header and body from both.
 */
class BearerTokenEndToEndTest {
    private static final String CC_TOKEN = "codecatalyst-env-token-SECRET";
    private static final String WRONG_TOKEN = "wrong-token-SECRET";
    private static final String BEDROCK_TOKEN = "bedrock-api-key-SECRET";
    private static final String SSO_OLD = "sso-cached-access-SECRET";
    private static final String SSO_NEW = "sso-renewed-access-SECRET";
    private static final String SSO_REFRESH = "sso-refresh-SECRET";
    private static final String SSO_CLIENT_SECRET = "sso-client-SECRET";
    private static final List<String> VALID = List.of(CC_TOKEN, BEDROCK_TOKEN, SSO_NEW);
    private static final String PYTHON = System.getProperty("boto4j.botocore.python", "/work/venv-botocore/bin/python");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the server saw it. */
    record Seen(String method, String path, MultiMap headers, String body) {
    }

    @TempDir
    static Path dir;
    private static Vertx vertx;
    private static SelfSignedCertificate certificate;
    private static URI endpoint;
    private static final List<Seen> seen = new CopyOnWriteArrayList<>();

    @TempDir
    Path home;

    @BeforeAll
    static void server() {
        vertx = Vertx.vertx();
        certificate = SelfSignedCertificate.create(dir, "bearer", "ip:127.0.0.1,dns:localhost");
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0).setSsl(true)
                        .setKeyCertOptions(new PfxOptions().setPath(certificate.keyStore().toString())
                                .setPassword(certificate.password())))
                .requestHandler(r -> r.body().onSuccess(body -> {
                    seen.add(new Seen(r.method().name(), r.path(), MultiMap.caseInsensitiveMultiMap().addAll(r.headers()),
                            body.toString(StandardCharsets.UTF_8)));
                    answer(r, body.toString(StandardCharsets.UTF_8));
                }));
        endpoint = URI.create("https://127.0.0.1:" + server.listen().await().actualPort());
    }

    /** CodeCatalyst, Bedrock and SSO-OIDC, as far as these tests need them. */
    private static void answer(HttpServerRequest r, String body) {
        String authorization = r.getHeader("Authorization");
        boolean valid = authorization != null && VALID.stream().anyMatch(t -> authorization.equals("Bearer " + t));
        if (r.path().equals("/token")) {
            JsonNode input = parse(body);
            if ("refresh_token".equals(input.path("grantType").asText())
                    && SSO_REFRESH.equals(input.path("refreshToken").asText())
                    && SSO_CLIENT_SECRET.equals(input.path("clientSecret").asText())) {
                json(r, 200, "{\"accessToken\": \"" + SSO_NEW + "\", \"tokenType\": \"Bearer\", \"expiresIn\": 28800,"
                        + " \"refreshToken\": \"sso-rotated-refresh-SECRET\"}");
            } else {
                r.response().putHeader("x-amzn-ErrorType", "InvalidGrantException");
                json(r, 400, "{\"error\": \"invalid_grant\"}");
            }
        } else if (!valid) {
            r.response().putHeader("x-amzn-ErrorType", "AccessDeniedException");
            json(r, 403, "{\"message\": \"The bearer token is not valid\"}");
        } else if (r.path().equals("/v1/spaces")) {
            json(r, 200, "{\"items\": [{\"name\": \"space-1\", \"regionName\": \"us-west-2\"}]}");
        } else if (r.path().equals("/foundation-models")) {
            json(r, 200, "{\"modelSummaries\": [{\"modelArn\": \"arn:aws:bedrock:us-east-1::foundation-model/m\","
                    + " \"modelId\": \"m\"}]}");
        } else {
            json(r, 404, "{\"message\": \"no route\"}");
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static void json(HttpServerRequest r, int status, String body) {
        r.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
    }

    @BeforeEach
    void forget() {
        seen.clear();
    }

    // ---------------------------------------------------------------- the two layers

    /** One call through one layer: its output, or its failure thrown. */
    private interface Layer extends BiFunction<ClientConfig, String[], Map<String, Object>> {
    }

    private static final Layer SYNC = (config, call) -> {
        try (SyncClient client = SyncClient.create(call[0], config)) {
            return client.call(call[1]);
        }
    };

    private static final Layer ASYNC = (config, call) -> {
        AsyncClient client = AsyncClient.create(vertx, call[0], config).await();
        try {
            return client.call(call[1], Map.of()).await();
        } finally {
            client.close().await();
        }
    };

    private ClientConfig config(Path home, Map<String, String> env) {
        Map<String, String> variables = new HashMap<>(env);
        variables.put("AWS_EC2_METADATA_DISABLED", "true");
        variables.put("AWS_CONFIG_FILE", home.resolve(".aws/config").toString());
        variables.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws/credentials").toString());
        return ClientConfig.builder().region("us-east-1").endpointUrl(endpoint).caBundle(certificate.certificate())
                .environment(ConfigEnvironment.of(variables, home)).maxAttempts(1).build();
    }

    @Test
    void blockingLayer() throws Exception {
        scenarios(SYNC);
    }

    @Test
    void vertxLayer() throws Exception {
        scenarios(ASYNC);
    }

    private void scenarios(Layer layer) throws Exception {
        try (LogCapture log = LogCapture.everything()) {
            environmentToken(layer);
            wrongToken(layer);
            ssoSessionRenewedThroughSsoOidc(layer);
            bedrockPrefersItsEnvironmentToken(layer);
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("Bearer " + Redaction.REDACTED)),
                    "the trace of each attempt's headers was captured");
            for (String line : log.lines()) {
                assertFalse(line.contains("SECRET"), "a token reached the log: " + line);
            }
        }
    }

    private void environmentToken(Layer layer) {
        Map<String, Object> out = layer.apply(config(home, Map.of("AWS_BEARER_TOKEN_CODECATALYST", CC_TOKEN)),
                new String[] {"codecatalyst", "ListSpaces"});
        assertEquals("space-1", ((Map<?, ?>) ((List<?>) out.get("items")).get(0)).get("name"));
        Seen request = seen.get(seen.size() - 1);
        assertEquals("POST", request.method());
        assertEquals("/v1/spaces", request.path());
        assertEquals("Bearer " + CC_TOKEN, request.headers().get("Authorization"));
        assertNull(request.headers().get("X-Amz-Date"), "no SigV4 part");
    }

    private void wrongToken(Layer layer) {
        ServiceException e = assertThrows(ServiceException.class, () -> layer.apply(
                config(home, Map.of("AWS_BEARER_TOKEN_CODECATALYST", WRONG_TOKEN)), new String[] {"codecatalyst", "ListSpaces"}));
        assertEquals(403, e.statusCode());
        assertEquals("AccessDeniedException", e.errorCode());
        assertEquals("The bearer token is not valid", e.errorMessage());
        assertNotNull(e.errorShape(), "a modeled error of ListSpaces");
        assertFalse(e.toString().contains("SECRET"), e.toString());
        assertEquals("Bearer " + WRONG_TOKEN, seen.get(seen.size() - 1).headers().get("Authorization"));
    }

    private void ssoSessionRenewedThroughSsoOidc(Layer layer) throws IOException {
        Path ssoHome = Files.createTempDirectory(home, "sso");
        Files.createDirectories(ssoHome.resolve(".aws"));
        Files.writeString(ssoHome.resolve(".aws/config"), "[default]\nsso_session = corp\n[sso-session corp]\n"
                + "sso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n");
        Path cache = SsoCredentialsProvider.cacheFile(ssoHome, "corp");
        Files.createDirectories(cache.getParent());
        // Expires in five minutes: within the refresh window, so the first call renews it.
        Files.writeString(cache, "{\"startUrl\": \"https://corp.awsapps.com/start\", \"region\": \"eu-west-1\","
                + " \"accessToken\": \"" + SSO_OLD + "\", \"expiresAt\": \"" + Instant.now().plusSeconds(300) + "\","
                + " \"refreshToken\": \"" + SSO_REFRESH + "\", \"clientId\": \"client-1\", \"clientSecret\": \""
                + SSO_CLIENT_SECRET + "\", \"registrationExpiresAt\": \"" + Instant.now().plusSeconds(86_400) + "\"}");

        seen.clear();
        Map<String, Object> out = layer.apply(config(ssoHome, Map.of("AWS_ENDPOINT_URL_SSO_OIDC", endpoint.toString())),
                new String[] {"codecatalyst", "ListSpaces"});
        assertEquals(1, ((List<?>) out.get("items")).size());
        assertEquals(List.of("/token", "/v1/spaces"), seen.stream().map(Seen::path).toList());
        Seen createToken = seen.get(0);
        assertNull(createToken.headers().get("Authorization"), "CreateToken is unsigned");
        assertEquals("Bearer " + SSO_NEW, seen.get(1).headers().get("Authorization"));
        JsonNode cached = JSON.readTree(cache.toFile());
        assertEquals(SSO_NEW, cached.get("accessToken").asText(), "the renewed token is written back");
        assertEquals("sso-rotated-refresh-SECRET", cached.get("refreshToken").asText());
    }

    private void bedrockPrefersItsEnvironmentToken(Layer layer) {
        ClientConfig config = config(home, Map.of("AWS_BEARER_TOKEN_BEDROCK", BEDROCK_TOKEN)).toBuilder()
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "SIGV4-SECRET")))
                .build();
        layer.apply(config, new String[] {"bedrock", "ListFoundationModels"});
        Seen request = seen.get(seen.size() - 1);
        assertEquals("GET", request.method());
        assertEquals("/foundation-models", request.path());
        assertEquals("Bearer " + BEDROCK_TOKEN, request.headers().get("Authorization"));
    }

    // ---------------------------------------------------------------- botocore against the same server

    @Test
    void botocoreSendsTheSameAuthorizationAndBody() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(PYTHON)),
                "botocore 1.43.107 is not installed at " + PYTHON + " (-Dboto4j.botocore.python): comparison skipped");
        SYNC.apply(config(home, Map.of("AWS_BEARER_TOKEN_CODECATALYST", CC_TOKEN)), new String[] {"codecatalyst", "ListSpaces"});
        Seen boto4j = seen.get(0);

        ProcessBuilder botocoreCall = new ProcessBuilder(PYTHON, "-c", "import botocore.session;"
                + " botocore.session.get_session().create_client('codecatalyst', region_name='us-east-1',"
                + " endpoint_url='" + endpoint + "').list_spaces()").redirectErrorStream(true);
        Map<String, String> env = botocoreCall.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_BEARER_TOKEN_CODECATALYST", CC_TOKEN);
        env.put("AWS_CA_BUNDLE", certificate.certificate().toString());
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        Process p = botocoreCall.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "botocore did not finish");
        assertEquals(0, p.exitValue(), output);
        Seen botocore = seen.get(1);
        assertEquals(botocore.method(), boto4j.method());
        assertEquals(botocore.path(), boto4j.path());
        assertEquals(botocore.headers().get("Authorization"), boto4j.headers().get("Authorization"));
        assertEquals(botocore.headers().get("Content-Type"), boto4j.headers().get("Content-Type"));
        assertEquals(JSON.readTree(botocore.body()), JSON.readTree(boto4j.body()));
    }
}
