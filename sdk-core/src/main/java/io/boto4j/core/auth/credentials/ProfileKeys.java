package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.config.Profile;
import java.util.Optional;

/** Static keys written in a profile: {@code aws_access_key_id}, {@code aws_secret_access_key}, ... */
final class ProfileKeys {
    private ProfileKeys() {
    }

    static boolean hasStaticCredentials(Profile profile) {
        return profile.has("aws_access_key_id");
    }

    /** The profile's keys, empty when it has none; a profile with only half of them is an error. */
    static Optional<Credentials> read(Profile profile, String where) {
        Optional<String> accessKey = profile.get("aws_access_key_id").filter(s -> !s.isEmpty());
        if (accessKey.isEmpty()) {
            return Optional.empty();
        }
        String secretKey = profile.get("aws_secret_access_key").filter(s -> !s.isEmpty())
                .orElseThrow(() -> new CredentialsException("Partial credentials found in " + where
                        + " (profile " + profile.name() + "), missing: aws_secret_access_key"));
        String token = profile.get("aws_session_token").or(() -> profile.get("aws_security_token")).orElse(null);
        Credentials credentials = Credentials.of(accessKey.get(), secretKey, token);
        return Optional.of(profile.get("aws_account_id").map(credentials::withAccountId).orElse(credentials));
    }
}
