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
    /** Adds the auth headers to {@code request} in place, replacing any from an earlier try. */
    void sign(SdkHttpRequest request, SigningParams params);

    /**
     * A URL that carries its auth in the query string and stays valid for {@code expiresIn}.
     * The request itself is left unchanged.
     *
     * @throws UnsupportedOperationException when the scheme has no query form
     */
    default URI presign(SdkHttpRequest request, SigningParams params, Duration expiresIn) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot presign");
    }
}
