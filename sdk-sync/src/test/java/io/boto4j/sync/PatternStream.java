package io.boto4j.sync;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A large, reproducible byte stream generated on the fly, so big bodies never sit in memory. */
public final class PatternStream extends InputStream {
    private final long length;
    private long position;

    public PatternStream(long length) {
        this.length = length;
    }

    static byte at(long i) {
        return (byte) (i * 31 + (i >>> 13));
    }

    @Override
    public int read() {
        return position < length ? at(position++) & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(len, length - position);
        for (int i = 0; i < n; i++) {
            b[off + i] = at(position++);
        }
        return n;
    }

    /** The SHA-256 of the first {@code length} pattern bytes, computed in small pieces. */
    public static String sha256(long length) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            PatternStream p = new PatternStream(length);
            int n;
            while ((n = p.read(buf, 0, buf.length)) > 0) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
