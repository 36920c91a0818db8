package io.boto4j.core.auth.token;

import static io.boto4j.core.auth.credentials.TestSupport.env;
import static io.boto4j.core.auth.credentials.TestSupport.failure;
import static io.boto4j.core.auth.credentials.TestSupport.profiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.auth.BearerToken;
import io.boto4j.core.auth.credentials.ProviderContext;
import io.boto4j.core.auth.credentials.SsoCredentialsProvider;
import io.boto4j.core.auth.credentials.TestSupport;
import io.boto4j.core.config.ConfigEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment token, the chain and botocore's default order. */
class TokenChainTest {
    private static final String SSO_CONFIG = "[default]\nsso_session = corp\n[sso-session corp]\n"
            + "sso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n";
    private static final SsoOidcClient NO_OIDC = r -> CompletableFuture.failedFuture(new AssertionError("no refresh expected"));

    @TempDir
    Path home;

    @Test
    void theVariableIsTheSigningNameUpperCasedWithDashesAndSpacesAsUnderscores() {
        // As botocore's _get_bearer_env_var_name computes them.
        assertEquals("AWS_BEARER_TOKEN_BEDROCK", EnvironmentTokenProvider.variableName("bedrock"));
        assertEquals("AWS_BEARER_TOKEN_CODECATALYST", EnvironmentTokenProvider.variableName("codecatalyst"));
        assertEquals("AWS_BEARER_TOKEN_SSO_OAUTH", EnvironmentTokenProvider.variableName("sso-oauth"));
        assertEquals("AWS_BEARER_TOKEN_MY_SERVICE_X", EnvironmentTokenProvider.variableName("my service-x"));
    }

    @Test
    void theEnvironmentTokenIsScopedToTheSigningName() throws Exception {
        ConfigEnvironment env = env(home, "AWS_BEARER_TOKEN_BEDROCK", "bedrock-api-key-SECRET");
        BearerToken token = new EnvironmentTokenProvider(env, "bedrock").resolve().get();
        assertEquals("bedrock-api-key-SECRET", token.token());
        assertNull(token.expiration(), "an environment token does not expire");
        Throwable other = failure(new EnvironmentTokenProvider(env, "codecatalyst").resolve());
        assertInstanceOf(NoTokenException.class, other);
        assertEquals("AWS_BEARER_TOKEN_CODECATALYST is not set", other.getMessage());
        assertInstanceOf(NoTokenException.class, failure(new EnvironmentTokenProvider(env, " ").resolve()));
        assertInstanceOf(NoTokenException.class, failure(new EnvironmentTokenProvider(env, null).resolve()));
    }

    @Test
    void anEmptyVariableCountsAsUnset() {
        ConfigEnvironment env = env(home, "AWS_BEARER_TOKEN_BEDROCK", "");
        assertTrue(EnvironmentTokenProvider.token(env, "bedrock").isEmpty());
        assertInstanceOf(NoTokenException.class, failure(new EnvironmentTokenProvider(env, "bedrock").resolve()));
    }

    @Test
    void theChainPassesOverUnconfiguredProvidersStopsAtBrokenOnesAndRemembersTheWinner() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        TokenProvider none = () -> {
            asked.incrementAndGet();
            return CompletableFuture.failedFuture(new NoTokenException("not here"));
        };
        TokenProvider one = () -> CompletableFuture.completedFuture(BearerToken.of("one"));
        TokenProvider broken = () -> CompletableFuture.failedFuture(new TokenException("cache is corrupt"));
        TokenProviderChain chain = TokenProviderChain.of(none, one, broken);
        assertEquals("one", chain.resolve().get().token());
        assertEquals("one", chain.resolve().get().token());
        assertEquals(1, asked.get(), "the winner is asked directly from then on");
        assertEquals("cache is corrupt", failure(TokenProviderChain.of(none, broken, one).resolve()).getMessage());
        Throwable nothing = failure(new TokenProviderChain(List.of(none), "nothing here").resolve());
        assertInstanceOf(NoTokenException.class, nothing);
        assertEquals("nothing here", nothing.getMessage());
    }

    private ProviderContext context(ConfigEnvironment env, String config) {
        return TestSupport.context(env).profileFile(profiles(config, null)).build();
    }

    @Test
    void theDefaultChainPrefersTheEnvironmentTokenOverTheSsoSession() throws Exception {
        cacheSsoToken();
        ConfigEnvironment env = env(home, "AWS_BEARER_TOKEN_CODECATALYST", "env-token");
        assertEquals("env-token", DefaultTokenChain.create(context(env, SSO_CONFIG), NO_OIDC, "codecatalyst")
                .resolve().get().token());
        assertEquals("sso-token", DefaultTokenChain.create(context(env, SSO_CONFIG), NO_OIDC, "bedrock")
                .resolve().get().token(), "another service's variable does not apply");
        List<TokenProvider> providers = DefaultTokenChain.providers(context(env, SSO_CONFIG), NO_OIDC, "codecatalyst");
        assertInstanceOf(EnvironmentTokenProvider.class, providers.get(0));
        assertInstanceOf(SsoTokenProvider.class, providers.get(1));
    }

    @Test
    void withNeitherTheFailureSaysHowToConfigureOne() {
        Throwable e = failure(DefaultTokenChain.create(context(env(home), "[default]\n"), NO_OIDC, "codecatalyst").resolve());
        assertInstanceOf(NoTokenException.class, e);
        assertTrue(e.getMessage().startsWith("Unable to locate authorization token")
                && e.getMessage().contains("AWS_BEARER_TOKEN_CODECATALYST")
                && e.getMessage().contains("sso_session"), e.getMessage());
    }

    @Test
    void aStaticTokenAndTheBlockingFormShowNoSecret() {
        StaticTokenProvider provider = StaticTokenProvider.of("static-SECRET");
        assertEquals("static-SECRET", provider.resolveBlocking().token());
        assertFalse(provider.toString().contains("SECRET"), provider.toString());
        assertFalse(BearerToken.of("t-SECRET", Instant.EPOCH).toString().contains("SECRET"));
        assertThrows(IllegalArgumentException.class, () -> BearerToken.of(""));
        TokenException e = assertThrows(TokenException.class, () -> ((TokenProvider) () ->
                CompletableFuture.failedFuture(new TokenException("no"))).resolveBlocking());
        assertEquals("no", e.getMessage());
        assertSame(provider.resolveBlocking(), provider.resolveBlocking());
    }

    private void cacheSsoToken() throws Exception {
        Path file = SsoCredentialsProvider.cacheFile(home, "corp");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"accessToken\": \"sso-token\", \"expiresAt\": \"2030-01-01T08:00:00Z\"}");
    }

    @Test
    void theSsoTokenUsesTheNamedProfileFromTheEnvironment() throws Exception {
        cacheSsoToken();
        String config = "[default]\n[profile work]\nsso_session = corp\n[sso-session corp]\n"
                + "sso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n";
        ConfigEnvironment env = env(home, "AWS_PROFILE", "work");
        assertEquals("sso-token", new SsoTokenProvider(context(env, config), NO_OIDC).resolve().get().token());
        assertInstanceOf(NoTokenException.class, failure(new SsoTokenProvider(context(env(home), config), NO_OIDC)
                .resolve()), "the default profile has no sso_session");
    }
}
