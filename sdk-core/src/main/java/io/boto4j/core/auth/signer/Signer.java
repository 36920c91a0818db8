package io.boto4j.core.auth.signer;

import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.SdkHttpRequest;
import java.net.URI;
import java.time.Duration;

/**
 * Signs requests for one auth scheme. Signers are stateless and thread-safe: everything that
 * varies per request (credentials, region, time, rules) comes in {@link SigningParams}.
 */
public interface Signer {
    /**
     * Adds the auth headers to {@code request} in place, replacing any from an earlier try.
     *
     * @param request the request to sign, complete but for auth (its body is hashed unless the
     *                parameters say otherwise)
     * @param params who signs, for which region and service, and the canonicalisation rules
     * @throws IllegalStateException when {@code params} lacks what the scheme needs (credentials,
     *                               region, token) or, for bearer auth, the endpoint is not https
     */
    void sign(SdkHttpRequest request, SigningParams params);

    /**
     * A URL that carries its auth in the query string and stays valid for {@code expiresIn}.
     * The request itself is left unchanged.
     *
     * @param request the request the URL performs
     * @param params who signs, for which region and service, and the canonicalisation rules
     * @param expiresIn how long the URL stays valid (SigV4: 1 second to 7 days)
     * @return the URL with the auth parameters in its query string
     * @throws UnsupportedOperationException when the scheme has no query form
     * @throws IllegalArgumentException when {@code expiresIn} is outside what the scheme allows
     */
    default URI presign(SdkHttpRequest request, SigningParams params, Duration expiresIn) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot presign");
    }
}
