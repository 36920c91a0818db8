package io.boto4j.cli.values;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Timestamps as a user types them: ISO-8601 (with or without an offset; UTC assumed) or epoch seconds. */
public final class TimestampText {
    private TimestampText() {
    }

    /** @throws IllegalArgumentException naming the accepted forms */
    public static Instant parse(String text) {
        String t = text.trim();
        if (t.matches("-?\\d+(\\.\\d+)?")) {
            return epochSeconds(new BigDecimal(t));
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // try the forms without an offset
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try a date alone
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a timestamp: use ISO-8601"
                    + " (2026-11-25T12:00:00Z) or epoch seconds");
        }
    }

    public static Instant epochSeconds(BigDecimal seconds) {
        BigDecimal whole = new BigDecimal(seconds.toBigInteger());
        long nanos = seconds.subtract(whole).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }
}
