package io.boto4j.examples.demo;

import io.boto4j.s3.TransferListener;
import io.boto4j.s3.TransferProgress;

import java.util.Locale;

/**
 * A transfer's progress as a bar: {@code [##########..........]  50%  32.0/64.0 MiB  4/8 parts}.
 * On a terminal it is redrawn in place as S3 acknowledges parts; elsewhere it is printed at each
 * quarter, so that a log stays short. The transfer calls it one event at a time.
 */
final class ProgressBar implements TransferListener {
    private static final int WIDTH = 32;
    private static final int QUARTERS = 4;

    private final Narrator narrator;
    private long startNanos;
    private int lastPercent = -1;
    private int lastQuarter;

    ProgressBar(Narrator narrator) {
        this.narrator = narrator;
    }

    @Override
    public void transferStarted(TransferProgress progress) {
        startNanos = System.nanoTime();
        if (narrator.interactive()) {
            narrator.redraw(bar(progress), false);
        }
    }

    @Override
    public void bytesTransferred(long bytes, TransferProgress progress) {
        double fraction = progress.fraction();
        if (fraction < 0 || fraction >= 1) {
            return;  // unknown total; the end is drawn by transferCompleted
        }
        if (narrator.interactive()) {
            int percent = (int) (fraction * 100);
            if (percent != lastPercent) {
                lastPercent = percent;
                narrator.redraw(bar(progress), false);
            }
        } else {
            int quarter = (int) (fraction * QUARTERS);
            if (quarter > lastQuarter) {
                lastQuarter = quarter;
                narrator.redraw(bar(progress), false);
            }
        }
    }

    @Override
    public void transferCompleted(TransferProgress progress) {
        long nanos = System.nanoTime() - startNanos;
        double mibPerSecond = progress.bytesTransferred() / (1024.0 * 1024) / Math.max(nanos / 1e9, 1e-3);
        narrator.redraw(bar(progress) + String.format(Locale.ROOT, "  in %s, %.0f MiB/s",
                Narrator.seconds(nanos), mibPerSecond), true);
    }

    @Override
    public void transferFailed(TransferProgress progress, Throwable cause) {
        narrator.redraw(bar(progress) + "  stopped", true);
    }

    /** The bar, its percentage, the bytes and the parts. */
    static String bar(TransferProgress progress) {
        double fraction = Math.max(0, Math.min(1, progress.fraction()));
        int filled = (int) Math.round(fraction * WIDTH);
        StringBuilder line = new StringBuilder("[").append("#".repeat(filled)).append(".".repeat(WIDTH - filled))
                .append(String.format(Locale.ROOT, "] %3d%%  ", (int) Math.floor(fraction * 100)))
                .append(Narrator.mib(progress.bytesTransferred()).replace(" MiB", ""))
                .append('/').append(Narrator.mib(Math.max(progress.totalBytes(), 0)));
        if (progress.totalParts() > 0) {
            line.append("  ").append(progress.partsCompleted()).append('/').append(progress.totalParts()).append(" parts");
        }
        return line.toString();
    }
}
