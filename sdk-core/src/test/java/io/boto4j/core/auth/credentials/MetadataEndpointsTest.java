package io.boto4j.core.auth.credentials;

import static io.boto4j.core.auth.credentials.TestSupport.SECRET;
import static io.boto4j.core.auth.credentials.TestSupport.TOKEN;
import static io.boto4j.core.auth.credentials.TestSupport.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.config.ConfigEnvironment;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Container and IMDS providers against a tiny HTTP server on 127.0.0.1. */
class MetadataEndpointsTest {
    private static final String CREDS_JSON = "{\"Code\": \"Success\", \"AccessKeyId\": \"ASIAMETA\", \"SecretAccessKey\": \""
            + SECRET + "\", \"Token\": \"" + TOKEN + "\", \"Expiration\": \"2030-01-01T06:00:00Z\"}";

    @TempDir
    Path home;
    private TinyHttpServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private TinyHttpServer serve(Function<TinyHttpServer.Request, TinyHttpServer.Response> handler) throws Exception {
        server = new TinyHttpServer(handler);
        return server;
    }

    private static ConfigEnvironment env(Path home, String... pairs) {
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put(pairs[i], pairs[i + 1]);
        }
        return ConfigEnvironment.of(vars, home);
    }

    private ProviderContext ctx(ConfigEnvironment env) {
        return context(env).containerRetryDelay(Duration.ZERO).build();
    }

    // ---- container ----

    @Test
    void containerRelativeUriWithAuthorizationToken() throws Exception {
        serve(r -> TinyHttpServer.Response.of(200, CREDS_JSON));
        ProviderContext ctx = ctx(env(home, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/abc",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN", "Bearer xyz"));
        Credentials c = new ContainerCredentialsProvider(ctx, server.baseUrl()).resolveBlocking();
        assertEquals("ASIAMETA", c.accessKeyId());
        assertEquals(TOKEN, c.sessionToken());
        assertEquals(Instant.parse("2030-01-01T06:00:00Z"), c.expiration());
        assertEquals("/v2/credentials/abc", server.requests().get(0).path());
        assertEquals("Bearer xyz", server.requests().get(0).header("Authorization"));
    }

    @Test
    void aMetadataResponseThatNeverEndsIsCutOff() throws Exception {
        serve(r -> TinyHttpServer.Response.of(200, "{\"AccessKeyId\": \"" + "A".repeat(10 << 20) + "\"}"));
        ProviderContext ctx = ctx(env(home, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/abc"));
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> new ContainerCredentialsProvider(ctx, server.baseUrl()).resolveBlocking());
        assertTrue(String.valueOf(e.getMessage()).contains("exceeds " + MetadataHttp.MAX_BODY_BYTES + " bytes")
                || String.valueOf(e.getCause()).contains("exceeds"), String.valueOf(e));
    }

    @Test
    void containerFullUriOnLoopbackWithTokenFile() throws Exception {
        serve(r -> TinyHttpServer.Response.of(200, CREDS_JSON));
        Path tokenFile = Files.writeString(home.resolve("token"), "from-file");
        ProviderContext ctx = ctx(env(home, "AWS_CONTAINER_CREDENTIALS_FULL_URI", server.baseUrl() + "/creds",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", tokenFile.toString(),
                "AWS_CONTAINER_AUTHORIZATION_TOKEN", "ignored"));
        assertEquals("ASIAMETA", new ContainerCredentialsProvider(ctx).resolveBlocking().accessKeyId());
        assertEquals("from-file", server.requests().get(0).header("Authorization"));
    }

    @Test
    void containerFullUriHostsAreRestricted() {
        ContainerCredentialsProvider.validateFullUri(URI.create("http://127.0.0.1:80/x"));
        ContainerCredentialsProvider.validateFullUri(URI.create("http://127.1.2.3/x"));
        ContainerCredentialsProvider.validateFullUri(URI.create("http://[::1]/x"));
        ContainerCredentialsProvider.validateFullUri(URI.create("http://169.254.170.23/v1/credentials"));
        ContainerCredentialsProvider.validateFullUri(URI.create("http://[fd00:ec2::23]/v1/credentials"));
        ContainerCredentialsProvider.validateFullUri(URI.create("http://localhost/x"));
        ContainerCredentialsProvider.validateFullUri(URI.create("https://anything.example.com/x"));
        assertThrows(CredentialsException.class,
                () -> ContainerCredentialsProvider.validateFullUri(URI.create("http://example.com/x")));
        assertThrows(CredentialsException.class,
                () -> ContainerCredentialsProvider.validateFullUri(URI.create("http://10.0.0.1/x")));
        ProviderContext ctx = ctx(env(home, "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://192.0.2.1/creds"));
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> new ContainerCredentialsProvider(ctx).resolveBlocking());
        assertTrue(e.getMessage().contains("Unsupported host"), e.getMessage());
    }

    @Test
    void containerRetriesThenReportsStatusWithoutBody() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        serve(r -> calls.incrementAndGet() < 3 ? TinyHttpServer.Response.of(500, "{\"SecretAccessKey\":\"" + SECRET + "\"}")
                : TinyHttpServer.Response.of(200, CREDS_JSON));
        ProviderContext ctx = ctx(env(home, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/c"));
        assertEquals("ASIAMETA", new ContainerCredentialsProvider(ctx, server.baseUrl()).resolveBlocking().accessKeyId());
        assertEquals(3, calls.get());

        calls.set(-10);
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> new ContainerCredentialsProvider(ctx, server.baseUrl()).resolveBlocking());
        assertTrue(e.getMessage().contains("500"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void containerRejectsTokensWithLineBreaksAndIsAbsentWithoutVariables() {
        ProviderContext ctx = ctx(env(home, "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:1/x",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN", "a\r\nInjected: yes"));
        assertTrue(assertThrows(CredentialsException.class, () -> new ContainerCredentialsProvider(ctx).resolveBlocking())
                .getMessage().contains("not a legal header value"));
        assertThrows(NoCredentialsException.class, () -> new ContainerCredentialsProvider(ctx(env(home))).resolveBlocking());
    }

    // ---- IMDS ----

    private static Function<TinyHttpServer.Request, TinyHttpServer.Response> imds(int tokenStatus) {
        return r -> {
            if (r.path().equals("/container")) {
                return TinyHttpServer.Response.of(200, CREDS_JSON.replace("ASIAMETA", "ASIACONTAINER"));
            }
            if (r.method().equals("PUT") && r.path().equals(InstanceMetadataCredentialsProvider.TOKEN_PATH)) {
                return TinyHttpServer.Response.of(tokenStatus, tokenStatus == 200 ? "imds-token" : "");
            }
            boolean tokenOk = tokenStatus != 200 || "imds-token".equals(r.header("X-aws-ec2-metadata-token"));
            if (!tokenOk) {
                return TinyHttpServer.Response.of(401, "");
            }
            if (r.path().equals(InstanceMetadataCredentialsProvider.ROLE_PATH)) {
                return TinyHttpServer.Response.of(200, "my-role\n");
            }
            if (r.path().equals(InstanceMetadataCredentialsProvider.ROLE_PATH + "my-role")) {
                return TinyHttpServer.Response.of(200, CREDS_JSON);
            }
            return TinyHttpServer.Response.of(404, "");
        };
    }

    @Test
    void imdsV2TokenThenRoleThenCredentials() throws Exception {
        serve(imds(200));
        ProviderContext ctx = ctx(env(home, "AWS_EC2_METADATA_SERVICE_ENDPOINT", server.baseUrl() + "/"));
        Credentials c = new InstanceMetadataCredentialsProvider(ctx).resolveBlocking();
        assertEquals("ASIAMETA", c.accessKeyId());
        assertEquals(3, server.requests().size());
        TinyHttpServer.Request put = server.requests().get(0);
        assertEquals("PUT", put.method());
        assertEquals("21600", put.header("X-aws-ec2-metadata-token-ttl-seconds"));
        assertEquals("imds-token", server.requests().get(2).header("X-aws-ec2-metadata-token"));
    }

    @Test
    void imdsFallsBackToV1UnlessDisabled() throws Exception {
        serve(imds(404));
        ProviderContext v1 = ctx(env(home, "AWS_EC2_METADATA_SERVICE_ENDPOINT", server.baseUrl()));
        assertEquals("ASIAMETA", new InstanceMetadataCredentialsProvider(v1).resolveBlocking().accessKeyId());
        assertNull(server.requests().get(1).header("X-aws-ec2-metadata-token"));

        ProviderContext noV1 = ctx(env(home, "AWS_EC2_METADATA_SERVICE_ENDPOINT", server.baseUrl(),
                "AWS_EC2_METADATA_V1_DISABLED", "true"));
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> new InstanceMetadataCredentialsProvider(noV1).resolveBlocking());
        assertTrue(e.getMessage().contains("IMDSv1 has been disabled"));
    }

    @Test
    void imdsBadTokenRequestIsAnError() throws Exception {
        serve(imds(400));
        ProviderContext ctx = ctx(env(home, "AWS_EC2_METADATA_SERVICE_ENDPOINT", server.baseUrl()));
        assertFalse(assertThrows(CredentialsException.class, () -> new InstanceMetadataCredentialsProvider(ctx).resolveBlocking())
                instanceof NoCredentialsException);
    }

    @Test
    void imdsRetriesWithConfiguredAttempts() throws Exception {
        AtomicInteger roleCalls = new AtomicInteger();
        Function<TinyHttpServer.Request, TinyHttpServer.Response> base = imds(200);
        serve(r -> r.path().equals(InstanceMetadataCredentialsProvider.ROLE_PATH) && roleCalls.incrementAndGet() < 3
                ? TinyHttpServer.Response.of(503, "") : base.apply(r));
        TestSupport.writeAws(home, "[default]\nmetadata_service_num_attempts = 3\n", null);
        ProviderContext ctx = ctx(env(home, "AWS_EC2_METADATA_SERVICE_ENDPOINT", server.baseUrl()));
        assertEquals("ASIAMETA", new InstanceMetadataCredentialsProvider(ctx).resolveBlocking().accessKeyId());
        assertEquals(3, roleCalls.get());
    }

    @Test
    void imdsTimeoutMeansNoCredentials() throws Exception {
        serve(r -> new TinyHttpServer.Response(200, "late", 3000));
        ProviderContext ctx = ctx(env(home, "AWS_EC2_METADATA_SERVICE_ENDPOINT", server.baseUrl(),
                "AWS_METADATA_SERVICE_TIMEOUT", "0.2"));
        long start = System.nanoTime();
        assertThrows(NoCredentialsException.class, () -> new InstanceMetadataCredentialsProvider(ctx).resolveBlocking());
        assertTrue(System.nanoTime() - start < 2_500_000_000L, "timeouts must apply");
    }

    @Test
    void imdsWithoutRoleOrDisabledIsNoCredentials() throws Exception {
        serve(r -> TinyHttpServer.Response.of(r.method().equals("PUT") ? 200 : 404, "t"));
        ProviderContext ctx = ctx(env(home, "AWS_EC2_METADATA_SERVICE_ENDPOINT", server.baseUrl()));
        assertThrows(NoCredentialsException.class, () -> new InstanceMetadataCredentialsProvider(ctx).resolveBlocking());
        int before = server.requests().size();
        ProviderContext disabled = ctx(env(home, "AWS_EC2_METADATA_SERVICE_ENDPOINT", server.baseUrl(),
                "AWS_EC2_METADATA_DISABLED", "true"));
        assertThrows(NoCredentialsException.class, () -> new InstanceMetadataCredentialsProvider(disabled).resolveBlocking());
        assertEquals(before, server.requests().size(), "disabled means no request at all");
    }

    @Test
    void defaultChainEndsWithContainerThenImds() throws Exception {
        serve(imds(200));
        ProviderContext ctx = ctx(env(home, "AWS_EC2_METADATA_SERVICE_ENDPOINT", server.baseUrl()));
        assertEquals("ASIAMETA", DefaultCredentialsChain.create(ctx).resolveBlocking().accessKeyId());
        ProviderContext both = ctx(env(home, "AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:1",
                "AWS_CONTAINER_CREDENTIALS_FULL_URI", server.baseUrl() + "/container"));
        assertEquals("ASIACONTAINER", DefaultCredentialsChain.create(both).resolveBlocking().accessKeyId());
    }
}
