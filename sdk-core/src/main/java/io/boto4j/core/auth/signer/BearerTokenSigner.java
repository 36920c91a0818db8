package io.boto4j.core.auth.signer;

import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.SdkHttpRequest;

/**
 * {@code smithy.api#httpBearerAuth}: {@code Authorization: Bearer <token>}. Refuses plain http,
 * as botocore does, because the token would travel in clear text.
 */
public final class BearerTokenSigner implements Signer {
    /** The only instance; it holds no state (the token comes in {@link SigningParams#bearerToken()}). */
    public static final BearerTokenSigner INSTANCE = new BearerTokenSigner();

    private BearerTokenSigner() {
    }

    @Override
    public void sign(SdkHttpRequest request, SigningParams params) {
        String token = params.bearerToken();
        if (token == null || token.isEmpty()) {
            throw new IllegalStateException("bearer auth needs a token and none was resolved");
        }
        if (!"https".equalsIgnoreCase(request.endpoint().getScheme())) {
            throw new IllegalStateException("bearer token auth requires https, not "
                    + request.endpoint().getScheme());
        }
        request.headers().set("Authorization", "Bearer " + token);
    }
}
