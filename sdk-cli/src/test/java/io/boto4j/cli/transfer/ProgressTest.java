package io.boto4j.cli.transfer;

import io.boto4j.s3.TransferProgress;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The progress line as a pure function of bytes and time, and the bar that redraws it in place. */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long MIB = 1L << 20;

    @Test
    void theLineShowsTheBarThePercentageTheSizesTheRateAndTheEta() {
        assertEquals("[#####-------------------]  21%  21.0 MiB/100.0 MiB  10.5 MiB/s  ETA 0:08",
                ProgressLine.of(21 * MIB, 100 * MIB, 2 * SECOND));
        assertEquals("[------------------------]   0%  0 B/1.0 GiB  --/s  ETA --:--",
                ProgressLine.of(0, 1L << 30, 0));
        assertEquals("[########################] 100%  5.0 KiB/5.0 KiB  5.0 KiB/s  ETA 0:00",
                ProgressLine.of(5 << 10, 5 << 10, SECOND));
        assertEquals("[########################] 100%  0 B/0 B  --/s  ETA --:--", ProgressLine.of(0, 0, SECOND));
    }

    @Test
    void aStreamOfUnknownLengthShowsBytesAndRateOnly() {
        assertEquals("3.0 MiB  1.5 MiB/s", ProgressLine.of(3 * MIB, -1, 2 * SECOND));
    }

    @Test
    void sizesAndDurationsReadAsTheAwsCliWritesThem() {
        assertEquals("1023 B", ProgressLine.size(1023));
        assertEquals("1.0 KiB", ProgressLine.size(1024));
        assertEquals("1.5 GiB", ProgressLine.size(3L << 29));
        assertEquals("0:59", ProgressLine.duration(59));
        assertEquals("2:05", ProgressLine.duration(125));
        assertEquals("1:00:01", ProgressLine.duration(3601));
    }

    @Test
    void theBarRedrawsInPlaceAtMostTenTimesASecondAndIsBlankedAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong(0);
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get);

        bar.transferStarted(new TransferProgress(0, 10 * MIB, 0, 2));
        now.set(SECOND / 20);
        bar.bytesTransferred(MIB, new TransferProgress(MIB, 10 * MIB, 0, 2)); // too soon: not drawn
        now.set(SECOND);
        bar.bytesTransferred(4 * MIB, new TransferProgress(5 * MIB, 10 * MIB, 1, 2));
        bar.transferCompleted(new TransferProgress(10 * MIB, 10 * MIB, 2, 2));

        String first = "[------------------------]   0%  0 B/10.0 MiB  --/s  ETA --:--";
        String second = "[############------------]  50%  5.0 MiB/10.0 MiB  5.0 MiB/s  ETA 0:01";
        String drawn = "\r" + first + "\r" + second + " ".repeat(Math.max(0, first.length() - second.length()))
                + "\r" + " ".repeat(second.length()) + "\r";
        assertEquals(drawn, bytes.toString(StandardCharsets.UTF_8));
        bar.clear();
        assertEquals(drawn, bytes.toString(StandardCharsets.UTF_8), "clearing twice draws nothing more");
    }
}
