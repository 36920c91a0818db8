package io.boto4j.cli.transfer;

import java.util.Locale;

/**
 * The text of a progress bar, a pure function of the bytes done, the total and the time taken:
 * {@code [#####-------------------]  21%  21.0 MiB/100.0 MiB  35.2 MiB/s  ETA 0:02}, or, while
 * the total is unknown (a stream), {@code 21.0 MiB  35.2 MiB/s}. Sizes in binary units, as the
 * AWS CLI prints them; the rate is the average since the start; it fits 80 columns.
 */
public final class ProgressLine {
    private static final int BAR = 24;
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    private static final long NANOS = 1_000_000_000L;

    private ProgressLine() {
    }

    /**
     * The line for {@code done} bytes of {@code total} ({@code -1} when unknown) after
     * {@code elapsedNanos}.
     */
    public static String of(long done, long total, long elapsedNanos) {
        double rate = elapsedNanos > 0 ? done * (double) NANOS / elapsedNanos : 0;
        String speed = rate > 0 ? size(Math.round(rate)) + "/s" : "--/s";
        if (total < 0) {
            return size(done) + "  " + speed;
        }
        double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.floor(fraction * BAR);
        String eta = rate > 0 ? duration(Math.round((total - Math.min(done, total)) / rate)) : "--:--";
        return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%", (int) Math.floor(fraction * 100)) + "  "
                + size(done) + "/" + size(total) + "  " + speed + "  ETA " + eta;
    }

    /** A size in binary units with one decimal ({@code 21.0 MiB}); bytes as a whole number ({@code 512 B}). */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** Seconds as {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    public static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
