package io.boto4j.bench.harness;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latencies in nanoseconds, in log-linear buckets of about 1.6 % width (64 per power of two),
 * recorded without locks from any thread. A tiny stand-in for HdrHistogram, which the harness
 * does without to keep every client's class path to its own stack.
 */
final class Histogram {
    private static final int SUB_BITS = 6;
    private static final int SUB_COUNT = 1 << SUB_BITS;
    private final AtomicLongArray counts = new AtomicLongArray((64 - SUB_BITS + 1) * SUB_COUNT);

    void record(long nanos) {
        counts.incrementAndGet(index(Math.max(0, nanos)));
    }

    static int index(long value) {
        if (value < SUB_COUNT) {
            return (int) value;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(value); // >= SUB_BITS
        int shift = exponent - SUB_BITS;
        int sub = (int) (value >>> shift) & (SUB_COUNT - 1);
        return (shift + 1) * SUB_COUNT + sub;
    }

    /** The smallest value that falls in bucket {@code index}. */
    static long lowerBound(int index) {
        if (index < SUB_COUNT) {
            return index;
        }
        int shift = index / SUB_COUNT - 1;
        long sub = index % SUB_COUNT;
        return (SUB_COUNT + sub) << shift;
    }

    long count() {
        long n = 0;
        for (int i = 0; i < counts.length(); i++) {
            n += counts.get(i);
        }
        return n;
    }

    /** The value at {@code quantile} (0..1): the middle of its bucket; 0 when empty. */
    long valueAt(double quantile) {
        long total = count();
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(quantile * total));
        long seen = 0;
        for (int i = 0; i < counts.length(); i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                long low = lowerBound(i);
                long high = i + 1 < counts.length() ? lowerBound(i + 1) : low;
                return (low + high) / 2;
            }
        }
        return lowerBound(counts.length() - 1);
    }

    long max() {
        for (int i = counts.length() - 1; i >= 0; i--) {
            if (counts.get(i) > 0) {
                return i + 1 < counts.length() ? lowerBound(i + 1) - 1 : lowerBound(i);
            }
        }
        return 0;
    }
}
