package io.boto4j.s3.internal.transfer;

/**
 * The CRC of two consecutive pieces of data from the CRCs of each, without the data: what lets
 * the ranges of a parallel download, each checked as it arrives, prove the whole object's
 * full-object CRC32 or CRC32C, and what a multipart upload's full-object CRC is made of.
 *
 * <p>Arithmetic on polynomials over GF(2) modulo the CRC's polynomial, in the reflected bit
 * order the JDK's CRC32 and CRC32C use (bit 31 holds x^0): the CRC of A followed by B is
 * {@code crc(A) * x^(8 * len(B)) + crc(B)}, and x to a power of two is squared up a table.
 * The method is zlib's {@code crc32_combine}; this is an implementation of its mathematics.
 */
final class CrcCombine {
    private CrcCombine() {
    }

    /**
     * @param first        the CRC of the first piece
     * @param second       the CRC of the second piece
     * @param secondLength the length of the second piece in bytes
     * @param polynomial   the reflected polynomial ({@code 0xEDB88320} for CRC32, {@code 0x82F63B78} for CRC32C)
     */
    static int combine(int first, int second, long secondLength, int polynomial) {
        if (secondLength < 0) {
            throw new IllegalArgumentException("negative length " + secondLength);
        }
        return multiply(xToThe8nPower(secondLength, polynomial), first, polynomial) ^ second;
    }

    /** {@code a * b} modulo the polynomial. */
    private static int multiply(int a, int b, int polynomial) {
        int product = 0;
        for (int bit = 1 << 31; bit != 0; bit >>>= 1) {
            if ((a & bit) != 0) {
                product ^= b;
            }
            // b times x: a right shift in reflected order, reduced when x^32 would appear.
            b = (b & 1) != 0 ? (b >>> 1) ^ polynomial : b >>> 1;
        }
        return product;
    }

    /** {@code x^(8n)} modulo the polynomial: multiply the powers x^(2^k) whose bits are set in 8n. */
    private static int xToThe8nPower(long n, int polynomial) {
        int result = 1 << 31;                  // x^0
        int power = multiply(1 << 30, 1 << 30, polynomial); // x^2
        power = multiply(power, power, polynomial);         // x^4
        power = multiply(power, power, polynomial);         // x^8: one byte
        for (long bits = n; bits != 0; bits >>>= 1) {
            if ((bits & 1) != 0) {
                result = multiply(power, result, polynomial);
            }
            power = multiply(power, power, polynomial);
        }
        return result;
    }
}
