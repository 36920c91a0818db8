package io.boto4j.core.auth.signer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 and HMAC-SHA256 with one {@link MessageDigest} and one {@link Mac} per thread:
 * looking an algorithm up costs more than hashing a small request, so signers never do it on
 * the hot path.
 */
final class Hashing {
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final HexFormat HEX = HexFormat.of();
    private static final String HMAC_SHA256 = "HmacSHA256";

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    });

    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance(HMAC_SHA256);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    });

    private Hashing() {
    }

    static MessageDigest sha256() {
        MessageDigest md = SHA256.get();
        md.reset();
        return md;
    }

    static byte[] sha256(byte[] data) {
        return sha256().digest(data);
    }

    static String sha256Hex(byte[] data) {
        return data == null || data.length == 0 ? EMPTY_SHA256 : HEX.formatHex(sha256(data));
    }

    static String sha256Hex(byte[] data, int off, int len) {
        if (len == 0) {
            return EMPTY_SHA256;
        }
        MessageDigest md = sha256();
        md.update(data, off, len);
        return HEX.formatHex(md.digest());
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A Mac keyed with {@code key}, owned by the calling thread until its next call here. */
    static Mac hmac(byte[] key) {
        Mac mac = HMAC.get();
        try {
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
        } catch (GeneralSecurityException e) {
            // Never include the key: it is derived from the secret.
            throw new IllegalStateException("cannot initialise HmacSHA256", e);
        }
        return mac;
    }

    static byte[] hmac(byte[] key, String data) {
        return hmac(key).doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
