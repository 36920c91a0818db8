/**
 * Request signers, independent of any transport: {@link io.boto4j.core.auth.signer.AwsV4Signer}
 * (SigV4, S3 SigV4 with {@code SigningParams.Builder.s3Rules()}, query presigning, aws-chunked
 * uploads through {@link io.boto4j.core.auth.signer.AwsChunkedEncoder}),
 * {@link io.boto4j.core.auth.signer.AwsV4aSigner} (SigV4a, ECDSA P-256),
 * {@link io.boto4j.core.auth.signer.BearerTokenSigner} and
 * {@link io.boto4j.core.auth.signer.AnonymousSigner}; {@link io.boto4j.core.auth.signer.Signers}
 * picks one by auth scheme name.
 *
 * <p><b>Tier: internal.</b> Exported only to the S3 plugin and the end-to-end tests; no stability
 * promise, the SDK's modules are released together.
 */
package io.boto4j.core.auth.signer;
