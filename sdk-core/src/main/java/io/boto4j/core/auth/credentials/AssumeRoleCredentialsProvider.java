package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.config.Profile;
import io.boto4j.core.config.ProfileFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A profile with {@code role_arn}: assumes the role through STS with credentials from its
 * {@code source_profile} (itself possibly a role, so chains are followed, cycles refused) or
 * its {@code credential_source} ({@code Environment}, {@code Ec2InstanceMetadata},
 * {@code EcsContainer}). {@code mfa_serial} is refused: boto4j does not prompt for codes.
 * A profile with {@code web_identity_token_file} belongs to {@link WebIdentityCredentialsProvider}.
 */
public final class AssumeRoleCredentialsProvider implements CredentialsProvider {
    private static final List<String> CREDENTIAL_SOURCES = List.of("Environment", "Ec2InstanceMetadata", "EcsContainer");

    private final ProviderContext context;

    /**
     * A provider for the context's active profile; it answers with {@link NoCredentialsException}
     * when that profile assumes no role.
     *
     * @param context supplies the profile files, the region and the STS client
     */
    public AssumeRoleCredentialsProvider(ProviderContext context) {
        this.context = context;
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        String name = context.profileName();
        return context.activeProfile().thenCompose(profile -> {
            if (profile.isEmpty() || !isAssumeRoleProfile(profile.get())) {
                return CompletableFuture.failedFuture(new NoCredentialsException("Profile " + name + " assumes no role"));
            }
            return context.profileFile().thenCompose(file -> {
                List<String> visited = new ArrayList<>();
                visited.add(name);
                return assume(file, name, visited);
            });
        });
    }

    static boolean isAssumeRoleProfile(Profile profile) {
        return profile.has("role_arn") && !profile.has("web_identity_token_file");
    }

    private CompletableFuture<Credentials> assume(ProfileFile file, String profileName, List<String> visited) {
        RoleConfig role;
        CompletableFuture<Credentials> source;
        try {
            role = RoleConfig.read(file, profileName, visited);
            source = role.sourceProfile() != null
                    ? fromSourceProfile(file, role.sourceProfile(), visited)
                    : fromCredentialSource(role.credentialSource(), profileName);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return source.thenCombine(context.region(), (credentials, region) -> new AssumeRoleRequest(
                        role.roleArn(), role.sessionName(context), role.externalId(), role.durationSeconds(),
                        region, credentials))
                .thenCompose(request -> context.sts().assumeRole(request));
    }

    private CompletableFuture<Credentials> fromSourceProfile(ProfileFile file, String sourceName, List<String> visited) {
        Profile source = file.profile(sourceName).orElseThrow();
        boolean selfReference = visited.contains(sourceName);
        visited.add(sourceName);
        if (selfReference || ProfileKeys.hasStaticCredentials(source) || !isAssumeRoleProfile(source)) {
            return sourceProfileChain(sourceName).resolve().exceptionallyCompose(e -> {
                Throwable root = CredentialsProvider.rootOf(e);
                if (root instanceof NoCredentialsException) {
                    return CompletableFuture.failedFuture(new CredentialsException(
                            "The source profile \"" + sourceName + "\" must have credentials."));
                }
                return CompletableFuture.failedFuture(root);
            });
        }
        return assume(file, sourceName, visited);
    }

    /** botocore resolves a source profile with its profile providers, environment excluded. */
    private CredentialsProvider sourceProfileChain(String profileName) {
        return new CredentialsProviderChain(List.of(
                new WebIdentityCredentialsProvider(context, profileName, false),
                new SsoCredentialsProvider(context, profileName),
                new ProfileFileCredentialsProvider(context, ProfileFileCredentialsProvider.Source.CREDENTIALS_FILE, profileName),
                new ProcessCredentialsProvider(context, profileName),
                new ProfileFileCredentialsProvider(context, ProfileFileCredentialsProvider.Source.CONFIG_FILE, profileName)),
                false);
    }

    private CompletableFuture<Credentials> fromCredentialSource(String credentialSource, String profileName) {
        CredentialsProvider provider = switch (credentialSource) {
            case "Environment" -> new EnvironmentCredentialsProvider(context.environment());
            case "Ec2InstanceMetadata" -> new InstanceMetadataCredentialsProvider(context);
            case "EcsContainer" -> new ContainerCredentialsProvider(context);
            default -> throw new IllegalStateException(credentialSource);
        };
        return provider.resolve().exceptionallyCompose(e -> {
            Throwable root = CredentialsProvider.rootOf(e);
            if (root instanceof NoCredentialsException) {
                return CompletableFuture.failedFuture(new CredentialsException(
                        "No credentials found in credential_source referenced in profile " + profileName));
            }
            return CompletableFuture.failedFuture(root);
        });
    }

    @Override
    public String toString() {
        return "AssumeRoleCredentialsProvider";
    }

    /** The role settings of one profile, validated as botocore validates them. */
    private record RoleConfig(String roleArn, String externalId, Integer durationSeconds, String roleSessionName,
                              String sourceProfile, String credentialSource) {

        static RoleConfig read(ProfileFile file, String profileName, List<String> visited) {
            Profile profile = file.profile(profileName).orElseThrow();
            if (profile.has("mfa_serial")) {
                throw new CredentialsException("The profile \"" + profileName + "\" requires an MFA token (mfa_serial);"
                        + " boto4j cannot prompt for MFA codes. Use credentials obtained with MFA instead,"
                        + " e.g. through credential_process.");
            }
            String sourceProfile = profile.get("source_profile").orElse(null);
            String credentialSource = profile.get("credential_source").orElse(null);
            if (sourceProfile != null && credentialSource != null) {
                throw new CredentialsException("The profile \"" + profileName
                        + "\" contains both source_profile and credential_source.");
            }
            if (sourceProfile == null && credentialSource == null) {
                throw new CredentialsException("The profile \"" + profileName
                        + "\" must have either source_profile or credential_source.");
            }
            if (credentialSource != null && !CREDENTIAL_SOURCES.contains(credentialSource)) {
                throw new CredentialsException("The credential_source \"" + credentialSource + "\" provided in profile \""
                        + profileName + "\" is not valid. Valid values are: " + String.join(", ", CREDENTIAL_SOURCES));
            }
            if (sourceProfile != null) {
                validateSourceProfile(file, profileName, sourceProfile, visited);
            }
            return new RoleConfig(profile.get("role_arn").orElseThrow(), profile.get("external_id").orElse(null),
                    durationSeconds(profile, profileName), profile.get("role_session_name").orElse(null),
                    sourceProfile, credentialSource);
        }

        private static void validateSourceProfile(ProfileFile file, String parent, String sourceProfile,
                                                  List<String> visited) {
            Optional<Profile> source = file.profile(sourceProfile);
            if (source.isEmpty()) {
                throw new CredentialsException("The source_profile \"" + sourceProfile
                        + "\" referenced in the profile \"" + parent + "\" does not exist.");
            }
            if (!visited.contains(sourceProfile)) {
                return;
            }
            // A profile may name itself as source only to use its own static keys.
            if (!sourceProfile.equals(parent) || !ProfileKeys.hasStaticCredentials(source.get())) {
                List<String> loop = new ArrayList<>(visited);
                loop.add(sourceProfile);
                throw new CredentialsException("Infinite loop in profile configuration: " + String.join(" -> ", loop));
            }
        }

        private static Integer durationSeconds(Profile profile, String profileName) {
            Optional<String> value = profile.get("duration_seconds");
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Integer.parseInt(value.get().strip());
            } catch (NumberFormatException e) {
                throw new CredentialsException("Invalid duration_seconds '" + value.get() + "' in profile \""
                        + profileName + "\": expected an integer");
            }
        }

        String sessionName(ProviderContext context) {
            return roleSessionName != null ? roleSessionName
                    : "botocore-session-" + context.clock().instant().getEpochSecond();
        }
    }
}
