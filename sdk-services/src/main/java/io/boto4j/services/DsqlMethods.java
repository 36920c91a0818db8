package io.boto4j.services;

import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;
import io.boto4j.services.internal.DatabaseAuthTokens;

import java.time.Duration;
import java.util.Map;

/**
 * The custom methods of Aurora DSQL clients (service name {@code dsql}): the passwords with which
 * IAM identities connect to a cluster. Call them with {@code SyncClient.call(method, arguments)},
 * which returns the token, or {@code AsyncClient.call(method, arguments)}, whose future does.
 * The token, {@code <host>/?Action=DbConnect...&X-Amz-Signature=...} (no {@code https://}), is the
 * password of a PostgreSQL connection over TLS to that host.
 *
 * <p>Both methods send no request: the token is a URL presigned with SigV4, so the only I/O is
 * resolving the client's credentials (which may fetch them, e.g. from SSO or the instance
 * metadata service, the first time). They fail with
 * {@link io.boto4j.core.ParamValidationException} when an argument is missing or malformed
 * ({@code Hostname} not a host name, {@code ExpiresIn} outside 1 second to 7 days, no
 * {@code Region} while the client has none), and with
 * {@link io.boto4j.core.auth.credentials.NoCredentialsException} when the client has no
 * credentials (an anonymous client's token is left unsigned, which no cluster accepts). On
 * {@code SyncClient} they are thrown; on {@code AsyncClient} they fail the future.
 *
 * <p>A token is a secret for as long as it is valid: do not log it.
 *
 * <pre>{@code
 * String password = dsql.call(DsqlMethods.GENERATE_DB_CONNECT_ADMIN_AUTH_TOKEN, Map.of(
 *         "Hostname", "abcdefghijklmnopq.dsql.us-east-1.on.aws"));
 * }</pre>
 */
public final class DsqlMethods {
    /**
     * How long a DSQL token lasts when {@code ExpiresIn} is not given, as in botocore: 15 minutes.
     * A token only has to be valid when a connection is opened; the connection outlives it.
     */
    public static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(15);

    /**
     * botocore's {@code generate_db_connect_auth_token}: the password of a custom database role
     * ({@code Action=DbConnect}, presigned for {@code dsql}). No request is sent.
     *
     * <p>Arguments: {@code Hostname} (required {@code String}, the cluster's endpoint, e.g.
     * {@code abcdefghijklmnopq.dsql.us-east-1.on.aws}); {@code Region} (optional {@code String},
     * the cluster's region, the client's when not given); {@code ExpiresIn} (optional
     * {@link Duration}, 1 second to 7 days, {@link #DEFAULT_EXPIRY} when not given). Result: the
     * token, a {@code String}.
     */
    public static final CustomMethod<String> GENERATE_DB_CONNECT_AUTH_TOKEN =
            tokenMethod("GenerateDbConnectAuthToken", "DbConnect", "a custom database role",
                    "generate_db_connect_auth_token");

    /**
     * botocore's {@code generate_db_connect_admin_auth_token}: the password of the {@code admin}
     * role ({@code Action=DbConnectAdmin}, presigned for {@code dsql}). No request is sent.
     *
     * <p>Arguments and result as {@link #GENERATE_DB_CONNECT_AUTH_TOKEN}'s: {@code Hostname}
     * (required), {@code Region} and {@code ExpiresIn} (optional).
     */
    public static final CustomMethod<String> GENERATE_DB_CONNECT_ADMIN_AUTH_TOKEN =
            tokenMethod("GenerateDbConnectAdminAuthToken", "DbConnectAdmin", "the admin role",
                    "generate_db_connect_admin_auth_token");

    private DsqlMethods() {
    }

    private static CustomMethod<String> tokenMethod(String name, String action, String role, String botocoreName) {
        return CustomMethod.builder(name, String.class)
                .documentation("An authentication token with which an IAM identity connects to a DSQL cluster as "
                        + role + " (botocore's " + botocoreName + ").")
                .parameter(MethodParameter.required("Hostname", String.class, "the cluster's endpoint host name"))
                .parameter(MethodParameter.optional("Region", String.class,
                        "the cluster's region; the client's when not given"))
                .parameter(MethodParameter.optional("ExpiresIn", Duration.class,
                        "how long the token is valid: 1 to 604800 seconds; 900 when not given"))
                .doesIo(false)
                .implementation(call -> DatabaseAuthTokens.generate(call, "Hostname",
                        call.argument("Hostname", String.class), Map.of("Action", action), "dsql",
                        call.argument("Region", String.class),
                        call.argument("ExpiresIn", Duration.class, DEFAULT_EXPIRY)))
                .build();
    }
}
