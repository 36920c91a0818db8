package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.config.ConfigEnvironment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * ECS task roles and EKS Pod Identity: {@code AWS_CONTAINER_CREDENTIALS_RELATIVE_URI} (on
 * {@code http://169.254.170.2}) or {@code AWS_CONTAINER_CREDENTIALS_FULL_URI}, which over plain
 * HTTP must point at a loopback address or one of the ECS/EKS addresses. The authorization
 * header comes from {@code AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE} (re-read each time) or
 * {@code AWS_CONTAINER_AUTHORIZATION_TOKEN}. Three tries, two-second timeout, as botocore.
 */
public final class ContainerCredentialsProvider implements CredentialsProvider {
    static final String RELATIVE_URI = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
    static final String FULL_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
    static final String AUTH_TOKEN = "AWS_CONTAINER_AUTHORIZATION_TOKEN";
    static final String AUTH_TOKEN_FILE = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE";
    private static final String ECS_HOST = "http://169.254.170.2";
    private static final List<String> ALLOWED_HOSTS = List.of("169.254.170.2", "169.254.170.23", "fd00:ec2::23", "localhost");
    private static final int ATTEMPTS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final ProviderContext context;
    private final String relativeBase;

    /**
     * A provider reading the container variables from the context's environment; it answers
     * with {@link NoCredentialsException} when neither URI variable is set.
     *
     * @param context supplies the environment, the executor and the HTTP client
     */
    public ContainerCredentialsProvider(ProviderContext context) {
        this(context, ECS_HOST);
    }

    /** With another base for relative URIs (tests). */
    ContainerCredentialsProvider(ProviderContext context, String relativeBase) {
        this.context = context;
        this.relativeBase = relativeBase;
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        ConfigEnvironment env = context.environment();
        String relative = env.nonEmpty(RELATIVE_URI);
        String full = env.nonEmpty(FULL_URI);
        if (relative == null && full == null) {
            return CompletableFuture.failedFuture(new NoCredentialsException("No container credentials endpoint configured"));
        }
        URI uri;
        try {
            uri = relative != null ? URI.create(relativeBase + relative) : URI.create(full);
            if (relative == null) {
                validateFullUri(uri);
            }
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new CredentialsException(
                    "Invalid container credentials URI: " + e.getMessage()));
        }
        return CompletableFuture.supplyAsync(() -> authorization(env), context.executor())
                .thenCompose(auth -> MetadataHttp.retry(ATTEMPTS, context.containerRetryDelay(),
                        () -> fetch(uri, auth), c -> true));
    }

    private CompletableFuture<Credentials> fetch(URI uri, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET()
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return MetadataHttp.send(context.httpClient(), request.build()).thenApply(this::parse)
                .exceptionallyCompose(e -> CompletableFuture.failedFuture(asCredentialsException(e)));
    }

    private Credentials parse(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new CredentialsException("Received non 200 response (" + response.statusCode()
                    + ") from container metadata");
        }
        return CredentialsJson.credentials(CredentialsJson.parse(response.body(), "container metadata"),
                "Token", true, "container metadata");
    }

    private static CredentialsException asCredentialsException(Throwable e) {
        Throwable root = CredentialsProvider.rootOf(e);
        if (root instanceof CredentialsException ce) {
            return ce;
        }
        return new CredentialsException("Error retrieving container metadata: " + root.getClass().getSimpleName()
                + (root.getMessage() != null ? ": " + root.getMessage() : ""));
    }

    private static String authorization(ConfigEnvironment env) {
        String token;
        String file = env.nonEmpty(AUTH_TOKEN_FILE);
        if (file != null) {
            try {
                token = Files.readString(env.expandUser(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CredentialsException("Unable to read " + AUTH_TOKEN_FILE + " " + file + ": "
                        + e.getClass().getSimpleName());
            }
        } else {
            token = env.get(AUTH_TOKEN);
        }
        if (token != null && (token.indexOf('\r') >= 0 || token.indexOf('\n') >= 0)) {
            throw new CredentialsException("Auth token value is not a legal header value");
        }
        return token;
    }

    static void validateFullUri(URI uri) {
        if ("https".equalsIgnoreCase(uri.getScheme())) {
            return;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (isLoopbackLiteral(host) || ALLOWED_HOSTS.contains(host)) {
            return;
        }
        throw new CredentialsException("Unsupported host '" + host + "'.  Can only retrieve metadata from a loopback"
                + " address or one of these hosts: " + String.join(", ", ALLOWED_HOSTS));
    }

    /** A literal loopback address; names other than the allowed ones are refused without a DNS lookup. */
    private static boolean isLoopbackLiteral(String host) {
        if (host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "ContainerCredentialsProvider";
    }
}
