package io.boto4j.core.auth.signer;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;

/**
 * SigV4a's P-256 private key, derived from the secret key as AWS specifies: NIST SP 800-108
 * KDF in counter mode with HMAC-SHA256 keyed by {@code "AWS4A" + secret}, label
 * {@code AWS4-ECDSA-P256-SHA256}, context = access key id + a one-byte attempt counter, 256
 * output bits; the first candidate {@code c <= n - 2} gives the key {@code c + 1}. Keys are
 * cached per credentials because deriving and importing one costs far more than a signature.
 */
final class SigV4aKeys {
    static final ECParameterSpec P256 = p256();
    private static final BigInteger N_MINUS_2 = P256.getOrder().subtract(BigInteger.TWO);
    private static final byte[] LABEL = "AWS4-ECDSA-P256-SHA256".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_ENTRIES = 16;
    private static final ConcurrentHashMap<String, PrivateKey> KEYS = new ConcurrentHashMap<>();

    private SigV4aKeys() {
    }

    static PrivateKey privateKey(String accessKeyId, String secretAccessKey) {
        // The map key holds the secret; the map is never printed.
        String cacheKey = accessKeyId + '\n' + secretAccessKey;
        PrivateKey key = KEYS.get(cacheKey);
        if (key == null) {
            key = toPrivateKey(derivePrivateScalar(accessKeyId, secretAccessKey));
            if (KEYS.size() >= MAX_ENTRIES) {
                KEYS.clear();
            }
            KEYS.put(cacheKey, key);
        }
        return key;
    }

    static BigInteger derivePrivateScalar(String accessKeyId, String secretAccessKey) {
        Mac mac = Hashing.hmac(("AWS4A" + secretAccessKey).getBytes(StandardCharsets.UTF_8));
        byte[] akid = accessKeyId.getBytes(StandardCharsets.UTF_8);
        for (int counter = 1; counter <= 254; counter++) {
            mac.update(new byte[] {0, 0, 0, 1}); // the KDF's block index i = 1: one block is enough
            mac.update(LABEL);
            mac.update((byte) 0);
            mac.update(akid);
            mac.update((byte) counter);
            mac.update(new byte[] {0, 0, 1, 0}); // L = 256 bits
            BigInteger candidate = new BigInteger(1, mac.doFinal());
            if (candidate.compareTo(N_MINUS_2) <= 0) {
                return candidate.add(BigInteger.ONE);
            }
        }
        // Practically unreachable (each try fails with probability ~2^-32).
        throw new IllegalStateException("SigV4a key derivation found no key for these credentials");
    }

    private static PrivateKey toPrivateKey(BigInteger scalar) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(scalar, P256));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the SigV4a P-256 key", e);
        }
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
            params.init(new ECGenParameterSpec("secp256r1"));
            return params.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no P-256 curve", e);
        }
    }
}
