package io.boto4j.core.protocol.support;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The hand-read HTTP and ISO-8601 dates agree with the JDK's formatters, and odd text still goes to them. */
class TimestampsParseTest {

    @Test
    void httpDatesAgreeWithTheJdkAcrossCenturies() {
        Random random = new Random(20261203);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 8_000_000_000L));
            String text = DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
            if (text.length() != 29) {
                continue; // single-digit days: the formatter's own path
            }
            assertEquals(t, Timestamps.parse(text), text);
        }
    }

    @Test
    void isoDatesAgreeWithTheJdkWithAndWithoutFractions() {
        Random random = new Random(1815);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(0, 8_000_000_000L), random.nextInt(1_000_000_000));
            if (i % 3 == 0) {
                t = Instant.ofEpochSecond(t.getEpochSecond());
            } else if (i % 3 == 1) {
                t = Instant.ofEpochSecond(t.getEpochSecond(), t.getNano() / 1_000_000 * 1_000_000L);
            }
            String text = DateTimeFormatter.ISO_INSTANT.format(t);
            assertEquals(t, Timestamps.parse(text), text);
        }
        assertEquals(Instant.parse("2026-11-25T12:00:00.100Z"), Timestamps.parse("2026-11-25T12:00:00.1Z"));
    }

    @Test
    void theCommonFormsGiveTheirInstants() {
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), Timestamps.parse("Wed, 25 Nov 2026 12:00:00 GMT"));
        assertEquals(Instant.parse("2024-02-29T23:59:59Z"), Timestamps.parse("Thu, 29 Feb 2024 23:59:59 GMT"));
        assertEquals(Instant.parse("2024-02-29T23:59:59.123456789Z"),
                Timestamps.parse("2024-02-29T23:59:59.123456789Z"));
    }

    @Test
    void whatTheFastPathDoesNotTakeStillReadsAsBefore() {
        // Offsets, a space separator, no zone, epoch seconds, a one-digit day: the general path.
        assertEquals(OffsetDateTime.parse("2026-11-25T12:00:00+02:00").toInstant(),
                Timestamps.parse("2026-11-25T12:00:00+02:00"));
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), Timestamps.parse("2026-11-25 12:00:00Z"));
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), Timestamps.parse("2026-11-25T12:00:00"));
        assertEquals(Instant.ofEpochSecond(1_576_540_098L), Timestamps.parse("1576540098"));
        assertEquals(ZonedDateTime.parse("Sun, 1 Nov 2026 12:00:00 GMT", DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant(), Timestamps.parse("Sun, 1 Nov 2026 12:00:00 GMT"));
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), Timestamps.parse("  Wed, 25 Nov 2026 12:00:00 GMT "));
    }

    /** Epoch seconds as text keep every digit of their fraction, as the JSON reader's numbers do (no trip through double). */
    @Test
    void epochSecondsAsTextAreReadExactly() {
        assertEquals(Instant.ofEpochSecond(1_576_540_098L, 123_456_789), Timestamps.parse("1576540098.123456789"));
        assertEquals(Instant.ofEpochSecond(-2L, 999_999_999), Timestamps.parse("-1.000000001"));
        assertThrows(DateTimeException.class, () -> Timestamps.parse("1e999999999"));
    }

    @Test
    void invalidDatesAreRefusedAsTheJdkRefusesThem() {
        // Out-of-range fields and a wrong day name are not read by hand: the JDK's error stands.
        assertThrows(DateTimeException.class, () -> Timestamps.parse("Mon, 25 Nov 2026 12:00:00 GMT"));
        assertThrows(DateTimeException.class, () -> Timestamps.parse("Wed, 25 Foo 2026 12:00:00 GMT"));
        assertThrows(DateTimeException.class, () -> Timestamps.parse("2026-13-25T12:00:00Z"));
        assertThrows(DateTimeException.class, () -> Timestamps.parse("2026-11-25T25:00:00Z"));
    }
}
