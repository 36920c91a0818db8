package io.boto4j.s3.internal.transfer;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checksums transfers compute: values as S3 encodes them, CRCs combined from pieces (checked
 * against the JDK's CRC of the whole), and composite checksums (checked against vectors computed
 * with Python's zlib and hashlib, independently of this code).
 */
class PartChecksumTest {
    private static final byte[] FIRST = "The quick brown fox ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SECOND = "jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);

    @Test
    void valuesAreBigEndianAsS3EncodesThem() {
        assertEquals("iLB14g==", PartChecksum.base64(PartChecksum.CRC32.of(FIRST, 0, FIRST.length)));
        assertEquals("GHhnlA==", PartChecksum.base64(PartChecksum.CRC32.of(SECOND, 0, SECOND.length)));
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        // CRC-32C's published check value for "123456789".
        assertArrayEquals(new byte[] {(byte) 0xE3, 0x06, (byte) 0x92, (byte) 0x83}, PartChecksum.CRC32C.of(check, 0, 9));
        assertEquals("ChecksumCRC32C", PartChecksum.CRC32C.member());
        assertEquals("ChecksumCRC64NVME", PartChecksum.member("crc64nvme"));
        assertTrue(PartChecksum.find("sha256").isPresent());
        assertTrue(PartChecksum.find("CRC64NVME").isEmpty(), "left to the core's checksums");
    }

    @Test
    void crcsOfPiecesCombineIntoTheCrcOfTheWhole() {
        Random random = new Random(7);
        for (PartChecksum algorithm : List.of(PartChecksum.CRC32, PartChecksum.CRC32C)) {
            for (int trial = 0; trial < 200; trial++) {
                byte[] data = new byte[random.nextInt(5000)];
                random.nextBytes(data);
                int cut = data.length == 0 ? 0 : random.nextInt(data.length + 1);
                byte[] first = algorithm.of(data, 0, cut);
                byte[] second = algorithm.of(data, cut, data.length - cut);
                assertArrayEquals(jdk(algorithm, data), algorithm.combine(first, second, data.length - cut),
                        algorithm + " of " + data.length + " bytes cut at " + cut);
            }
        }
    }

    @Test
    void combiningHandlesLongPiecesWithoutReadingThem() {
        // 64 MiB of zeros, a MiB at a time: the algebra must agree with the JDK.
        byte[] zeros = new byte[1 << 20];
        CRC32 whole = new CRC32();
        byte[] combined = PartChecksum.CRC32.newDigest().value();
        for (int i = 0; i < 64; i++) {
            whole.update(zeros);
            combined = PartChecksum.CRC32.combine(combined, PartChecksum.CRC32.of(zeros, 0, zeros.length), zeros.length);
        }
        assertArrayEquals(java.nio.ByteBuffer.allocate(4).putInt((int) whole.getValue()).array(), combined);
    }

    @Test
    void compositeChecksumsMatchIndependentVectors() {
        List<byte[]> crcs = List.of(PartChecksum.CRC32.of(FIRST, 0, FIRST.length),
                PartChecksum.CRC32.of(SECOND, 0, SECOND.length));
        assertEquals("3uPqzg==-2", PartChecksum.CRC32.composite(crcs));
        List<byte[]> sha = List.of(PartChecksum.SHA256.of(FIRST, 0, FIRST.length),
                PartChecksum.SHA256.of(SECOND, 0, SECOND.length));
        assertEquals("9d7hWgYbuzPq7sMwvNNJJDT2luWCnWuBhKmWz3o6pXM=-2", PartChecksum.SHA256.composite(sha));
        byte[] both = Arrays.copyOf(FIRST, FIRST.length + SECOND.length);
        System.arraycopy(SECOND, 0, both, FIRST.length, SECOND.length);
        assertEquals("QU+jOQ==", Base64.getEncoder().encodeToString(PartChecksum.CRC32.combine(crcs.get(0), crcs.get(1),
                SECOND.length)), "and the full-object CRC of the two");
        assertEquals("QU+jOQ==", PartChecksum.base64(PartChecksum.CRC32.of(both, 0, both.length)));
    }

    private static byte[] jdk(PartChecksum algorithm, byte[] data) {
        Checksum c = algorithm == PartChecksum.CRC32 ? new CRC32() : new CRC32C();
        c.update(data, 0, data.length);
        return java.nio.ByteBuffer.allocate(4).putInt((int) c.getValue()).array();
    }
}
