package io.boto4j.core.checksums;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * CRC-64/NVME (the NVM Express polynomial {@code 0xAD93D23594C93659}, reflected
 * {@code 0x9A6C9329AC4BC9B5}; initial value and final XOR all ones; check value of
 * {@code "123456789"} {@code 0xAE8B14860A799888}) in pure Java, as S3's {@code CRC64NVME}.
 *
 * <p>The JDK has no CRC-64, and its carry-less multiply is not reachable from Java 17, so this
 * is table driven: slicing-by-8 (eight bytes per step, eight lookups), run on three stretches
 * of a block at once so that the CPU overlaps three independent chains of lookups instead of
 * waiting on one; the three partial CRCs are then joined by advancing the first two over the
 * bytes that follow them ({@link #SHIFT_ONE_LANE}, {@link #SHIFT_TWO_LANES}). That is about
 * twice plain slicing-by-8 on this project's machines (see sdk-bench).
 */
final class Crc64Nvme implements Checksum {
    private static final long POLYNOMIAL_REFLECTED = 0x9A6C9329AC4BC9B5L;

    /** Bytes per lane; a block is three lanes. Large enough to pay for joining the lanes. */
    private static final int LANE = 2048;
    private static final int BLOCK = 3 * LANE;

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Slicing-by-8: table {@code k} (at {@code k * 256}) advances a byte through {@code k} more zero bytes. */
    private static final long[] TABLES = slicingTables();
    /** Advances a CRC register over {@code LANE} zero bytes, one table per register byte. */
    private static final long[] SHIFT_ONE_LANE = shiftTables(LANE);
    private static final long[] SHIFT_TWO_LANES = shiftTables(2 * LANE);

    /** The CRC register, kept inverted between updates as the algorithm runs it. */
    private long register = ~0L;
    private byte[] scratch;

    @Override
    public void update(byte[] data, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, data.length);
        register = update(register, data, off, len);
    }

    @Override
    public void update(ByteBuffer data) {
        if (data.hasArray()) {
            int len = data.remaining();
            register = update(register, data.array(), data.arrayOffset() + data.position(), len);
            data.position(data.limit());
            return;
        }
        if (scratch == null) {
            scratch = new byte[BLOCK];
        }
        while (data.hasRemaining()) {
            int n = Math.min(scratch.length, data.remaining());
            data.get(scratch, 0, n);
            register = update(register, scratch, 0, n);
        }
    }

    /** The CRC of the bytes so far, without resetting. */
    long value() {
        return ~register;
    }

    @Override
    public byte[] digest() {
        long value = value();
        reset();
        byte[] out = new byte[8];
        for (int i = 7; i >= 0; i--) {
            out[i] = (byte) value;
            value >>>= 8;
        }
        return out;
    }

    @Override
    public void reset() {
        register = ~0L;
    }

    private static long update(long register, byte[] data, int off, int len) {
        int end = off + len;
        while (end - off >= BLOCK) {
            long a = register;
            long b = 0;
            long c = 0;
            for (int i = off, stop = off + LANE; i < stop; i += 8) {
                a = step(a ^ (long) LONG_LE.get(data, i));
                b = step(b ^ (long) LONG_LE.get(data, i + LANE));
                c = step(c ^ (long) LONG_LE.get(data, i + 2 * LANE));
            }
            // The register is linear in its start value and the data: lane a's result moved
            // past the two lanes after it, lane b's past one, plus lane c's (started at zero).
            register = shift(SHIFT_TWO_LANES, a) ^ shift(SHIFT_ONE_LANE, b) ^ c;
            off += BLOCK;
        }
        while (end - off >= 8) {
            register = step(register ^ (long) LONG_LE.get(data, off));
            off += 8;
        }
        while (off < end) {
            register = (register >>> 8) ^ TABLES[(int) ((register ^ data[off++]) & 0xFF)];
        }
        return register;
    }

    /** Eight bytes (already XORed into the register) through slicing-by-8. */
    private static long step(long r) {
        return TABLES[7 * 256 + (int) (r & 0xFF)]
                ^ TABLES[6 * 256 + (int) ((r >>> 8) & 0xFF)]
                ^ TABLES[5 * 256 + (int) ((r >>> 16) & 0xFF)]
                ^ TABLES[4 * 256 + (int) ((r >>> 24) & 0xFF)]
                ^ TABLES[3 * 256 + (int) ((r >>> 32) & 0xFF)]
                ^ TABLES[2 * 256 + (int) ((r >>> 40) & 0xFF)]
                ^ TABLES[256 + (int) ((r >>> 48) & 0xFF)]
                ^ TABLES[(int) (r >>> 56)];
    }

    private static long shift(long[] tables, long r) {
        long out = 0;
        for (int k = 0; k < 8; k++) {
            out ^= tables[k * 256 + (int) ((r >>> (8 * k)) & 0xFF)];
        }
        return out;
    }

    private static long[] slicingTables() {
        long[] t = new long[8 * 256];
        for (int n = 0; n < 256; n++) {
            long crc = n;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLYNOMIAL_REFLECTED : crc >>> 1;
            }
            t[n] = crc;
        }
        for (int k = 1; k < 8; k++) {
            for (int n = 0; n < 256; n++) {
                long previous = t[(k - 1) * 256 + n];
                t[k * 256 + n] = (previous >>> 8) ^ t[(int) (previous & 0xFF)];
            }
        }
        return t;
    }

    /**
     * For each byte position of the register and each byte value: that byte alone, advanced
     * over {@code zeros} zero bytes. Advancing is linear, so each entry is the XOR of the
     * advanced single bits it is made of; only the 64 bits are advanced byte by byte.
     */
    private static long[] shiftTables(int zeros) {
        long[] bits = new long[64];
        for (int bit = 0; bit < 64; bit++) {
            long r = 1L << bit;
            for (int i = 0; i < zeros; i++) {
                r = (r >>> 8) ^ TABLES[(int) (r & 0xFF)];
            }
            bits[bit] = r;
        }
        long[] t = new long[8 * 256];
        for (int k = 0; k < 8; k++) {
            for (int v = 0; v < 256; v++) {
                long r = 0;
                for (int b = 0; b < 8; b++) {
                    if ((v & (1 << b)) != 0) {
                        r ^= bits[8 * k + b];
                    }
                }
                t[k * 256 + v] = r;
            }
        }
        return t;
    }
}
