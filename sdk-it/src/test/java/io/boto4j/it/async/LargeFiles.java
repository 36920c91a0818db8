package io.boto4j.it.async;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** Large test files written and hashed in small chunks, so that the test itself needs little heap. */
public final class LargeFiles {
    private LargeFiles() {
    }

    public record Sample(Path path, long size, String sha256) {
    }

    public static Sample write(Path path, long size) throws IOException {
        MessageDigest digest = sha256();
        Random random = new Random(size);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(path)) {
            for (long left = size; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                digest.update(chunk, 0, n);
            }
        }
        return new Sample(path, size, HexFormat.of().formatHex(digest.digest()));
    }

    public static String sha256(Path path) throws IOException {
        MessageDigest digest = sha256();
        byte[] chunk = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n; (n = in.read(chunk)) > 0; ) {
                digest.update(chunk, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
