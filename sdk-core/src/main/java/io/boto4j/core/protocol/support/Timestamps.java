package io.boto4j.core.protocol.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The three wire formats of timestamps, written strictly and read leniently as botocore does. */
public final class Timestamps {
    /** The model's {@code timestampFormat} for ISO 8601: {@code 2019-12-16T23:48:18Z}. */
    public static final String ISO_8601 = "iso8601";
    /** The model's {@code timestampFormat} for HTTP dates: {@code Mon, 16 Dec 2019 23:48:18 GMT}. */
    public static final String RFC_822 = "rfc822";
    /** The model's {@code timestampFormat} for epoch seconds: {@code 1576540098}. */
    public static final String UNIX = "unixTimestamp";

    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private static final BigDecimal MIN_EPOCH_SECONDS = BigDecimal.valueOf(Instant.MIN.getEpochSecond());
    private static final BigDecimal MAX_EPOCH_SECONDS = BigDecimal.valueOf(Instant.MAX.getEpochSecond());
    /** Below half a nanosecond, a fraction rounds to none. */
    private static final BigDecimal SUB_NANOSECOND = new BigDecimal("0.5e-9");

    private Timestamps() {
    }

    /**
     * Formats {@code t} in {@code format} as botocore does: to the microsecond (the precision of
     * Python's datetime; finer digits are dropped), fractional digits only when present, and
     * whole seconds for RFC 822.
     *
     * @param t      the instant
     * @param format {@link #ISO_8601}, {@link #RFC_822} or {@link #UNIX}; any other value gives ISO 8601
     * @return the text, in UTC
     */
    public static String format(Instant t, String format) {
        switch (format) {
            case RFC_822:
                return HTTP_DATE.format(t);
            case UNIX:
                return unixSeconds(t);
            case ISO_8601:
            default:
                return iso8601(t);
        }
    }

    /**
     * {@code t} in ISO 8601, UTC, to the microsecond.
     *
     * @param t the instant
     * @return {@code 2019-12-16T23:48:18Z}, or with six fractional digits ({@code ...18.123000Z})
     *         when it has any microseconds
     */
    public static String iso8601(Instant t) {
        return (t.getNano() / 1000 == 0 ? ISO_SECONDS : ISO_MICROS).format(t);
    }

    /**
     * Epoch seconds, with up to six fractional digits when present ({@code 1576540098.5}).
     *
     * @param t the instant
     * @return the seconds in plain notation, trailing zeros of the fraction removed
     */
    public static String unixSeconds(Instant t) {
        long micros = t.getNano() / 1000;
        if (micros == 0) {
            return Long.toString(t.getEpochSecond());
        }
        return BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(micros, 6)).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * An instant from epoch seconds given as a number (may have a fraction).
     *
     * @param seconds the seconds since 1970-01-01T00:00:00Z; the fraction is rounded to the nanosecond
     * @return the instant
     * @throws java.time.DateTimeException when the seconds are outside the range of an instant
     */
    public static Instant fromEpochSeconds(double seconds) {
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1_000_000_000L);
        return Instant.ofEpochSecond(whole, nanos);
    }

    /**
     * Parses any of the formats AWS services send: ISO-8601 (with or without fraction, Z or an
     * offset; without an offset, UTC), RFC-822/HTTP dates, or epoch seconds as text.
     *
     * @param text the timestamp's text; surrounding blanks are ignored
     * @return the instant
     * @throws java.time.format.DateTimeParseException when the text is empty or in none of the formats
     * @throws NumberFormatException when epoch seconds are not a number
     * @throws java.time.DateTimeException when epoch seconds are outside the range of an instant
     */
    public static Instant parse(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new DateTimeParseException("empty timestamp", text, 0);
        }
        // The two forms services send on nearly every response (Last-Modified, Date, JSON and
        // XML timestamps) are read by hand; anything else goes to the JDK's formatters.
        Instant fast = WireDates.parse(s);
        if (fast != null) {
            return fast;
        }
        char c0 = s.charAt(0);
        if (Character.isDigit(c0) || c0 == '-') {
            if (s.indexOf('T') > 0 || (s.indexOf('-', 1) > 0 && s.indexOf(':') > 0)) {
                return parseIso(s);
            }
            return fromEpochSeconds(new BigDecimal(TextValues.numberText(s))); // exact, as the JSON reader's numbers
        }
        return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    private static Instant parseIso(String s) {
        String norm = s.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(norm, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // No zone: AWS means UTC.
            return java.time.LocalDateTime.parse(norm, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        }
    }

    /**
     * A timestamp input value as an instant: an {@link Instant}, a {@link java.util.Date}, any
     * {@link java.time.temporal.TemporalAccessor} with an instant (ZonedDateTime, OffsetDateTime),
     * a number of epoch seconds, or text in one of the formats {@link #parse(String)} reads.
     *
     * @param value the caller's value, not null
     * @return the instant
     * @throws IllegalArgumentException when the value's type cannot be a timestamp
     * @throws java.time.DateTimeException when a temporal has no instant, or text does not parse
     */
    public static Instant toInstant(Object value) {
        if (value instanceof Instant t) {
            return t;
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        if (value instanceof java.time.temporal.TemporalAccessor ta) {
            return Instant.from(ta);
        }
        if (value instanceof BigDecimal bd) {
            return fromEpochSeconds(bd);
        }
        if (value instanceof Number n) {
            return n instanceof Double || n instanceof Float ? fromEpochSeconds(n.doubleValue())
                    : Instant.ofEpochSecond(n.longValue());
        }
        if (value instanceof CharSequence s) {
            return parse(s.toString());
        }
        throw new IllegalArgumentException("cannot use a " + value.getClass().getSimpleName() + " as a timestamp");
    }

    /**
     * An instant from exact epoch seconds (no binary rounding of the fraction).
     *
     * @param seconds the seconds since 1970-01-01T00:00:00Z; the fraction is rounded half up
     *                to the nanosecond
     * @return the instant
     * @throws java.time.DateTimeException when the seconds are outside the range of an instant
     */
    public static Instant fromEpochSeconds(BigDecimal seconds) {
        // Range first, by comparisons whose cost does not grow with the exponent: rescaling
        // 1e-999999999 or 1e999999999 would take a power of ten with a billion digits.
        if (seconds.compareTo(MIN_EPOCH_SECONDS) < 0 || seconds.compareTo(MAX_EPOCH_SECONDS) > 0) {
            throw new java.time.DateTimeException("epoch seconds " + ResponseParsing.quote(seconds.toString())
                    + " are outside the range of an instant");
        }
        if (seconds.abs().compareTo(SUB_NANOSECOND) < 0) {
            return Instant.EPOCH; // rounds to no nanoseconds; its scale may be huge
        }
        // Now the magnitude is bounded on both sides, so the scale is bounded by the precision.
        BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
        long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }
}
