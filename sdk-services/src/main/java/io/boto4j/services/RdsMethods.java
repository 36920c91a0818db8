package io.boto4j.services;

import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;
import io.boto4j.services.internal.DatabaseAuthTokens;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The custom methods of RDS clients.
 *
 * <pre>{@code
 * String password = rds.call(RdsMethods.GENERATE_DB_AUTH_TOKEN, Map.of(
 *         "DBHostname", "mydb.123456789012.us-east-1.rds.amazonaws.com",
 *         "Port", 3306,
 *         "DBUsername", "app"));
 * }</pre>
 */
public final class RdsMethods {
    /** How long an RDS auth token lasts, as botocore makes them: 15 minutes. */
    public static final Duration AUTH_TOKEN_LIFETIME = Duration.ofMinutes(15);

    /**
     * botocore's {@code generate_db_auth_token}: the password with which an IAM-enabled database
     * user connects ({@code host:port/?Action=connect&DBUser=...}, presigned for {@code rds-db}),
     * valid for 15 minutes. No request is sent.
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
