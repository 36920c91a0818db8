package io.boto4j.services.internal;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.plugin.MethodCall;
import io.boto4j.core.ParamValidationException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code generate_db_auth_token} (RDS) and {@code generate_db_connect_auth_token}
 * (DSQL): a database accepts, as the password of an IAM-enabled user, a URL that asks for an
 * action on it, presigned with SigV4 for the database's own signing name. The token is that URL
 * without its {@code https://}: {@code host[:port]/?Action=...&X-Amz-Signature=...}. Made without
 * I/O beyond resolving the client's credentials.
 */
public final class DatabaseAuthTokens {
    private static final String SCHEME = "https://";

    private DatabaseAuthTokens() {
    }

    /**
     * The token.
     *
     * @param call          the custom method's call (for the client's credentials, clock and region)
     * @param hostParameter the parameter that names the database, for error messages
     * @param authority     the database's {@code host} or {@code host:port}
     * @param query         the action's parameters, in the order botocore writes them
     * @param signingName   {@code rds-db} or {@code dsql}
     * @param region        the region asked for, or null for the client's
     * @param expiresIn     how long the token lasts
     */
    public static CompletionStage<String> generate(MethodCall call, String hostParameter, String authority,
                                                   Map<String, String> query, String signingName, String region,
                                                   Duration expiresIn) {
        String signingRegion = region != null ? region : call.runtime().region();
        if (signingRegion == null) {
            throw problem(call, "Region", "Region is needed: the client has none, so give the database's region");
        }
        URI endpoint;
        try {
            endpoint = new URI(SCHEME + authority);
            if (endpoint.getHost() == null) {
                throw new URISyntaxException(authority, "no host");
            }
        } catch (URISyntaxException e) {
            throw problem(call, hostParameter, hostParameter + " '" + authority + "' is not a host name");
        }
        SdkHttpRequest request = new SdkHttpRequest("GET", URI.create(SCHEME + endpoint.getRawAuthority()), "/");
        query.forEach(request::addQueryParam);
        return call.runtime().presignRequest(request, signingName, signingRegion, expiresIn)
                .thenApply(url -> withoutScheme(url, endpoint));
    }

    /**
     * The URL without {@code https://}, its authority as the caller gave it: an explicit
     * {@code :443}, which the signature leaves out as botocore does, stays in the token as in
     * botocore's.
     */
    private static String withoutScheme(URI url, URI endpoint) {
        String rest = url.toString().substring(SCHEME.length());
        String signedAuthority = url.getRawAuthority();
        return endpoint.getRawAuthority() + rest.substring(signedAuthority.length());
    }

    private static ParamValidationException problem(MethodCall call, String parameter, String message) {
        return new ParamValidationException(call.runtime().model().serviceName(), call.method().name(),
                List.of(new ParamValidationException.Problem(parameter, message)));
    }
}
