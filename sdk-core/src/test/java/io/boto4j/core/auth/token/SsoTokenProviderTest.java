package io.boto4j.core.auth.token;

import static io.boto4j.core.auth.credentials.TestSupport.env;
import static io.boto4j.core.auth.credentials.TestSupport.failure;
import static io.boto4j.core.auth.credentials.TestSupport.profiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.BearerToken;
import io.boto4j.core.auth.credentials.ProviderContext;
import io.boto4j.core.auth.credentials.SsoCredentialsProvider;
import io.boto4j.core.auth.credentials.TestSupport;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SSO token provider against a real cache directory and an SSO-OIDC stand-in in memory. */
class SsoTokenProviderTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private static final String CONFIG = """
            [default]
            sso_session = corp
            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = eu-west-1
            """;
    private static final String ACCESS = "cached-access-token-SECRET";
    private static final String REFRESH = "cached-refresh-token-SECRET";
    private static final String CLIENT_SECRET = "client-secret-SECRET";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    private final TestSupport.MutableClock clock = new TestSupport.MutableClock(T0);
    private final TestSupport.RecordingLogger log = new TestSupport.RecordingLogger();
    private final List<CreateTokenRequest> requests = new CopyOnWriteArrayList<>();
    /** What the stand-in answers; by default a new token valid for an hour, with a new refresh token. */
    private Function<CreateTokenRequest, CompletableFuture<CreateTokenResult>> answer =
            r -> CompletableFuture.completedFuture(new CreateTokenResult("renewed-token-SECRET", 3600, "rotated-refresh-SECRET"));
    private final SsoOidcClient oidc = request -> {
        requests.add(request);
        return answer.apply(request);
    };

    private SsoTokenProvider provider(String config) {
        ProviderContext context = TestSupport.context(env(home)).profileFile(profiles(config, null)).clock(clock).build();
        return new SsoTokenProvider(context, oidc, null, log);
    }

    private Path cacheFile() {
        return SsoCredentialsProvider.cacheFile(home, "corp");
    }

    private void cache(Instant expiresAt, String... extra) throws IOException {
        StringBuilder json = new StringBuilder("{\"startUrl\": \"https://corp.awsapps.com/start\", \"region\": \"eu-west-1\","
                + " \"accessToken\": \"" + ACCESS + "\", \"expiresAt\": \"" + expiresAt + "\"");
        for (int i = 0; i < extra.length; i += 2) {
            json.append(", \"").append(extra[i]).append("\": \"").append(extra[i + 1]).append('"');
        }
        Files.createDirectories(cacheFile().getParent());
        Files.writeString(cacheFile(), json.append('}'));
    }

    private void cacheRefreshable(Instant expiresAt) throws IOException {
        cache(expiresAt, "refreshToken", REFRESH, "clientId", "client-id", "clientSecret", CLIENT_SECRET,
                "registrationExpiresAt", "2030-03-01T00:00:00Z");
    }

    private JsonNode cachedDocument() throws IOException {
        return JSON.readTree(cacheFile().toFile());
    }

    @Test
    void aProfileWithoutSsoSessionIsNotConfigured() {
        Throwable e = failure(provider("[default]\nregion = us-east-1\n").resolve());
        assertInstanceOf(NoTokenException.class, e);
        // The legacy form (sso_start_url in the profile) is a credentials setting, not a token source: botocore agrees.
        assertInstanceOf(NoTokenException.class, failure(provider("[default]\nsso_start_url = https://x\n"
                + "sso_region = us-east-1\n").resolve()));
    }

    @Test
    void aMissingOrIncompleteSessionIsAnErrorNamingIt() {
        Throwable missing = failure(provider("[default]\nsso_session = gone\n").resolve());
        assertEquals(TokenException.class, missing.getClass());
        assertEquals("The profile \"default\" is configured to use the SSO token provider but the \"gone\" sso_session"
                + " configuration does not exist.", missing.getMessage());
        Throwable incomplete = failure(provider("[default]\nsso_session = corp\n[sso-session corp]\n"
                + "sso_start_url = https://corp\n").resolve());
        assertEquals("The profile \"default\" is configured to use the SSO token provider but is missing the following"
                + " configuration: [sso_region].", incomplete.getMessage());
    }

    @Test
    void aFreshCachedTokenIsUsedAsItIs() throws Exception {
        cacheRefreshable(T0.plus(Duration.ofHours(8)));
        BearerToken token = provider(CONFIG).resolve().get();
        assertEquals(ACCESS, token.token());
        assertEquals(T0.plus(Duration.ofHours(8)), token.expiration());
        assertTrue(requests.isEmpty());
    }

    @Test
    void aMissingCacheFileSaysHowToLogIn() {
        Throwable e = failure(provider(CONFIG).resolve());
        assertEquals(TokenException.class, e.getClass());
        assertTrue(e.getMessage().contains("Token for corp does not exist") && e.getMessage().contains("aws sso login"),
                e.getMessage());
    }

    @Test
    void aCacheWithoutTheTokenIsInvalid() throws Exception {
        Files.createDirectories(cacheFile().getParent());
        Files.writeString(cacheFile(), "{\"startUrl\": \"https://corp\"}");
        assertEquals("Error loading SSO Token: Token for corp is invalid", failure(provider(CONFIG).resolve()).getMessage());
    }

    @Test
    void aTokenExpiringWithinFifteenMinutesIsRenewedAndWrittenBackAsBotocoreWritesIt() throws Exception {
        cacheRefreshable(T0.plus(Duration.ofMinutes(14)));
        BearerToken token = provider(CONFIG).resolve().get();
        assertEquals("renewed-token-SECRET", token.token());
        assertEquals(T0.plus(Duration.ofHours(1)), token.expiration());
        assertEquals(1, requests.size());
        CreateTokenRequest sent = requests.get(0);
        assertEquals("eu-west-1", sent.region());
        assertEquals("client-id", sent.clientId());
        assertEquals(CLIENT_SECRET, sent.clientSecret());
        assertEquals(REFRESH, sent.refreshToken());
        // botocore's new_token dict, in its order, as json.dumps writes it.
        assertEquals("{\"startUrl\": \"https://corp.awsapps.com/start\", \"region\": \"eu-west-1\", \"accessToken\":"
                + " \"renewed-token-SECRET\", \"expiresAt\": \"2030-01-01T01:00:00Z\", \"clientId\": \"client-id\","
                + " \"clientSecret\": \"client-secret-SECRET\", \"registrationExpiresAt\": \"2030-03-01T00:00:00Z\","
                + " \"refreshToken\": \"rotated-refresh-SECRET\"}", Files.readString(cacheFile()));
        try (Stream<Path> files = Files.list(cacheFile().getParent())) {
            assertEquals(List.of(cacheFile()), files.toList(), "no temporary file is left behind");
        }
        if (Files.getFileAttributeView(cacheFile(), java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(cacheFile()), "the cache holds secrets: owner only, as mkstemp makes it");
        }
    }

    @Test
    void aRenewalWithoutANewRefreshTokenDropsTheOldOneAsBotocoreDoes() throws Exception {
        cacheRefreshable(T0.plus(Duration.ofMinutes(5)));
        answer = r -> CompletableFuture.completedFuture(new CreateTokenResult("renewed-token-SECRET", 600, null));
        assertEquals("renewed-token-SECRET", provider(CONFIG).resolve().get().token());
        assertFalse(cachedDocument().has("refreshToken"));
        assertEquals("2030-01-01T00:10:00Z", cachedDocument().get("expiresAt").asText());
    }

    @Test
    void aRefusedRenewalKeepsTheCachedTokenWhileItLastsAndLogsNoSecret() throws Exception {
        cacheRefreshable(T0.plus(Duration.ofMinutes(14)));
        answer = r -> CompletableFuture.failedFuture(new ServiceException("sso-oidc", "CreateToken",
                "InvalidGrantException", "Invalid grant provided", 400, null, null, null, Map.of(), 1));
        String before = Files.readString(cacheFile());
        assertEquals(ACCESS, provider(CONFIG).resolve().get().token());
        assertEquals(before, Files.readString(cacheFile()), "nothing is written");
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("WARNING") && l.contains("InvalidGrantException")),
                log.lines.toString());
        assertNoSecretIn(log.lines.toString());
    }

    @Test
    void anExpiredTokenThatCannotBeRenewedIsAnError() throws Exception {
        cacheRefreshable(T0.minusSeconds(1));
        answer = r -> CompletableFuture.failedFuture(new ServiceException("sso-oidc", "CreateToken",
                "InvalidGrantException", "expired", 400, null, null, null, Map.of(), 1));
        Throwable e = failure(provider(CONFIG).resolve());
        assertEquals(TokenException.class, e.getClass());
        assertTrue(e.getMessage().contains("Token has expired and refresh failed"), e.getMessage());
        assertNoSecretIn(e.toString());
    }

    @Test
    void noRenewalWithoutTheRefreshKeysOrWithAnExpiredRegistration() throws Exception {
        cache(T0.plus(Duration.ofMinutes(5)));
        assertEquals(ACCESS, provider(CONFIG).resolve().get().token());
        cache(T0.plus(Duration.ofMinutes(5)), "refreshToken", REFRESH, "clientId", "client-id",
                "clientSecret", CLIENT_SECRET, "registrationExpiresAt", "2029-12-31T00:00:00Z");
        assertEquals(ACCESS, provider(CONFIG).resolve().get().token());
        assertTrue(requests.isEmpty());
    }

    @Test
    void aFailureToReachSsoOidcFailsAMandatoryRefresh() throws Exception {
        cacheRefreshable(T0.plus(Duration.ofMinutes(5)));
        answer = r -> CompletableFuture.failedFuture(new ConnectException("Connection refused"));
        assertInstanceOf(ConnectException.class, failure(provider(CONFIG).resolve()));
    }

    @Test
    void inTheAdvisoryWindowCallersKeepTheTokenWhileOneRefreshRunsAndAFailureKeepsIt() throws Exception {
        cacheRefreshable(T0.plus(Duration.ofHours(1)));
        SsoTokenProvider provider = provider(CONFIG);
        assertEquals(ACCESS, provider.resolve().get().token());
        // The file now says the token is nearly done (as another process could leave it), and 12 minutes remain.
        cacheRefreshable(T0.plus(Duration.ofMinutes(47)).plus(Duration.ofMinutes(12)));
        clock.set(T0.plus(Duration.ofMinutes(47)));
        CompletableFuture<CreateTokenResult> pending = new CompletableFuture<>();
        answer = r -> pending;
        for (int i = 0; i < 100; i++) {
            CompletableFuture<BearerToken> r = provider.resolve();
            assertTrue(r.isDone(), "advisory callers never wait");
            assertEquals(ACCESS, r.get().token());
        }
        waitFor(() -> requests.size() == 1);
        pending.completeExceptionally(new ConnectException("Connection refused"));
        assertEquals(ACCESS, provider.resolve().get().token(), "a failed advisory refresh keeps the token");
        assertEquals(1, requests.size(), "and no new attempt within a minute of the last");
        waitFor(() -> log.lines.stream().anyMatch(l -> l.startsWith("WARNING") && l.contains("Advisory SSO token refresh")));
    }

    @Test
    void atMostOneRefreshAMinuteThenTheTokenIsRenewed() throws Exception {
        cacheRefreshable(T0.plus(Duration.ofMinutes(5)));
        SsoTokenProvider provider = provider(CONFIG);
        answer = r -> CompletableFuture.failedFuture(new ServiceException("sso-oidc", "CreateToken",
                "InternalServerException", "try later", 500, null, null, null, Map.of(), 1));
        assertEquals(ACCESS, provider.resolve().get().token(), "refused: the cached token, valid for 5 more minutes");
        clock.set(T0.plusSeconds(30));
        assertEquals(ACCESS, provider.resolve().get().token());
        assertEquals(1, requests.size(), "not again within the minute");
        clock.set(T0.plusSeconds(61));
        answer = r -> CompletableFuture.completedFuture(new CreateTokenResult("renewed-token-SECRET", 3600, null));
        assertEquals("renewed-token-SECRET", provider.resolve().get().token());
        assertEquals(2, requests.size());
        clock.set(T0.plus(Duration.ofMinutes(5)));
        assertEquals("renewed-token-SECRET", provider.resolve().get().token(), "from memory");
        assertEquals(2, requests.size());
    }

    @Test
    void aHundredConcurrentCallersCauseOneRefresh() throws Exception {
        cacheRefreshable(T0.plus(Duration.ofMinutes(5)));
        SsoTokenProvider provider = provider(CONFIG);
        CompletableFuture<CreateTokenResult> pending = new CompletableFuture<>();
        answer = r -> pending;
        List<CompletableFuture<BearerToken>> results = TestSupport.concurrently(100, provider::resolve);
        waitFor(() -> requests.size() == 1);
        assertTrue(results.stream().noneMatch(CompletableFuture::isDone), "with nothing in memory every caller waits");
        pending.complete(new CreateTokenResult("renewed-token-SECRET", 3600, null));
        for (CompletableFuture<BearerToken> r : results) {
            assertEquals("renewed-token-SECRET", r.get(10, TimeUnit.SECONDS).token());
        }
        assertEquals(1, requests.size());
        assertEquals("renewed-token-SECRET", cachedDocument().get("accessToken").asText());
    }

    @Test
    void theProviderAndItsMessagesShowNoSecret() throws Exception {
        cacheRefreshable(T0.plus(Duration.ofMinutes(5)));
        SsoTokenProvider provider = provider(CONFIG);
        BearerToken token = provider.resolve().get();
        assertNoSecretIn(provider + " " + token + " " + requests + " "
                + new CreateTokenResult("renewed-token-SECRET", 1, "rotated-refresh-SECRET"));
    }

    private static void assertNoSecretIn(String text) {
        assertFalse(text.contains("SECRET"), text);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in 10 s");
            }
            Thread.sleep(5);
        }
    }
}
