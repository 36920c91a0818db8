package io.boto4j.core.auth.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.BearerToken;
import io.boto4j.core.auth.credentials.ProviderContext;
import io.boto4j.core.internal.identity.Failures;
import io.boto4j.core.internal.identity.RefreshPolicy;
import io.boto4j.core.internal.identity.RefreshingCache;
import io.boto4j.core.protocol.support.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * IAM Identity Center (SSO) access tokens, as botocore's {@code SSOTokenProvider}: for a profile
 * with {@code sso_session = NAME}, the token {@code aws sso login} cached under
 * {@code ~/.aws/sso/cache/<sha1 of NAME>.json}. A cached token that expires within
 * {@link #REFRESH_WINDOW} is renewed through SSO-OIDC {@code CreateToken} with the cached refresh
 * token and client registration, and the renewed token is written back to the cache in one
 * atomic step. A refresh the service refuses (or one the cache lacks the keys for, or whose
 * client registration has expired) is logged and the cached token kept while it lasts.
 *
 * <p>The token is held in memory with botocore's windows ({@link RefreshPolicy#TOKEN}): from
 * 15 minutes before expiry one caller refreshes while the others keep the current token, from
 * 10 minutes callers wait for the refresh; one refresh at a time whatever the number of callers,
 * and at most one a minute. Profiles without {@code sso_session} (including the legacy form with
 * {@code sso_start_url} alone) are not configured for this provider, as in botocore.
 */
public final class SsoTokenProvider implements TokenProvider {
    /** A cached token that expires within this window is renewed through SSO-OIDC. */
    public static final Duration REFRESH_WINDOW = Duration.ofMinutes(15);
    private static final DateTimeFormatter EXPIRES_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final List<String> REFRESH_KEYS = List.of("refreshToken", "clientId", "clientSecret",
            "registrationExpiresAt");

    private final ProviderContext context;
    private final SsoOidcClient oidc;
    private final String profileName;
    private final System.Logger log;
    private final RefreshingCache<BearerToken> memory;

    /**
     * For the context's active profile.
     *
     * @param context supplies the profile files, home directory, clock and executor
     * @param oidc renews tokens that are about to expire
     * @throws NullPointerException when either is null
     */
    public SsoTokenProvider(ProviderContext context, SsoOidcClient oidc) {
        this(context, oidc, null, System.getLogger(SsoTokenProvider.class.getName()));
    }

    SsoTokenProvider(ProviderContext context, SsoOidcClient oidc, String profileName, System.Logger log) {
        this.context = Objects.requireNonNull(context, "context");
        this.oidc = Objects.requireNonNull(oidc, "oidc");
        this.profileName = profileName;
        this.log = Objects.requireNonNull(log, "log");
        this.memory = new RefreshingCache<>(this::loadOrRefresh, BearerToken::expiration, context.clock(),
                RefreshPolicy.TOKEN, () -> new TokenException("Error when retrieving token from sso: Token has expired"
                + " and refresh failed; to log in again, run: aws sso login"), "SSO token", log);
    }

    @Override
    public CompletableFuture<BearerToken> resolve() {
        return session().thenCompose(session -> session.isPresent() ? memory.get()
                : CompletableFuture.failedFuture(new NoTokenException("The profile \"" + profile()
                + "\" has no sso_session")));
    }

    private String profile() {
        return profileName != null ? profileName : context.profileName();
    }

    /** The profile's sso-session; the profile files are read once, off the caller's thread. */
    private CompletableFuture<Optional<SsoSession>> session() {
        return context.profileFile().thenApply(file -> SsoSession.of(file, profile()));
    }

    /** botocore's {@code _refresher}: the cached token, renewed first when it expires within the window. */
    private CompletableFuture<BearerToken> loadOrRefresh() {
        return session().thenCompose(maybe -> {
            SsoSession session = maybe.orElseThrow(() -> new NoTokenException("The profile \"" + profile()
                    + "\" no longer has an sso_session"));
            SsoTokenCache cache = new SsoTokenCache(context.environment().home(), session.name());
            return CompletableFuture.supplyAsync(cache::read, context.executor()).thenCompose(cached -> {
                BearerToken token = BearerToken.of(cached.get("accessToken").asText(),
                        timestamp(cached, "expiresAt", session));
                if (!token.expiration().isBefore(context.clock().instant().plus(REFRESH_WINDOW))) {
                    return CompletableFuture.completedFuture(token);
                }
                return renew(session, cache, cached).thenApply(renewed -> renewed.orElse(token));
            });
        });
    }

    /** SSO-OIDC CreateToken with the refresh token, saved to the cache; empty when no refresh is possible. */
    private CompletableFuture<Optional<BearerToken>> renew(SsoSession session, SsoTokenCache cache, JsonNode cached) {
        List<String> missing = new ArrayList<>();
        for (String key : REFRESH_KEYS) {
            if (!cached.path(key).isTextual()) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            log.log(System.Logger.Level.DEBUG, "Unable to refresh SSO token: missing keys: {0}", missing);
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Instant registrationExpiry = timestamp(cached, "registrationExpiresAt", session);
        if (!context.clock().instant().isBefore(registrationExpiry)) {
            log.log(System.Logger.Level.DEBUG, "SSO token registration expired at {0}", registrationExpiry);
            return CompletableFuture.completedFuture(Optional.empty());
        }
        CreateTokenRequest request = new CreateTokenRequest(session.region(), cached.get("clientId").asText(),
                cached.get("clientSecret").asText(), cached.get("refreshToken").asText());
        CompletableFuture<CreateTokenResult> created;
        try {
            created = oidc.createToken(request).toCompletableFuture();
        } catch (RuntimeException e) {
            created = CompletableFuture.failedFuture(e);
        }
        return created.handle((result, failure) -> {
            if (failure == null) {
                return save(session, cache, cached, result);
            }
            Throwable root = Failures.rootOf(failure);
            if (root instanceof ServiceException refused) {
                // botocore's ClientError: keep the cached token. The error code only: never the request.
                log.log(System.Logger.Level.WARNING, "SSO token refresh attempt failed: SSO-OIDC CreateToken"
                        + " returned {0} {1}", refused.statusCode(), refused.errorCode());
                return CompletableFuture.completedFuture(Optional.<BearerToken>empty());
            }
            return CompletableFuture.<Optional<BearerToken>>failedFuture(root);
        }).thenCompose(f -> f);
    }

    /** The renewed token, written to the cache as botocore writes it (the same keys, in its order). */
    private CompletableFuture<Optional<BearerToken>> save(SsoSession session, SsoTokenCache cache, JsonNode cached,
                                                          CreateTokenResult result) {
        Instant expiresAt = context.clock().instant().plusSeconds(result.expiresInSeconds()).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("startUrl", session.startUrl());
        document.put("region", session.region());
        document.put("accessToken", result.accessToken());
        document.put("expiresAt", EXPIRES_AT.format(expiresAt));
        document.put("clientId", cached.get("clientId").asText());
        document.put("clientSecret", cached.get("clientSecret").asText());
        document.put("registrationExpiresAt", cached.get("registrationExpiresAt").asText());
        if (result.refreshToken() != null) {
            document.put("refreshToken", result.refreshToken());
        }
        return CompletableFuture.supplyAsync(() -> {
            cache.write(document);
            log.log(System.Logger.Level.DEBUG, "SSO Token refresh succeeded");
            return Optional.of(BearerToken.of(result.accessToken(), expiresAt));
        }, context.executor());
    }

    private static Instant timestamp(JsonNode cached, String key, SsoSession session) {
        try {
            return Timestamps.parse(cached.get(key).asText());
        } catch (RuntimeException e) {
            throw new TokenException("Error loading SSO Token: Token for " + session.name() + " has an invalid " + key);
        }
    }

    @Override
    public String toString() {
        return "SsoTokenProvider[profile=" + profile() + "]";
    }
}
