package io.boto4j.it.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Large reproducible test data generated on the fly, and file digests, without holding bodies in memory. */
final class Pattern {
    private Pattern() {
    }

    static InputStream stream(long length) {
        return new InputStream() {
            private long position;

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
        };
    }

    private static byte at(long i) {
        return (byte) (i * 31 + (i >>> 13));
    }

    static Path file(Path dir, String name, long length) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = stream(length); OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        }
        return file;
    }

    static String sha256(InputStream in) throws IOException {
        try (in) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(Path file) throws IOException {
        return sha256(Files.newInputStream(file));
    }
}
