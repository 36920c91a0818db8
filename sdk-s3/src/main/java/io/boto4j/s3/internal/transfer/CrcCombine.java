package io.boto4j.s3.internal.transfer;

/**
 * The CRC of two consecutive pieces of data from the CRCs of each, without the data, for the
 * reflected CRCs whose initial value and final XOR are all ones (CRC32, CRC32C, CRC64NVME).
 *
 * <p>Arithmetic on polynomials over GF(2) modulo the CRC's polynomial, in the reflected bit order
 * (the top bit of the register holds x^0): the CRC of A followed by B is
 * {@code crc(A) * x^(8 * len(B)) + crc(B)}, and x to the power of {@code 8 * len(B)} is built by
 * squaring. The method is zlib's {@code crc32_combine}; this is an implementation of its
 * mathematics, for 32- and 64-bit CRCs.
 */
final class CrcCombine {
    private CrcCombine() {
    }

    /**
     * @param first        the CRC of the first piece (in the low {@code width} bits)
     * @param second       the CRC of the second piece
     * @param secondLength the length of the second piece in bytes
     * @param polynomial   the reflected polynomial ({@code 0xEDB88320} for CRC32, {@code 0x82F63B78}
     *                     for CRC32C, {@code 0x9A6C9329AC4BC9B5} for CRC64NVME)
     * @param width        the CRC's width in bits: 32 or 64
     */
    static long combine(long first, long second, long secondLength, long polynomial, int width) {
        if (secondLength < 0) {
            throw new IllegalArgumentException("negative length " + secondLength);
        }
        if (width != 32 && width != 64) {
            throw new IllegalArgumentException("width must be 32 or 64: " + width);
        }
        return multiply(xToThe8nPower(secondLength, polynomial, width), first, polynomial, width) ^ second;
    }

    /** {@code a * b} modulo the polynomial. */
    private static long multiply(long a, long b, long polynomial, int width) {
        long product = 0;
        for (long bit = 1L << (width - 1); bit != 0; bit >>>= 1) {
            if ((a & bit) != 0) {
                product ^= b;
            }
            // b times x: a right shift in reflected order, reduced when x^width would appear.
            b = (b & 1) != 0 ? (b >>> 1) ^ polynomial : b >>> 1;
        }
        return product;
    }

    /** {@code x^(8n)} modulo the polynomial: the product of the powers x^(8 * 2^k) whose bits are set in n. */
    private static long xToThe8nPower(long n, long polynomial, int width) {
        long one = 1L << (width - 1);           // x^0
        long power = one >>> 1;                 // x^1
        for (int i = 0; i < 3; i++) {
            power = multiply(power, power, polynomial, width); // x^2, x^4, x^8: one byte
        }
        long result = one;
        for (long bits = n; bits != 0; bits >>>= 1) {
            if ((bits & 1) != 0) {
                result = multiply(power, result, polynomial, width);
            }
            power = multiply(power, power, polynomial, width);
        }
        return result;
    }
}
