package io.boto4j.services;

import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;
import io.boto4j.services.internal.DatabaseAuthTokens;

import java.time.Duration;
import java.util.Map;

/**
 * The custom methods of Aurora DSQL clients: the passwords with which IAM identities connect to
 * a cluster.
 *
 * <pre>{@code
 * String password = dsql.call(DsqlMethods.GENERATE_DB_CONNECT_ADMIN_AUTH_TOKEN, Map.of(
 *         "Hostname", "abcdefghijklmnopq.dsql.us-east-1.on.aws"));
 * }</pre>
 */
public final class DsqlMethods {
    /** How long a DSQL token lasts when {@code ExpiresIn} is not given, as in botocore: 15 minutes. */
    public static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(15);

    /**
     * botocore's {@code generate_db_connect_auth_token}: the password of a custom database role
     * ({@code Action=DbConnect}, presigned for {@code dsql}). No request is sent.
     */
    public static final CustomMethod<String> GENERATE_DB_CONNECT_AUTH_TOKEN =
            tokenMethod("GenerateDbConnectAuthToken", "DbConnect", "a custom database role",
                    "generate_db_connect_auth_token");

    /**
     * botocore's {@code generate_db_connect_admin_auth_token}: the password of the {@code admin}
     * role ({@code Action=DbConnectAdmin}, presigned for {@code dsql}). No request is sent.
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
