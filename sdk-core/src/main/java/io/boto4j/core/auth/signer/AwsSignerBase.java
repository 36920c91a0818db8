package io.boto4j.core.auth.signer;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.UriEncoding;
import java.net.URI;
import java.time.Duration;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What SigV4 and SigV4a share: the canonical request, the header and query forms, and the
 * payload hash rules. Subclasses supply the algorithm name, the credential scope and how the
 * string to sign becomes a signature.
 */
abstract class AwsSignerBase implements Signer {
    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    static final long MAX_PRESIGN_SECONDS = 7L * 24 * 60 * 60;

    abstract String algorithm();

    /** The scope after the access key id in {@code Credential=}. */
    abstract String credentialScope(String dateStamp, SigningParams params);

    abstract String signature(String stringToSign, Credentials credentials, String dateStamp,
            SigningParams params);

    /** Headers the algorithm itself signs (SigV4a: {@code X-Amz-Region-Set}). */
    void addAlgorithmHeaders(Headers headers, SigningParams params) {
    }

    /** Query parameters the algorithm adds when presigning. */
    void addAlgorithmQuery(List<Map.Entry<String, String>> auth, SigningParams params) {
    }

    @Override
    public void sign(SdkHttpRequest request, SigningParams params) {
        signHeaders(request, params);
    }

    /** Signs in place and returns the intermediate values. */
    SignatureParts signHeaders(SdkHttpRequest request, SigningParams params) {
        Credentials credentials = requireCredentials(params);
        String amzDate = AmzDate.format(params.effectiveSigningTime());
        Headers headers = request.headers();
        headers.remove("Authorization");
        headers.set("X-Amz-Date", amzDate);
        if (credentials.sessionToken() != null) {
            headers.set("X-Amz-Security-Token", credentials.sessionToken());
        }
        addAlgorithmHeaders(headers, params);
        String payloadHash = payloadHash(request, params);
        if (params.signContentSha256Header() || UNSIGNED_PAYLOAD.equals(payloadHash)) {
            headers.set("X-Amz-Content-SHA256", payloadHash);
        }
        CanonicalRequest.HeaderPart headerPart = CanonicalRequest.headers(request);
        String canonical = CanonicalRequest.build(request.method(),
                CanonicalRequest.path(request, params),
                CanonicalRequest.query(request.queryParams(), List.of()), headerPart, payloadHash);
        SignatureParts parts = finish(canonical, amzDate, credentials, params, headerPart.signedNames);
        headers.set("Authorization", parts.authorization);
        return parts;
    }

    @Override
    public URI presign(SdkHttpRequest request, SigningParams params, Duration expiresIn) {
        return presignParts(request, params, expiresIn).uri;
    }

    static final class Presigned {
        final URI uri;
        final SignatureParts parts;

        Presigned(URI uri, SignatureParts parts) {
            this.uri = uri;
            this.parts = parts;
        }
    }

    Presigned presignParts(SdkHttpRequest request, SigningParams params, Duration expiresIn) {
        long seconds = expiresIn.getSeconds();
        if (seconds < 1 || seconds > MAX_PRESIGN_SECONDS) {
            throw new IllegalArgumentException("a presigned URL lasts 1 second to 7 days, not " + expiresIn);
        }
        Credentials credentials = requireCredentials(params);
        String amzDate = AmzDate.format(params.effectiveSigningTime());
        String scope = credentialScope(AmzDate.dateStamp(amzDate), params);
        CanonicalRequest.HeaderPart headerPart = CanonicalRequest.headers(request);

        List<Map.Entry<String, String>> auth = new ArrayList<>(7);
        auth.add(entry("X-Amz-Algorithm", algorithm()));
        auth.add(entry("X-Amz-Credential", credentials.accessKeyId() + "/" + scope));
        auth.add(entry("X-Amz-Date", amzDate));
        auth.add(entry("X-Amz-Expires", Long.toString(seconds)));
        auth.add(entry("X-Amz-SignedHeaders", headerPart.signedNames));
        if (credentials.sessionToken() != null) {
            auth.add(entry("X-Amz-Security-Token", credentials.sessionToken()));
        }
        addAlgorithmQuery(auth, params);

        String canonical = CanonicalRequest.build(request.method(),
                CanonicalRequest.path(request, params),
                CanonicalRequest.query(request.queryParams(), auth), headerPart,
                presignPayloadHash(request, params));
        SignatureParts parts = finish(canonical, amzDate, credentials, params, headerPart.signedNames);

        // Operation parameters first, then ours, the signature last, as botocore lays them out.
        StringBuilder url = new StringBuilder(256).append(request.endpoint().getScheme()).append("://")
                .append(request.hostHeader()).append(request.fullEncodedPath()).append('?');
        String operationQuery = request.encodedQuery();
        if (!operationQuery.isEmpty()) {
            url.append(operationQuery).append('&');
        }
        for (Map.Entry<String, String> p : auth) {
            url.append(UriEncoding.encode(p.getKey())).append('=')
                    .append(UriEncoding.encode(p.getValue())).append('&');
        }
        url.append("X-Amz-Signature=").append(parts.signature);
        return new Presigned(URI.create(url.toString()), parts);
    }

    private SignatureParts finish(String canonical, String amzDate, Credentials credentials,
            SigningParams params, String signedNames) {
        String dateStamp = AmzDate.dateStamp(amzDate);
        String scope = credentialScope(dateStamp, params);
        String stringToSign = algorithm() + '\n' + amzDate + '\n' + scope + '\n' + Hashing.sha256Hex(canonical);
        String signature = signature(stringToSign, credentials, dateStamp, params);
        String authorization = algorithm() + " Credential=" + credentials.accessKeyId() + '/' + scope
                + ", SignedHeaders=" + signedNames + ", Signature=" + signature;
        return new SignatureParts(amzDate, scope, canonical, stringToSign, signature, authorization);
    }

    /**
     * The hash in the canonical request: one the caller computed, else (outside S3 rules) a
     * {@code X-Amz-Content-SHA256} already on the request, else UNSIGNED-PAYLOAD when payload
     * signing is off or the body streams, else the SHA-256 of the body.
     */
    static String payloadHash(SdkHttpRequest request, SigningParams params) {
        if (params.payloadHash() != null) {
            return params.payloadHash();
        }
        if (!params.signContentSha256Header()) {
            String given = request.headers().first("X-Amz-Content-SHA256");
            if (given != null) {
                return given;
            }
        }
        // As in botocore, an explicit "off" wins even over plain http (its https check only
        // feeds the default, which is the caller's to decide).
        if (!params.payloadSigningEnabled() || streams(request)) {
            return UNSIGNED_PAYLOAD;
        }
        boolean signed = params.signContentSha256Header() ? s3PayloadSigned(request, params)
                : !params.unsignedPayloadOperation();
        return signed ? Hashing.sha256Hex(request.bodyBytes()) : UNSIGNED_PAYLOAD;
    }

    /** A streamed body cannot be hashed up front without reading it twice. */
    private static boolean streams(SdkHttpRequest request) {
        return request.body() != null && request.bodyBytes() == null;
    }

    /**
     * botocore's S3 rule ({@code S3SigV4Auth._should_sha256_sign_payload}): the payload is hashed
     * unless the request goes over TLS and carries a checksum (the flexible checksum the SDK
     * computed, else Content-MD5); then a streaming payload is left unsigned, and any other
     * follows the operation ({@code unsignedPayload}).
     */
    static boolean s3PayloadSigned(SdkHttpRequest request, SigningParams params) {
        boolean tls = "https".equalsIgnoreCase(request.endpoint().getScheme());
        String checksum = params.checksumHeader() != null ? params.checksumHeader() : "Content-MD5";
        if (!tls || !request.headers().contains(checksum)) {
            return true;
        }
        if (params.streamingInput()) {
            return false;
        }
        return !params.unsignedPayloadOperation();
    }

    /** A URL has no body to hash: S3 and unsigned-payload services say so; others hash the body. */
    static String presignPayloadHash(SdkHttpRequest request, SigningParams params) {
        if (params.payloadHash() != null) {
            return params.payloadHash();
        }
        if (params.signContentSha256Header() || !params.payloadSigningEnabled() || params.unsignedPayloadOperation()
                || streams(request)) {
            return UNSIGNED_PAYLOAD;
        }
        return Hashing.sha256Hex(request.bodyBytes());
    }

    static Credentials requireCredentials(SigningParams params) {
        Credentials credentials = params.credentials();
        if (credentials == null) {
            throw new IllegalStateException("no credentials to sign with");
        }
        if (params.regionSet() == null || params.signingName() == null) {
            throw new IllegalStateException("signing needs a region and a signing name, got "
                    + params.region() + " and " + params.signingName());
        }
        return credentials;
    }

    private static Map.Entry<String, String> entry(String key, String value) {
        return new SimpleImmutableEntry<>(key, value);
    }
}
