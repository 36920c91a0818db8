package io.boto4j.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** The large file the demo uploads and downloads, and the hash that tells the two copies apart. */
final class SampleFiles {
    private static final int CHUNK = 1 << 20;

    private SampleFiles() {
    }

    /** Writes {@code bytes} random bytes (incompressible, as real data would be) to {@code file}. */
    static void generate(Path file, long bytes) throws IOException {
        SplittableRandom random = new SplittableRandom();
        byte[] chunk = new byte[CHUNK];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= CHUNK) {
                for (int i = 0; i < chunk.length; i += Long.BYTES) {
                    long value = random.nextLong();
                    for (int b = 0; b < Long.BYTES; b++) {
                        chunk[i + b] = (byte) (value >>> (8 * b));
                    }
                }
                out.write(chunk, 0, (int) Math.min(left, CHUNK));
            }
        }
    }

    /** The file's SHA-256, in hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The start of a hash, enough to tell two apart by eye. */
    static String shortHash(String hex) {
        return hex.substring(0, 12) + "...";
    }
}
