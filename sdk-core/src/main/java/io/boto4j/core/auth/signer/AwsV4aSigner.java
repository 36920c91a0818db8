package io.boto4j.core.auth.signer;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.Headers;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;

/**
 * AWS Signature Version 4a ({@code aws.auth#sigv4a}): the canonical request of SigV4, signed
 * with ECDSA P-256/SHA-256 under a key derived from the secret, valid in every region of
 * {@link SigningParams#regionSet()} (sent as {@code X-Amz-Region-Set}). The credential scope
 * has no region. Uses only {@code java.security}.
 */
public final class AwsV4aSigner extends AwsSignerBase {
    /** The algorithm name that opens the {@code Authorization} header and the string to sign. */
    public static final String ALGORITHM = "AWS4-ECDSA-P256-SHA256";
    private static final AwsV4aSigner INSTANCE = new AwsV4aSigner();

    private AwsV4aSigner() {
    }

    /**
     * The SigV4a signer.
     *
     * @return the shared, stateless instance
     */
    public static AwsV4aSigner create() {
        return INSTANCE;
    }

    @Override
    String algorithm() {
        return ALGORITHM;
    }

    @Override
    String credentialScope(String dateStamp, SigningParams params) {
        return dateStamp + '/' + params.signingName() + "/aws4_request";
    }

    @Override
    void addAlgorithmHeaders(Headers headers, SigningParams params) {
        headers.set("X-Amz-Region-Set", requireRegionSet(params));
    }

    @Override
    void addAlgorithmQuery(List<Map.Entry<String, String>> auth, SigningParams params) {
        auth.add(new SimpleImmutableEntry<>("X-Amz-Region-Set", requireRegionSet(params)));
    }

    @Override
    String signature(String stringToSign, Credentials credentials, String dateStamp, SigningParams params) {
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(SigV4aKeys.privateKey(credentials.accessKeyId(), credentials.secretAccessKey()));
            ecdsa.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return Hashing.hex(ecdsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SigV4a signing failed", e);
        }
    }

    private static String requireRegionSet(SigningParams params) {
        String regionSet = params.regionSet();
        if (regionSet == null || regionSet.isEmpty()) {
            throw new IllegalStateException("SigV4a needs a region set");
        }
        return regionSet;
    }
}
