package io.boto4j.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.auth.BearerToken;
import io.boto4j.core.auth.credentials.ProviderContext;
import io.boto4j.core.auth.credentials.SsoCredentialsProvider;
import io.boto4j.core.auth.credentials.TestSupport;
import io.boto4j.core.auth.credentials.TinyHttpServer;
import io.boto4j.core.auth.token.SsoTokenProvider;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.ProfileFile;
import io.boto4j.core.loader.ModelLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SSO token refresh through the request pipeline: SSO-OIDC CreateToken made by
 * {@link CredentialServices} over a real socket to a local server standing in for
 * {@code oidc.<region>.amazonaws.com} (reached through {@code AWS_ENDPOINT_URL_SSO_OIDC}, as
 * botocore's nested client would be).
 */
class SsoOidcRefreshTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    private TinyHttpServer server;
    private Function<TinyHttpServer.Request, TinyHttpServer.Response> answer;
    private final LoopbackTransport transport = new LoopbackTransport();

    @BeforeEach
    void start() throws Exception {
        server = new TinyHttpServer(request -> answer.apply(request));
        Path cache = SsoCredentialsProvider.cacheFile(home, "corp");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "{\"startUrl\": \"https://corp.awsapps.com/start\", \"region\": \"eu-west-1\","
                + " \"accessToken\": \"old-access-SECRET\", \"expiresAt\": \"2030-01-01T00:05:00Z\","
                + " \"refreshToken\": \"refresh-SECRET\", \"clientId\": \"client-1\", \"clientSecret\": \"client-SECRET\","
                + " \"registrationExpiresAt\": \"2030-06-01T00:00:00Z\"}");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        transport.close();
    }

    private SsoTokenProvider provider() {
        ConfigEnvironment env = ConfigEnvironment.of(Map.of("AWS_ENDPOINT_URL_SSO_OIDC", server.baseUrl(),
                "AWS_EC2_METADATA_DISABLED", "true"), home);
        ModelLoader models = ModelLoader.builder().addDirectory(ServiceRuntimeTest.MODELS).environment(Map.of())
                .home(home).build();
        CredentialServices services = new CredentialServices(transport, d -> CompletableFuture.completedFuture(null), null,
                models, env, "us-east-1", ProviderContext.defaultExecutor());
        ProviderContext context = ProviderContext.builder().environment(env).clock(new TestSupport.MutableClock(T0))
                .profileFile(ProfileFile.parse("config", "[default]\nsso_session = corp\n[sso-session corp]\n"
                        + "sso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n", "credentials", ""))
                .build();
        return new SsoTokenProvider(context, services);
    }

    @Test
    void createTokenGoesOutUnsignedWithTheRefreshGrantAndTheRenewedTokenIsCached() throws Exception {
        answer = r -> TinyHttpServer.Response.of(200, "{\"accessToken\": \"new-access-SECRET\", \"tokenType\": \"Bearer\","
                + " \"expiresIn\": 28800, \"refreshToken\": \"new-refresh-SECRET\"}");
        BearerToken token = provider().resolve().get();
        assertEquals("new-access-SECRET", token.token());
        assertEquals(T0.plus(Duration.ofHours(8)), token.expiration());

        assertEquals(1, server.requests().size());
        TinyHttpServer.Request sent = server.requests().get(0);
        assertEquals("POST", sent.method());
        assertEquals("/token", sent.path());
        assertNull(sent.header("authorization"), "CreateToken is unsigned (smithy.api#noAuth)");
        assertEquals(JSON.readTree("{\"grantType\": \"refresh_token\", \"clientId\": \"client-1\", \"clientSecret\":"
                + " \"client-SECRET\", \"refreshToken\": \"refresh-SECRET\"}"), JSON.readTree(sent.body()),
                "the JSON botocore sends (its member order and spacing aside)");

        JsonNode cached = JSON.readTree(SsoCredentialsProvider.cacheFile(home, "corp").toFile());
        assertEquals("new-access-SECRET", cached.get("accessToken").asText());
        assertEquals("new-refresh-SECRET", cached.get("refreshToken").asText());
        assertEquals("2030-01-01T08:00:00Z", cached.get("expiresAt").asText());
    }

    @Test
    void aRefusedRefreshParsedFromTheServiceKeepsTheCachedToken() throws Exception {
        answer = r -> TinyHttpServer.Response.of(400, "{\"__type\": \"InvalidGrantException\", \"error\": \"invalid_grant\","
                + " \"error_description\": \"Invalid refresh token provided\"}");
        assertEquals("old-access-SECRET", provider().resolve().get().token());
        assertEquals(1, server.requests().size(), "a 400 is not retried");
        String cached = Files.readString(SsoCredentialsProvider.cacheFile(home, "corp"));
        assertTrue(cached.contains("old-access-SECRET") && !cached.contains("new-access"));
        assertFalse(cached.isEmpty());
    }
}
