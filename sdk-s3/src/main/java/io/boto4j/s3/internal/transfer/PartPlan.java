package io.boto4j.s3.internal.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * How an object is cut into parts, with S3's multipart limits applied as s3transfer applies them
 * (its {@code ChunksizeAdjuster}): a part size is doubled until the object needs no more than
 * 10,000 parts, then kept between 5 MiB and 5 GiB. Pure functions.
 */
final class PartPlan {
    /** S3's smallest part (but the last). */
    static final long MIN_PART_SIZE = 5L << 20;
    /** S3's largest part. */
    static final long MAX_PART_SIZE = 5L << 30;
    /** S3's most parts in one upload. */
    static final int MAX_PARTS = 10_000;

    private static final System.Logger LOG = System.getLogger("io.boto4j.s3.transfer");

    private PartPlan() {
    }

    /**
     * The part size an upload or copy of {@code objectSize} bytes uses when {@code requested} is
     * asked for; {@code objectSize} -1 means unknown (a stream), which only keeps it within limits.
     */
    static long uploadPartSize(long requested, long objectSize) {
        long size = requested;
        if (objectSize > 0) {
            while (partCount(objectSize, size) > MAX_PARTS) {
                size *= 2;
            }
        }
        long bounded = Math.max(MIN_PART_SIZE, Math.min(MAX_PART_SIZE, size));
        if (bounded != requested) {
            LOG.log(System.Logger.Level.DEBUG, "part size {0} adjusted to {1} for an object of {2} bytes"
                    + " (parts of 5 MiB to 5 GiB, at most 10,000 of them)", requested, bounded, objectSize);
        }
        return bounded;
    }

    /** How many parts of {@code partSize} hold {@code objectSize} bytes (at least one). */
    static long partCount(long objectSize, long partSize) {
        return Math.max(1, (objectSize + partSize - 1) / partSize);
    }

    /** The parts of {@code partSize} (the last one shorter) that cover {@code objectSize} bytes. */
    static List<Range> ranges(long objectSize, long partSize) {
        long count = partCount(objectSize, partSize);
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(objectSize + " bytes in parts of " + partSize + " is too many parts");
        }
        List<Range> ranges = new ArrayList<>((int) count);
        for (int i = 0; i < count; i++) {
            long offset = i * partSize;
            ranges.add(new Range(i + 1, offset, Math.min(partSize, objectSize - offset)));
        }
        return ranges;
    }
}
