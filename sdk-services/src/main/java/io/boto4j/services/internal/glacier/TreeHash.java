package io.boto4j.services.internal.glacier;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Glacier's two checksums of a payload, computed in one pass as the bytes go by: the SHA-256 of
 * the whole ({@code x-amz-content-sha256}) and the SHA-256 tree hash ({@code x-amz-sha256-tree-hash}):
 * the SHA-256 of each 1 MiB chunk, then of each pair of those, level by level, an odd one out
 * carried up as it is, until one remains (botocore's {@code calculate_tree_hash}). Not thread-safe.
 */
public final class TreeHash {
    static final int CHUNK = 1024 * 1024;

    private final MessageDigest linear = sha256();
    private final MessageDigest chunk = sha256();
    private final List<byte[]> leaves = new ArrayList<>();
    private int inChunk;

    /** Adds the buffer's remaining bytes (the buffer's position is left alone). */
    public TreeHash update(ByteBuffer bytes) {
        ByteBuffer b = bytes.duplicate();
        linear.update(b.duplicate());
        while (b.hasRemaining()) {
            int n = Math.min(b.remaining(), CHUNK - inChunk);
            ByteBuffer part = b.slice();
            part.limit(n);
            chunk.update(part);
            b.position(b.position() + n);
            inChunk += n;
            if (inChunk == CHUNK) {
                leaves.add(chunk.digest());
                inChunk = 0;
            }
        }
        return this;
    }

    /** Adds bytes. */
    public TreeHash update(byte[] bytes) {
        return update(ByteBuffer.wrap(bytes));
    }

    /** The hex SHA-256 of all the bytes; call once, at the end. */
    public String linearHash() {
        return HexFormat.of().formatHex(linear.digest());
    }

    /** The hex tree hash of all the bytes (of no bytes: the SHA-256 of nothing); call once, at the end. */
    public String treeHash() {
        List<byte[]> level = new ArrayList<>(leaves);
        if (inChunk > 0 || level.isEmpty()) {
            level.add(chunk.digest());
        }
        while (level.size() > 1) {
            List<byte[]> up = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                if (i + 1 < level.size()) {
                    MessageDigest pair = sha256();
                    pair.update(level.get(i));
                    pair.update(level.get(i + 1));
                    up.add(pair.digest());
                } else {
                    up.add(level.get(i));
                }
            }
            level = up;
        }
        return HexFormat.of().formatHex(level.get(0));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
