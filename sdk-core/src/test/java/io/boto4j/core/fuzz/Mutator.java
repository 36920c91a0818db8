package io.boto4j.core.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Turns a valid body into a hostile one: one to four mutations drawn from bit flips, bytes set
 * to telling values, truncation, duplication, splicing with another body, deletion, the
 * dialect's hostile fragments, deep nesting, invalid UTF-8 and (through {@link TypeSwapper})
 * values of the wrong type. Deterministic for a given random source.
 */
public final class Mutator {
    private static final byte[] INTERESTING = {0, (byte) 0xFF, 0x7F, (byte) 0x80, '<', '>', '{', '}', '[', ']',
            '"', '&', ';', '\\', '\n', '\r', (byte) 0xC0, (byte) 0xF8, '9', '-', '.', 'e'};
    private static final byte[][] INVALID_UTF8 = {{(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xFF},
            {(byte) 0xE2, (byte) 0x82}};
    /** Far past every nesting bound, and yet a small body. */
    private static final int[] NESTING = {200, 255, 256, 257, 1000, 5000, 20000};

    private final Dialect dialect;
    private final TypeSwapper swapper;

    public Mutator(Dialect dialect, TypeSwapper swapper) {
        this.dialect = dialect;
        this.swapper = swapper;
    }

    /** Swaps a value for one of another type; returns the input unchanged when it cannot. */
    @FunctionalInterface
    public interface TypeSwapper {
        byte[] swap(byte[] body, SplittableRandom random);

        TypeSwapper NONE = (body, random) -> body;
    }

    /**
     * A mutant of {@code body}; {@code partner} supplies another valid body to splice with (called
     * only when a splice is drawn: building one costs more than the mutation).
     */
    public byte[] mutate(byte[] body, Supplier<byte[]> partner, SplittableRandom random) {
        byte[] b = body;
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            b = once(b, partner, random);
        }
        return b;
    }

    private byte[] once(byte[] b, Supplier<byte[]> partner, SplittableRandom random) {
        switch (random.nextInt(12)) {
            case 0:
                return flipBits(b, random);
            case 1:
                return setBytes(b, random);
            case 2:
                return b.length == 0 ? b : Arrays.copyOf(b, random.nextInt(b.length));
            case 3:
                return duplicate(b, random);
            case 4:
                return splice(b, partner.get(), random);
            case 5:
                return delete(b, random);
            case 6:
            case 7:
                return insert(b, pick(dialect.tokens(), random), random);
            case 8:
                return nest(b, random);
            case 9:
                return insert(b, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)], random);
            default:
                return swapper.swap(b, random);
        }
    }

    private static byte[] pick(List<byte[]> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    private static byte[] flipBits(byte[] b, SplittableRandom random) {
        if (b.length == 0) {
            return b;
        }
        byte[] out = b.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private static byte[] setBytes(byte[] b, SplittableRandom random) {
        if (b.length == 0) {
            return b;
        }
        byte[] out = b.clone();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out[random.nextInt(out.length)] = INTERESTING[random.nextInt(INTERESTING.length)];
        }
        return out;
    }

    /** A range copied elsewhere, sometimes many times over (a body that repeats itself). */
    private static byte[] duplicate(byte[] b, SplittableRandom random) {
        if (b.length == 0) {
            return b;
        }
        int from = random.nextInt(b.length);
        int len = 1 + random.nextInt(Math.min(b.length - from, 256));
        byte[] range = Arrays.copyOfRange(b, from, from + len);
        int times = random.nextInt(8) == 0 ? 1 + random.nextInt(2000) : 1;
        ByteArrayOutputStream repeated = new ByteArrayOutputStream();
        for (int i = 0; i < times; i++) {
            repeated.writeBytes(range);
        }
        return insert(b, repeated.toByteArray(), random);
    }

    private static byte[] splice(byte[] a, byte[] other, SplittableRandom random) {
        int cutA = a.length == 0 ? 0 : random.nextInt(a.length + 1);
        int cutB = other.length == 0 ? 0 : random.nextInt(other.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(a, 0, cutA);
        out.write(other, cutB, other.length - cutB);
        return out.toByteArray();
    }

    private static byte[] delete(byte[] b, SplittableRandom random) {
        if (b.length == 0) {
            return b;
        }
        int from = random.nextInt(b.length);
        int len = 1 + random.nextInt(Math.min(b.length - from, 64));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, from);
        out.write(b, from + len, b.length - from - len);
        return out.toByteArray();
    }

    static byte[] insert(byte[] b, byte[] piece, SplittableRandom random) {
        int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + piece.length);
        out.write(b, 0, at);
        out.writeBytes(piece);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    /** The dialect's opening fragment many times at one place, and (sometimes) as many closings after. */
    private byte[] nest(byte[] b, SplittableRandom random) {
        if (dialect.open().length == 0) {
            return insert(b, pick(dialect.tokens(), random), random);
        }
        int depth = NESTING[random.nextInt(NESTING.length)];
        int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        for (int i = 0; i < depth; i++) {
            out.writeBytes(dialect.open());
        }
        if (random.nextBoolean()) {
            for (int i = 0; i < depth; i++) {
                out.writeBytes(dialect.close());
            }
        }
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }
}
