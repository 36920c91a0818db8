package io.boto4j.core.auth.signer;

import java.util.Locale;
import java.util.Optional;

/**
 * The signer for an auth scheme as models and endpoint rules name it. The S3 flavour of SigV4
 * is the same signer with {@code SigningParams.Builder.s3Rules()}: choosing those rules is the
 * caller's part, as it knows the service.
 */
public final class Signers {
    private Signers() {
    }

    /**
     * By Smithy auth scheme id ({@code aws.auth#sigv4}, {@code aws.auth#sigv4a},
     * {@code smithy.api#httpBearerAuth}, {@code smithy.api#noAuth}) or endpoint-rules
     * authSchemes name ({@code sigv4}, {@code sigv4a}); S3 Express ({@code sigv4-s3express}) is not here.
     *
     * @param scheme the scheme id or name, case-sensitive
     * @return the shared, thread-safe signer, or empty when boto4j has none for the scheme
     */
    public static Optional<Signer> forAuthScheme(String scheme) {
        switch (scheme) {
            case "aws.auth#sigv4":
            case "sigv4":
                return Optional.of(AwsV4Signer.create());
            case "aws.auth#sigv4a":
            case "sigv4a":
                return Optional.of(AwsV4aSigner.create());
            case "smithy.api#httpBearerAuth":
                return Optional.of(BearerTokenSigner.INSTANCE);
            case "smithy.api#noAuth":
                return Optional.of(AnonymousSigner.INSTANCE);
            default:
                return Optional.empty();
        }
    }

    /**
     * By a model's {@code signatureVersion} ({@code v4}, {@code s3v4}, {@code v4a}, {@code bearer}, ...).
     *
     * @param version the signature version, case-insensitive
     * @return the shared, thread-safe signer, or empty when boto4j has none for the version
     */
    public static Optional<Signer> forSignatureVersion(String version) {
        switch (version.toLowerCase(Locale.ROOT)) {
            case "v4":
            case "s3v4":
                return Optional.of(AwsV4Signer.create());
            case "v4a":
            case "s3v4a":
                return Optional.of(AwsV4aSigner.create());
            case "bearer":
                return Optional.of(BearerTokenSigner.INSTANCE);
            case "none":
            case "unsigned":
                return Optional.of(AnonymousSigner.INSTANCE);
            default:
                return Optional.empty();
        }
    }
}
