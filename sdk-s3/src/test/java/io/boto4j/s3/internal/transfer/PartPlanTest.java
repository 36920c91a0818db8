package io.boto4j.s3.internal.transfer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How objects are cut into parts: s3transfer's ChunksizeAdjuster rules and the ranges that follow. */
class PartPlanTest {
    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    @Test
    void aPartSizeStaysBetweenFiveMebibytesAndFiveGibibytes() {
        assertEquals(8 * MIB, PartPlan.uploadPartSize(8 * MIB, 100 * MIB));
        assertEquals(5 * MIB, PartPlan.uploadPartSize(1, 100 * MIB));
        assertEquals(5 * GIB, PartPlan.uploadPartSize(6 * GIB, 100 * GIB));
        assertEquals(5 * MIB, PartPlan.uploadPartSize(MIB, -1), "a stream's part size is only bounded");
    }

    @Test
    void aPartSizeDoublesUntilTenThousandPartsHoldTheObject() {
        // 8 MiB x 10,000 = 78.1 GiB: a 100 GiB object needs 16 MiB parts, as s3transfer picks them.
        assertEquals(16 * MIB, PartPlan.uploadPartSize(8 * MIB, 100 * GIB));
        assertEquals(8 * MIB, PartPlan.uploadPartSize(8 * MIB, 10_000 * 8 * MIB));
        assertEquals(16 * MIB, PartPlan.uploadPartSize(8 * MIB, 10_000 * 8 * MIB + 1));
        long fiveTib = 5L << 40;
        long size = PartPlan.uploadPartSize(8 * MIB, fiveTib);
        assertEquals(1024 * MIB, size);
        assertEquals(5120, PartPlan.partCount(fiveTib, size));
    }

    @Test
    void rangesCoverTheObjectOnceWithAShorterLastPart() {
        List<Range> ranges = PartPlan.ranges(25, 10);
        assertEquals(List.of(new Range(1, 0, 10), new Range(2, 10, 10), new Range(3, 20, 5)), ranges);
        assertEquals("bytes=20-24", ranges.get(2).header());
        assertEquals(List.of(new Range(1, 0, 10), new Range(2, 10, 10)), PartPlan.ranges(20, 10));
        assertEquals(List.of(new Range(1, 0, 0)), PartPlan.ranges(0, 10), "an empty object is one empty part");
        assertEquals(1, PartPlan.partCount(0, 10));
        assertEquals(13, PartPlan.partCount(100 * MIB, 8 * MIB));
    }
}
