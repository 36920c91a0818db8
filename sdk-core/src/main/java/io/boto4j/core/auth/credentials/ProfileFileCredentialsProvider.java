package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.config.Profile;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Static keys of the active profile in one of the two shared files: botocore looks in the
 * credentials file early in its chain and in the config file later, with other sources between.
 */
public final class ProfileFileCredentialsProvider implements CredentialsProvider {
    /** Which shared file to read. */
    public enum Source {
        /** The shared credentials file ({@code ~/.aws/credentials}, {@code AWS_SHARED_CREDENTIALS_FILE}). */
        CREDENTIALS_FILE,
        /** The shared config file ({@code ~/.aws/config}, {@code AWS_CONFIG_FILE}). */
        CONFIG_FILE
    }

    private final ProviderContext context;
    private final Source source;
    private final String profileName;

    /**
     * A provider for the active profile's keys in one file; it answers with
     * {@link NoCredentialsException} when that profile has no {@code aws_access_key_id} there.
     *
     * @param context supplies the profile files
     * @param source which of the two files to read
     */
    public ProfileFileCredentialsProvider(ProviderContext context, Source source) {
        this(context, source, null);
    }

    /** For a named profile (the active profile when null). */
    ProfileFileCredentialsProvider(ProviderContext context, Source source, String profileName) {
        this.context = context;
        this.source = source;
        this.profileName = profileName;
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        String name = profileName != null ? profileName : context.profileName();
        return context.profileFile().thenApply(file -> {
            Optional<Profile> profile = source == Source.CREDENTIALS_FILE
                    ? file.credentialsProfile(name) : file.configProfile(name);
            String where = source == Source.CREDENTIALS_FILE ? "shared credentials file" : "config file";
            return profile.flatMap(p -> ProfileKeys.read(p, where))
                    .orElseThrow(() -> new NoCredentialsException("No keys for profile " + name + " in the " + where));
        });
    }

    @Override
    public String toString() {
        return "ProfileFileCredentialsProvider[" + source + "]";
    }
}
