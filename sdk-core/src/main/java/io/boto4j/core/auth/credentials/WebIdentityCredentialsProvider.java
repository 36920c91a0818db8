package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * STS AssumeRoleWithWebIdentity with a token read from a file (EKS, GitHub OIDC, ...):
 * {@code AWS_WEB_IDENTITY_TOKEN_FILE}, {@code AWS_ROLE_ARN}, {@code AWS_ROLE_SESSION_NAME},
 * each beating the profile's {@code web_identity_token_file}, {@code role_arn},
 * {@code role_session_name}. The token file is re-read on every resolve (it rotates).
 */
public final class WebIdentityCredentialsProvider implements CredentialsProvider {
    private final ProviderContext context;
    private final String profileName;
    private final boolean useEnvironment;

    /**
     * For the active profile; the environment is not consulted when the profile is explicit.
     *
     * @param context supplies the environment, the profile, the executor and the STS client
     */
    public WebIdentityCredentialsProvider(ProviderContext context) {
        this(context, null, !context.hasExplicitProfile());
    }

    WebIdentityCredentialsProvider(ProviderContext context, String profileName, boolean useEnvironment) {
        this.context = context;
        this.profileName = profileName;
        this.useEnvironment = useEnvironment;
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        return context.profile(profileName).thenCompose(profile -> {
            String tokenFile = setting(profile, "AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file");
            if (tokenFile == null) {
                return CompletableFuture.failedFuture(new NoCredentialsException("No web identity token file configured"));
            }
            String roleArn = setting(profile, "AWS_ROLE_ARN", "role_arn");
            if (roleArn == null) {
                return CompletableFuture.failedFuture(new CredentialsException(
                        "The provided profile or the current environment is configured to assume role with web identity"
                                + " but has no role ARN configured. Ensure that the profile has the role_arn"
                                + " configuration set or the AWS_ROLE_ARN env var is set."));
            }
            String sessionName = setting(profile, "AWS_ROLE_SESSION_NAME", "role_session_name");
            String name = sessionName != null ? sessionName
                    : "botocore-session-" + context.clock().instant().getEpochSecond();
            ConfigEnvironment env = context.environment();
            CompletableFuture<String> token = CompletableFuture.supplyAsync(() -> readToken(env, tokenFile), context.executor());
            return token.thenCombine(context.region(), (t, region) -> new WebIdentityRequest(roleArn, name, t, region))
                    .thenCompose(request -> context.sts().assumeRoleWithWebIdentity(request));
        });
    }

    private String setting(Optional<Profile> profile, String variable, String key) {
        if (useEnvironment) {
            String value = context.environment().nonEmpty(variable);
            if (value != null) {
                return value;
            }
        }
        return profile.flatMap(p -> p.get(key)).orElse(null);
    }

    private static String readToken(ConfigEnvironment env, String tokenFile) {
        try {
            return Files.readString(env.expandUser(tokenFile), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new CredentialsException("Unable to read the web identity token file " + tokenFile + ": "
                    + e.getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        return "WebIdentityCredentialsProvider";
    }
}
