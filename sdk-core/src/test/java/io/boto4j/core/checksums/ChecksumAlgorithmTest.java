package io.boto4j.core.checksums;

import io.boto4j.core.SdkClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The algorithms against published vectors: CRC check values ("123456789"), the CRC-64/NVME
 * vectors of the AWS common runtime's tests, and for the JDK-backed ones the values Python's
 * zlib and hashlib give (the same libraries botocore uses without awscrt).
 */
class ChecksumAlgorithmTest {

    @ParameterizedTest(name = "{0}({1})")
    @CsvSource(delimiter = '|', value = {
        "CRC32     | 123456789   | y/Q5Jg==",
        "CRC32     | hello world | DUoRhQ==",
        "CRC32     | Hello world | i9aeUg==",
        "CRC32     | ''          | AAAAAA==",
        "CRC32C    | 123456789   | 4waSgw==",
        "CRC32C    | ''          | AAAAAA==",
        "CRC64NVME | 123456789   | rosUhgp5mIg=",
        "CRC64NVME | ''          | AAAAAAAAAAA=",
        "SHA1      | hello world | Kq5sNclPz7QV2+lfQIuc6R7oRu0=",
        "SHA1      | ''          | 2jmj7l5rSw0yVb/vlWAYkK/YBwk=",
        "SHA256    | hello world | uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=",
        "SHA256    | ''          | 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
        "SHA512    | 123456789   | 2eZ2LdHI6vbWGzxhkvxAjU1tXxF20MKRabwk5xw/J0rSf81YEbMT1oH35V7ALXPUmclUVba1u1A6z1dPuo/+hQ==",
    })
    void knownValues(ChecksumAlgorithm algorithm, String text, String base64) {
        assertEquals(base64, algorithm.base64Of(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void crc64NvmeMatchesTheCommonRuntimeVectors() {
        assertEquals(0xAE8B14860A799888L, crc64("123456789".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(0xCF3473434D4ECF3BL, crc64(new byte[32]));
        byte[] counting = new byte[32];
        for (int i = 0; i < 32; i++) {
            counting[i] = (byte) i;
        }
        assertEquals(0xB9D9D4A8492CBD7FL, crc64(counting));
        assertEquals(0x0C1A80036D65C555L, crc64("aaaaaaaaaa".getBytes(StandardCharsets.US_ASCII)));
        // `echo 'Hello, World!' | crc64nvme | base64`: the big-endian bytes, base64.
        assertEquals("SoXXbx67KpE=", ChecksumAlgorithm.CRC64NVME.base64Of("Hello, World!\n".getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * The three-lane block path against the textbook bit-at-a-time definition, for lengths
     * around the block size (6 KiB) and any split of the input into updates.
     */
    @Test
    void crc64NvmeAgreesWithTheBitwiseDefinitionForAnyLengthAndSplit() {
        Random random = new Random(42);
        byte[] data = new byte[3 * 6144 + 77];
        random.nextBytes(data);
        int[] lengths = {0, 1, 7, 8, 9, 63, 2048, 6143, 6144, 6145, 12288 + 5, data.length};
        for (int length : lengths) {
            for (int offset : new int[] {0, 1, 5}) {
                int len = Math.min(length, data.length - offset);
                long expected = bitwiseCrc64(data, offset, len);
                Crc64Nvme whole = new Crc64Nvme();
                whole.update(data, offset, len);
                assertEquals(expected, whole.value(), "length " + len + " at " + offset);

                Crc64Nvme pieces = new Crc64Nvme();
                int at = offset;
                int end = offset + len;
                while (at < end) {
                    int n = Math.min(end - at, 1 + random.nextInt(7000));
                    pieces.update(data, at, n);
                    at += n;
                }
                assertEquals(expected, pieces.value(), "length " + len + " in pieces");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void byteBuffersOfEveryKindGiveTheArrayResultAndAreConsumed(ChecksumAlgorithm algorithm) {
        byte[] data = new byte[20_000];
        new Random(7).nextBytes(data);
        String expected = algorithm.base64Of(data);

        ByteBuffer direct = ByteBuffer.allocateDirect(data.length + 10);
        direct.position(10);
        direct.put(data).flip().position(10);
        Checksum fromDirect = algorithm.newChecksum();
        fromDirect.update(direct);
        assertFalse(direct.hasRemaining(), "the buffer is consumed, as the JDK's checksums do");
        assertEquals(expected, fromDirect.base64());

        byte[] padded = new byte[data.length + 20];
        System.arraycopy(data, 0, padded, 13, data.length);
        ByteBuffer slice = ByteBuffer.wrap(padded, 3, data.length + 10).slice().position(10);
        Checksum fromSlice = algorithm.newChecksum();
        fromSlice.update(slice.asReadOnlyBuffer());
        assertEquals(expected, fromSlice.base64(), "read-only buffers have no accessible array");
        Checksum fromHeap = algorithm.newChecksum();
        fromHeap.update(slice);
        assertEquals(expected, fromHeap.base64());
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void digestStartsOverAndTheLengthsAreThoseOfTheWire(ChecksumAlgorithm algorithm) {
        Checksum c = algorithm.newChecksum();
        c.update(new byte[] {1, 2, 3});
        byte[] first = c.digest();
        assertEquals(algorithm.digestLength(), first.length);
        assertEquals(algorithm.base64Length(), Base64.getEncoder().encodeToString(first).length());
        c.update(new byte[] {1, 2, 3});
        assertArrayEquals(first, c.digest(), "digest() starts over");
        c.update(new byte[] {9});
        c.reset();
        assertEquals(algorithm.base64Of(new byte[0]), c.base64());
    }

    @Test
    void namesAreThoseOfTheModelsAndHeaders() {
        assertEquals(ChecksumAlgorithm.CRC64NVME, ChecksumAlgorithm.of("crc64nvme"));
        assertEquals(ChecksumAlgorithm.CRC32C, ChecksumAlgorithm.of("CRC32C"));
        assertEquals("x-amz-checksum-crc64nvme", ChecksumAlgorithm.CRC64NVME.headerName());
        assertEquals("SHA256", ChecksumAlgorithm.SHA256.modelName());
        assertEquals(ChecksumAlgorithm.SHA1, ChecksumAlgorithm.fromHeaderName("X-Amz-Checksum-SHA1").orElseThrow());
        assertTrue(ChecksumAlgorithm.fromHeaderName("x-amz-checksum-mode").isEmpty());
        assertTrue(ChecksumAlgorithm.find(null).isEmpty());
    }

    @Test
    void anUnknownAlgorithmIsRefusedNamingTheSupportedOnes() {
        SdkClientException e = assertThrows(SdkClientException.class,
                () -> ChecksumAlgorithm.of("XXHASH64", "s3.PutObject parameter ChecksumAlgorithm"));
        assertEquals("Unsupported checksum algorithm 'XXHASH64' in s3.PutObject parameter ChecksumAlgorithm"
                + " (supported: CRC32, CRC32C, CRC64NVME, SHA1, SHA256, SHA512)", e.getMessage());
        assertThrows(SdkClientException.class, () -> ChecksumAlgorithm.of("md5"));
    }

    @Test
    void contentMd5() {
        assertEquals("1B2M2Y8AsgTpgAmY7PhCfg==", ContentMd5.base64Of(new byte[0]));
        assertEquals("XrY7u+Ae7tCTyyK7j1rNww==", ContentMd5.base64Of("hello world".getBytes(StandardCharsets.US_ASCII)));
        Checksum md5 = ContentMd5.newChecksum();
        md5.update(ByteBuffer.wrap("hello ".getBytes(StandardCharsets.US_ASCII)));
        md5.update("world".getBytes(StandardCharsets.US_ASCII));
        assertEquals("5eb63bbbe01eeed093cb22bb8f5acdc3", HexFormat.of().formatHex(md5.digest()));
    }

    private static long crc64(byte[] data) {
        Crc64Nvme c = new Crc64Nvme();
        c.update(data);
        return c.value();
    }

    /** CRC-64/NVME by its definition: reflected, one bit at a time. */
    static long bitwiseCrc64(byte[] data, int off, int len) {
        long crc = ~0L;
        for (int i = off; i < off + len; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x9A6C9329AC4BC9B5L : crc >>> 1;
            }
        }
        return ~crc;
    }
}
