package io.boto4j.core.checksums;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A JDK {@link MessageDigest} (MD5, SHA-1, SHA-256, SHA-512) as a {@link Checksum}. */
final class DigestChecksum implements Checksum {
    private final MessageDigest digest;

    DigestChecksum(String jdkName) {
        try {
            this.digest = MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jdkName + " is required of every Java platform", e);
        }
    }

    @Override
    public void update(byte[] data, int off, int len) {
        digest.update(data, off, len);
    }

    @Override
    public void update(ByteBuffer data) {
        digest.update(data);
    }

    @Override
    public byte[] digest() {
        return digest.digest();
    }

    @Override
    public void reset() {
        digest.reset();
    }
}
