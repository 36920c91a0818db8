package io.boto4j.services;

import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;
import io.boto4j.services.internal.DatabaseAuthTokens;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The custom methods of RDS clients (service name {@code rds}; botocore adds none to Neptune's or
 * DocumentDB's). Call them with {@code SyncClient.call(method, arguments)}, which returns the
 * result, or {@code AsyncClient.call(method, arguments)}, whose future does.
 *
 * <pre>{@code
 * String password = rds.call(RdsMethods.GENERATE_DB_AUTH_TOKEN, Map.of(
 *         "DBHostname", "mydb.123456789012.us-east-1.rds.amazonaws.com",
 *         "Port", 3306,
 *         "DBUsername", "app"));
 * }</pre>
 */
public final class RdsMethods {
    /**
     * How long an RDS auth token lasts, as botocore makes them: 15 minutes, not configurable. A
     * token only has to be valid when a connection is opened; the connection outlives it.
     */
    public static final Duration AUTH_TOKEN_LIFETIME = Duration.ofMinutes(15);

    /**
     * botocore's {@code generate_db_auth_token}: the password with which an IAM-enabled database
     * user connects ({@code host:port/?Action=connect&DBUser=...}, presigned for {@code rds-db}),
     * valid for {@link #AUTH_TOKEN_LIFETIME}. No request is sent: the token is a URL presigned with
     * SigV4, so the only I/O is resolving the client's credentials.
     *
     * <p>Arguments: {@code DBHostname} (required {@code String}, the instance's or cluster's
     * endpoint); {@code Port} (required {@code Integer}); {@code DBUsername} (required
     * {@code String}, a database user granted IAM authentication); {@code Region} (optional
     * {@code String}, the database's region, the client's when not given). Result: the token, a
     * {@code String} ({@code host:port/?Action=connect&DBUser=...&X-Amz-Signature=...}, no
     * {@code https://}), to be sent as the password over TLS.
     *
     * <p>Fails with {@link io.boto4j.core.ParamValidationException} when an argument is missing or
     * malformed, or no region is known, and with
     * {@link io.boto4j.core.auth.credentials.NoCredentialsException} when the client has no
     * credentials; thrown by {@code SyncClient}, a failed future on {@code AsyncClient}. The token
     * is a secret while it is valid: do not log it.
     */
    public static final CustomMethod<String> GENERATE_DB_AUTH_TOKEN = CustomMethod
            .builder("GenerateDbAuthToken", String.class)
            .documentation("An IAM database authentication token, the password of an IAM-enabled database user"
                    + " (botocore's generate_db_auth_token).")
            .parameter(MethodParameter.required("DBHostname", String.class, "the database's host name"))
            .parameter(MethodParameter.required("Port", Integer.class, "the port the database listens on"))
            .parameter(MethodParameter.required("DBUsername", String.class, "the user to connect as"))
            .parameter(MethodParameter.optional("Region", String.class,
                    "the database's region; the client's when not given"))
            .doesIo(false)
            .implementation(call -> {
                Map<String, String> query = new LinkedHashMap<>();
                query.put("Action", "connect");
                query.put("DBUser", call.argument("DBUsername", String.class));
                return DatabaseAuthTokens.generate(call, "DBHostname",
                        call.argument("DBHostname", String.class) + ":" + call.argument("Port", Integer.class),
                        query, "rds-db", call.argument("Region", String.class), AUTH_TOKEN_LIFETIME);
            })
            .build();

    private RdsMethods() {
    }
}
