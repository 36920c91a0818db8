package io.boto4j.s3.internal.transfer;

import io.boto4j.core.checksums.ChecksumAlgorithm;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What transfers add to the core's checksums: CRCs combined from pieces (checked against the
 * core's CRC of the whole, for all three CRCs) and composite checksums (checked against vectors
 * computed with Python's zlib and hashlib, independently of this code).
 */
class ChecksumsTest {
    private static final byte[] FIRST = "The quick brown fox ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SECOND = "jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
    private static final List<ChecksumAlgorithm> CRCS = List.of(ChecksumAlgorithm.CRC32, ChecksumAlgorithm.CRC32C,
            ChecksumAlgorithm.CRC64NVME);

    @Test
    void membersAreSpeltAsTheModelsSpellThem() {
        assertEquals("ChecksumCRC32C", Checksums.member(ChecksumAlgorithm.CRC32C));
        assertEquals("ChecksumCRC64NVME", Checksums.member("crc64nvme"));
        CRCS.forEach(crc -> assertTrue(Checksums.combinable(crc), crc::toString));
        assertFalse(Checksums.combinable(ChecksumAlgorithm.SHA256));
    }

    @Test
    void crcsOfPiecesCombineIntoTheCrcOfTheWhole() {
        Random random = new Random(7);
        for (ChecksumAlgorithm algorithm : CRCS) {
            for (int trial = 0; trial < 200; trial++) {
                byte[] data = new byte[random.nextInt(5000)];
                random.nextBytes(data);
                int cut = data.length == 0 ? 0 : random.nextInt(data.length + 1);
                byte[] first = Checksums.of(algorithm, Arrays.copyOfRange(data, 0, cut));
                byte[] second = Checksums.of(algorithm, Arrays.copyOfRange(data, cut, data.length));
                assertArrayEquals(Checksums.of(algorithm, data),
                        Checksums.combine(algorithm, first, second, data.length - cut),
                        algorithm + " of " + data.length + " bytes cut at " + cut);
            }
        }
    }

    @Test
    void combiningHandlesLongPiecesWithoutReadingThem() {
        byte[] mib = new byte[1 << 20];
        new Random(1).nextBytes(mib);
        byte[] sixtyFour = new byte[64 << 20];
        for (int i = 0; i < 64; i++) {
            System.arraycopy(mib, 0, sixtyFour, i << 20, mib.length);
        }
        for (ChecksumAlgorithm algorithm : CRCS) {
            byte[] ofMib = Checksums.of(algorithm, mib);
            byte[] combined = algorithm.newChecksum().digest();
            for (int i = 0; i < 64; i++) {
                combined = Checksums.combine(algorithm, combined, ofMib, mib.length);
            }
            assertArrayEquals(Checksums.of(algorithm, sixtyFour), combined, algorithm::toString);
        }
    }

    @Test
    void compositeChecksumsMatchIndependentVectors() {
        List<byte[]> crcs = List.of(Checksums.of(ChecksumAlgorithm.CRC32, FIRST),
                Checksums.of(ChecksumAlgorithm.CRC32, SECOND));
        assertEquals("iLB14g==", Checksums.base64(crcs.get(0)));
        assertEquals("GHhnlA==", Checksums.base64(crcs.get(1)));
        assertEquals("3uPqzg==-2", Checksums.composite(ChecksumAlgorithm.CRC32, crcs));
        List<byte[]> sha = List.of(Checksums.of(ChecksumAlgorithm.SHA256, FIRST),
                Checksums.of(ChecksumAlgorithm.SHA256, SECOND));
        assertEquals("9d7hWgYbuzPq7sMwvNNJJDT2luWCnWuBhKmWz3o6pXM=-2", Checksums.composite(ChecksumAlgorithm.SHA256, sha));
        assertEquals("QU+jOQ==", Checksums.base64(Checksums.combine(ChecksumAlgorithm.CRC32, crcs.get(0), crcs.get(1),
                SECOND.length)), "and the full-object CRC of the two");
    }
}
