package io.boto4j.core.auth.signer;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.SdkHttpRequest;
import java.util.Map;

/**
 * AWS Signature Version 4 ({@code aws.auth#sigv4}; botocore's {@code v4} and, with
 * {@link SigningParams.Builder#s3Rules()}, {@code s3v4}): the Authorization header, query
 * presigning, and aws-chunked uploads. Stateless and thread-safe; derived signing keys are
 * cached per (secret, date, region, service).
 */
public final class AwsV4Signer extends AwsSignerBase {
    /** The algorithm name that opens the {@code Authorization} header and the string to sign. */
    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final AwsV4Signer INSTANCE = new AwsV4Signer();

    private AwsV4Signer() {
    }

    /**
     * The SigV4 signer.
     *
     * @return the shared, stateless instance
     */
    public static AwsV4Signer create() {
        return INSTANCE;
    }

    @Override
    String algorithm() {
        return ALGORITHM;
    }

    @Override
    String credentialScope(String dateStamp, SigningParams params) {
        if (params.region() == null) {
            throw new IllegalStateException("SigV4 needs a region");
        }
        return dateStamp + '/' + params.region() + '/' + params.signingName() + "/aws4_request";
    }

    @Override
    String signature(String stringToSign, Credentials credentials, String dateStamp, SigningParams params) {
        byte[] key = SigningKeyCache.signingKey(credentials.secretAccessKey(), dateStamp,
                params.region(), params.signingName());
        return Hashing.hex(Hashing.hmac(key, stringToSign));
    }

    /**
     * Signs a string to sign that the caller built whole, with the key derived from
     * {@code params}' credentials, signing time, region and signing name, and returns the hex
     * signature: an S3 POST policy form is signed so, its base64 policy being the string to sign.
     *
     * @param stringToSign the text to sign, whole (UTF-8 encoded before signing)
     * @param params the credentials, signing time, region and signing name
     * @return the lowercase hex HMAC-SHA256 signature
     * @throws IllegalStateException when {@code params} has no credentials
     */
    public String signString(String stringToSign, SigningParams params) {
        Credentials credentials = requireCredentials(params);
        String dateStamp = AmzDate.dateStamp(AmzDate.format(params.effectiveSigningTime()));
        return signature(stringToSign, credentials, dateStamp, params);
    }

    /**
     * The signing time and credential a signature with {@code params} carries (for forms that list them).
     *
     * @param params the credentials, signing time, region and signing name
     * @return the date and credential scope; neither holds a secret
     * @throws IllegalStateException when {@code params} has no credentials or no region
     */
    public Scope scope(SigningParams params) {
        Credentials credentials = requireCredentials(params);
        String amzDate = AmzDate.format(params.effectiveSigningTime());
        return new Scope(amzDate, credentials.accessKeyId() + '/' + credentialScope(AmzDate.dateStamp(amzDate), params));
    }

    /**
     * The signing time ({@code 20261125T120000Z}) and the credential
     * ({@code AKID/20261125/us-west-2/s3/aws4_request}) of a signature. Neither is secret.
     *
     * @param amzDate the signing time in ISO 8601 basic format, as {@code X-Amz-Date}
     * @param credential the access key id and credential scope, as {@code X-Amz-Credential}
     */
    public record Scope(String amzDate, String credential) {
    }

    /**
     * Signs a request whose body will be sent as {@code aws-chunked}: sets
     * {@code Content-Encoding}, {@code x-amz-decoded-content-length}, the encoded
     * {@code Content-Length}, {@code x-amz-trailer} and {@code x-amz-content-sha256}, signs,
     * and returns the encoder that frames the body from this signature on.
     *
     * @param request the request to sign; its headers are changed in place
     * @param params who signs, for which region and service (payload hash and content hash
     *               header are set from {@code mode})
     * @param mode the aws-chunked form
     * @param decodedLength the payload's length in bytes
     * @param chunkSize the size of every chunk but the last (S3 wants at least 8 KiB)
     * @param trailerValueLengths trailing header names and the lengths of their values, in order
     * @return the encoder to frame the body with (chunks in order, then {@code finish})
     * @throws IllegalArgumentException when {@code mode} has no trailer but trailers are given
     * @throws IllegalStateException when {@code params} has no credentials or region
     */
    public AwsChunkedEncoder signChunked(SdkHttpRequest request, SigningParams params,
            StreamingPayload mode, long decodedLength, int chunkSize, Map<String, Integer> trailerValueLengths) {
        if (!mode.hasTrailer() && !trailerValueLengths.isEmpty()) {
            throw new IllegalArgumentException(mode + " carries no trailing headers");
        }
        String encoding = request.headers().first("Content-Encoding");
        request.headers().set("Content-Encoding", encoding == null || encoding.isEmpty()
                ? "aws-chunked" : encoding + ",aws-chunked");
        request.headers().set("X-Amz-Decoded-Content-Length", Long.toString(decodedLength));
        request.headers().set("Content-Length", Long.toString(
                AwsChunkedEncoder.encodedLength(mode, decodedLength, chunkSize, trailerValueLengths)));
        if (!trailerValueLengths.isEmpty()) {
            request.headers().set("X-Amz-Trailer", String.join(",", trailerValueLengths.keySet()));
        }
        SigningParams streaming = params.toBuilder()
                .payloadHash(mode.contentSha256())
                .signContentSha256Header(true)
                .build();
        SignatureParts parts = signHeaders(request, streaming);
        if (!mode.signedChunks()) {
            return AwsChunkedEncoder.unsigned();
        }
        byte[] key = SigningKeyCache.signingKey(params.credentials().secretAccessKey(),
                AmzDate.dateStamp(parts.amzDate), params.region(), params.signingName());
        return new AwsChunkedEncoder(mode, key, parts.amzDate, parts.scope, parts.signature);
    }
}
