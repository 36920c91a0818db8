package io.boto4j.core.auth.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.checksums.Checksum;
import io.boto4j.core.checksums.ChecksumAlgorithm;
import io.boto4j.core.config.Profile;
import io.boto4j.core.config.ProfileFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * IAM Identity Center (SSO): reads the access token that {@code aws sso login} cached under
 * {@code ~/.aws/sso/cache/<sha1>.json} (sha1 of the {@code sso_session} name, or of
 * {@code sso_start_url} for the legacy form) and exchanges it with SSO GetRoleCredentials.
 * An expired token is reported with botocore's advice to log in again; refreshing it through
 * SSO-OIDC is not done here.
 */
public final class SsoCredentialsProvider implements CredentialsProvider {
    private static final List<String> REQUIRED = List.of("sso_start_url", "sso_region", "sso_account_id", "sso_role_name");
    private static final String EXPIRED = "The SSO session associated with this profile has expired or is otherwise"
            + " invalid. To refresh this SSO session run aws sso login with the corresponding profile.";

    private final ProviderContext context;
    private final String profileName;

    /**
     * A provider for the context's active profile; it answers with {@link NoCredentialsException}
     * when that profile has no SSO settings.
     *
     * @param context supplies the profile, the clock, the executor and the SSO client
     */
    public SsoCredentialsProvider(ProviderContext context) {
        this(context, null);
    }

    SsoCredentialsProvider(ProviderContext context, String profileName) {
        this.context = context;
        this.profileName = profileName;
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        return context.profile(profileName).thenCombine(context.profileFile(), this::ssoConfig)
                .thenCompose(config -> {
                    if (config.isEmpty()) {
                        return CompletableFuture.failedFuture(new NoCredentialsException("Profile has no SSO settings"));
                    }
                    Map<String, String> c = config.get();
                    String cacheKey = c.containsKey("sso_session") ? c.get("sso_session") : c.get("sso_start_url");
                    return CompletableFuture.supplyAsync(() -> readToken(cacheKey), context.executor())
                            .thenCompose(token -> context.sso().getRoleCredentials(new SsoRoleRequest(
                                    c.get("sso_region"), token, c.get("sso_account_id"), c.get("sso_role_name"))))
                            .thenApply(credentials -> credentials.accountId() != null ? credentials
                                    : credentials.withAccountId(c.get("sso_account_id")));
                });
    }

    /** The profile's SSO settings merged with its sso-session, or empty when it uses no SSO. */
    private Optional<Map<String, String>> ssoConfig(Optional<Profile> maybeProfile, ProfileFile file) {
        if (maybeProfile.isEmpty()) {
            return Optional.empty();
        }
        Profile profile = maybeProfile.get();
        Map<String, String> config = new LinkedHashMap<>();
        for (String key : List.of("sso_start_url", "sso_region", "sso_account_id", "sso_role_name", "sso_session")) {
            profile.get(key).ifPresent(v -> config.put(key, v));
        }
        if (config.isEmpty()) {
            return Optional.empty();
        }
        String sessionName = config.get("sso_session");
        if (sessionName != null) {
            Profile session = file.ssoSession(sessionName).orElseThrow(() -> new CredentialsException(
                    "The specified sso-session does not exist: \"" + sessionName + "\""));
            for (String key : List.of("sso_start_url", "sso_region")) {
                Optional<String> fromSession = session.get(key);
                String fromProfile = config.get(key);
                if (fromProfile != null && fromSession.isPresent() && !fromProfile.equals(fromSession.get())) {
                    throw new CredentialsException("The value for " + key + " associated with the profile \""
                            + profile.name() + "\" does not match the value for " + key
                            + " associated with the sso-session \"" + sessionName + "\"");
                }
                fromSession.ifPresent(v -> config.put(key, v));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String key : REQUIRED) {
            if (!config.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new CredentialsException("The profile \"" + profile.name()
                    + "\" is configured to use SSO but is missing required configuration: " + String.join(", ", missing));
        }
        return Optional.of(config);
    }

    private String readToken(String cacheKey) {
        Path file = cacheFile(context.environment().home(), cacheKey);
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CredentialsException("Error loading SSO Token: Token for " + cacheKey + " does not exist");
        } catch (IOException e) {
            throw new CredentialsException("Error loading SSO Token from " + file + ": " + e.getClass().getSimpleName());
        }
        JsonNode json = CredentialsJson.parse(content, "SSO token cache " + file);
        String token = CredentialsJson.optional(json, "accessToken");
        String expiresAt = CredentialsJson.optional(json, "expiresAt");
        if (token == null || expiresAt == null) {
            throw new CredentialsException(EXPIRED);
        }
        Instant expiry = Timestamps.parse(expiresAt, "SSO token cache");
        if (!context.clock().instant().isBefore(expiry)) {
            throw new CredentialsException(EXPIRED);
        }
        return token;
    }

    /**
     * Where the CLI caches the token: {@code ~/.aws/sso/cache/<sha1 hex of key>.json}.
     *
     * @param home the user's home directory
     * @param cacheKey the {@code sso_session} name, or the {@code sso_start_url} of a legacy profile
     * @return the cache file's path (which may not exist)
     */
    public static Path cacheFile(Path home, String cacheKey) {
        Checksum sha1 = ChecksumAlgorithm.SHA1.newChecksum();
        sha1.update(cacheKey.getBytes(StandardCharsets.UTF_8));
        return home.resolve(".aws").resolve("sso").resolve("cache").resolve(HexFormat.of().formatHex(sha1.digest()) + ".json");
    }

    @Override
    public String toString() {
        return "SsoCredentialsProvider";
    }
}
