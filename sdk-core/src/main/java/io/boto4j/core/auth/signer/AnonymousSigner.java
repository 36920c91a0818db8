package io.boto4j.core.auth.signer;

import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.SdkHttpRequest;
import java.net.URI;
import java.time.Duration;

/** No auth ({@code smithy.api#noAuth}, botocore's UNSIGNED): the request goes out as it is. */
public final class AnonymousSigner implements Signer {
    /** The only instance; it holds no state. */
    public static final AnonymousSigner INSTANCE = new AnonymousSigner();

    private AnonymousSigner() {
    }

    @Override
    public void sign(SdkHttpRequest request, SigningParams params) {
        // Nothing to add: that is the point.
    }

    /** The plain URL: anyone may use it for as long as the resource allows. */
    @Override
    public URI presign(SdkHttpRequest request, SigningParams params, Duration expiresIn) {
        return request.uri();
    }
}
