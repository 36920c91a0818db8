package io.boto4j.core.auth.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.config.ConfigResolver;
import io.boto4j.core.config.ConfigSetting;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * EC2 instance metadata (IMDS): a session token by {@code PUT /latest/api/token} (IMDSv2),
 * then the role name and the role's credentials. Without a token it falls back to IMDSv1
 * unless {@code AWS_EC2_METADATA_V1_DISABLED} / {@code ec2_metadata_v1_disabled} is true.
 * Timeout and attempts come from {@code metadata_service_timeout} (1 s) and
 * {@code metadata_service_num_attempts} (1); the endpoint from
 * {@code AWS_EC2_METADATA_SERVICE_ENDPOINT} or the {@code ipv4}/{@code ipv6} endpoint mode.
 * Like botocore, a metadata service that answers with nothing usable means "no credentials
 * here", not an error; {@code AWS_EC2_METADATA_DISABLED=true} turns the provider off.
 */
public final class InstanceMetadataCredentialsProvider implements CredentialsProvider {
    private static final System.Logger LOG = System.getLogger(InstanceMetadataCredentialsProvider.class.getName());
    static final String TOKEN_PATH = "/latest/api/token";
    static final String ROLE_PATH = "/latest/meta-data/iam/security-credentials/";
    static final String TOKEN_TTL_HEADER = "X-aws-ec2-metadata-token-ttl-seconds";
    static final String TOKEN_HEADER = "X-aws-ec2-metadata-token";
    private static final String TOKEN_TTL = "21600";

    private final ProviderContext context;

    /**
     * A provider for the EC2 instance metadata service, configured from the context's
     * environment and profile.
     *
     * @param context supplies the environment, the profile, the executor and the HTTP client
     */
    public InstanceMetadataCredentialsProvider(ProviderContext context) {
        this.context = context;
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        if ("true".equalsIgnoreCase(context.environment().nonEmpty("AWS_EC2_METADATA_DISABLED"))) {
            return CompletableFuture.failedFuture(new NoCredentialsException("IMDS is disabled (AWS_EC2_METADATA_DISABLED)"));
        }
        return context.configResolver().thenCompose(config -> new Fetch(Settings.from(config)).credentials());
    }

    /** The IMDS settings after resolution. */
    private record Settings(String baseUrl, Duration timeout, int attempts, boolean v1Disabled) {
        static Settings from(ConfigResolver config) {
            String endpoint = config.get(ConfigSetting.EC2_METADATA_SERVICE_ENDPOINT).orElse(null);
            if (endpoint == null) {
                String mode = config.get(ConfigSetting.EC2_METADATA_SERVICE_ENDPOINT_MODE).orElse("ipv4")
                        .toLowerCase(Locale.ROOT);
                endpoint = switch (mode) {
                    case "ipv4" -> "http://169.254.169.254";
                    case "ipv6" -> "http://[fd00:ec2::254]";
                    default -> throw new CredentialsException("Invalid ec2_metadata_service_endpoint_mode '" + mode
                            + "'; valid values are ipv4, ipv6");
                };
            }
            while (endpoint.endsWith("/")) {
                endpoint = endpoint.substring(0, endpoint.length() - 1);
            }
            String timeout = config.get(ConfigSetting.METADATA_SERVICE_TIMEOUT).orElse("1");
            double seconds;
            try {
                seconds = Double.parseDouble(timeout.strip());
            } catch (NumberFormatException e) {
                throw new CredentialsException("Invalid metadata_service_timeout '" + timeout + "': expected seconds");
            }
            return new Settings(endpoint, Duration.ofMillis((long) (seconds * 1000)),
                    Math.max(1, config.getInt(ConfigSetting.METADATA_SERVICE_NUM_ATTEMPTS).orElse(1)),
                    config.isTrue(ConfigSetting.EC2_METADATA_V1_DISABLED));
        }
    }

    /** One credentials fetch: token, role name, credentials. */
    private final class Fetch {
        private final Settings settings;

        Fetch(Settings settings) {
            this.settings = settings;
        }

        CompletableFuture<Credentials> credentials() {
            return token().thenCompose(token -> {
                if (token.isEmpty() && settings.v1Disabled()) {
                    return CompletableFuture.failedFuture(new CredentialsException(
                            "Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled"));
                }
                return get(ROLE_PATH, token.orElse(null)).thenCompose(roleResponse -> {
                    if (roleResponse.isEmpty()) {
                        return noCredentials("no IAM role found in instance metadata");
                    }
                    String role = roleResponse.get().strip().split("\n")[0].strip();
                    return get(ROLE_PATH + role, token.orElse(null)).thenCompose(this::parse);
                });
            });
        }

        private CompletableFuture<Credentials> parse(Optional<String> body) {
            if (body.isEmpty()) {
                return noCredentials("no credentials in instance metadata");
            }
            try {
                JsonNode json = CredentialsJson.parse(body.get(), "instance metadata");
                for (String field : new String[] {"AccessKeyId", "SecretAccessKey", "Token", "Expiration"}) {
                    if (CredentialsJson.optional(json, field) == null) {
                        return noCredentials("instance metadata credentials lack " + field);
                    }
                }
                return CompletableFuture.completedFuture(CredentialsJson.credentials(json, "Token", true, "instance metadata"));
            } catch (CredentialsException e) {
                return noCredentials(e.getMessage());
            }
        }

        /** The IMDSv2 token, or empty to fall back to IMDSv1 (botocore's status rules). */
        private CompletableFuture<Optional<String>> token() {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + TOKEN_PATH))
                    .timeout(settings.timeout()).header(TOKEN_TTL_HEADER, TOKEN_TTL)
                    .PUT(HttpRequest.BodyPublishers.noBody()).build();
            return MetadataHttp.retry(settings.attempts(), Duration.ZERO,
                    () -> MetadataHttp.send(context.httpClient(), request).thenApply(this::tokenOutcome)
                            .exceptionally(this::tokenFailure),
                    outcome -> outcome != TokenOutcome.RETRY)
                    .thenApply(outcome -> {
                        if (outcome == TokenOutcome.BAD_REQUEST) {
                            throw new CredentialsException("Bad IMDS request (400) when fetching the IMDSv2 token");
                        }
                        return Optional.ofNullable(outcome.token);
                    });
        }

        private TokenOutcome tokenOutcome(HttpResponse<String> response) {
            return switch (response.statusCode()) {
                case 200 -> TokenOutcome.token(response.body());
                case 403, 404, 405 -> TokenOutcome.NONE;
                case 400 -> TokenOutcome.BAD_REQUEST;
                default -> TokenOutcome.RETRY;
            };
        }

        private TokenOutcome tokenFailure(Throwable e) {
            Throwable root = CredentialsProvider.rootOf(e);
            LOG.log(System.Logger.Level.DEBUG, "IMDS token request failed: {0}", root.getClass().getSimpleName());
            return root instanceof HttpTimeoutException ? TokenOutcome.NONE : TokenOutcome.RETRY;
        }

        /** A GET retried while the answer is not a 200 with a body; empty when it never is. */
        private CompletableFuture<Optional<String>> get(String path, String token) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                    .timeout(settings.timeout()).GET();
            if (token != null) {
                builder.header(TOKEN_HEADER, token);
            }
            HttpRequest request = builder.build();
            return MetadataHttp.retry(settings.attempts(), Duration.ZERO,
                    () -> MetadataHttp.send(context.httpClient(), request)
                            .thenApply(r -> r.statusCode() == 200 && !r.body().isEmpty()
                                    ? Optional.of(r.body()) : Optional.<String>empty())
                            .exceptionally(e -> {
                                LOG.log(System.Logger.Level.DEBUG, "IMDS request failed: {0}",
                                        CredentialsProvider.rootOf(e).getClass().getSimpleName());
                                return Optional.empty();
                            }),
                    Optional::isPresent);
        }

        private <T> CompletableFuture<T> noCredentials(String why) {
            LOG.log(System.Logger.Level.DEBUG, "No credentials from instance metadata: {0}", why);
            return CompletableFuture.failedFuture(new NoCredentialsException("Instance metadata: " + why));
        }
    }

    /** What a token request led to. */
    private static final class TokenOutcome {
        static final TokenOutcome NONE = new TokenOutcome(null);
        static final TokenOutcome RETRY = new TokenOutcome(null);
        static final TokenOutcome BAD_REQUEST = new TokenOutcome(null);
        final String token;

        private TokenOutcome(String token) {
            this.token = token;
        }

        static TokenOutcome token(String value) {
            return new TokenOutcome(value);
        }
    }

    @Override
    public String toString() {
        return "InstanceMetadataCredentialsProvider";
    }
}
