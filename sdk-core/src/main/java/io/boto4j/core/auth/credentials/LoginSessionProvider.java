package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import java.util.concurrent.CompletableFuture;

/**
 * botocore 1.43 reads {@code login_session} profiles ({@code aws login}) at this point of its
 * chain; that flow needs DPoP-signed token refreshes that boto4j does not implement yet. A
 * profile that asks for it gets a clear error rather than silently other credentials.
 */
final class LoginSessionProvider implements CredentialsProvider {
    private final ProviderContext context;

    LoginSessionProvider(ProviderContext context) {
        this.context = context;
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        return context.activeProfile().thenApply(profile -> {
            if (profile.isPresent() && profile.get().has("login_session")) {
                throw new CredentialsException("The profile \"" + profile.get().name()
                        + "\" uses login_session (aws login), which boto4j does not support yet");
            }
            throw new NoCredentialsException("No login_session configured");
        });
    }

    @Override
    public String toString() {
        return "LoginSessionProvider";
    }
}
