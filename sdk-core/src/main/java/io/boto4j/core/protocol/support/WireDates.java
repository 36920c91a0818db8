package io.boto4j.core.protocol.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A fast path for the two timestamp forms AWS sends on nearly every response: the HTTP date
 * (IMF-fixdate, {@code Wed, 25 Nov 2026 12:00:00 GMT}, in {@code Date} and
 * {@code Last-Modified}) and ISO-8601 in UTC ({@code 2026-11-25T12:00:00Z}, optionally with a
 * fraction of up to nine digits). The JDK's formatters read them too, but walk a formatter and
 * allocate a parse context and zone rules per value, which showed in the profile of a GetObject.
 *
 * <p>Only text that is exactly one of these forms, with every field in range and (for the HTTP
 * date) the day name matching the date, is read here; anything else returns null and is left to
 * {@link Timestamps#parse}'s general path, so the errors and the lenient cases stay the JDK's.
 */
final class WireDates {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private WireDates() {
    }

    /** The instant {@code s} denotes when it is one of the two forms, else null. */
    static Instant parse(String s) {
        if (s.length() == 29 && s.endsWith(" GMT")) {
            return httpDate(s);
        }
        if (s.length() >= 20 && s.charAt(s.length() - 1) == 'Z' && s.charAt(10) == 'T') {
            return isoUtc(s);
        }
        return null;
    }

    /** {@code EEE, dd MMM yyyy HH:mm:ss GMT}. */
    private static Instant httpDate(String s) {
        if (s.charAt(3) != ',' || s.charAt(4) != ' ' || s.charAt(7) != ' ' || s.charAt(11) != ' '
                || s.charAt(16) != ' ' || s.charAt(19) != ':' || s.charAt(22) != ':') {
            return null;
        }
        int monthIndex = MONTHS.indexOf(s.substring(8, 11));
        if (monthIndex < 0 || monthIndex % 3 != 0) {
            return null;
        }
        LocalDate date = date(digits(s, 12, 4), monthIndex / 3 + 1, digits(s, 5, 2));
        if (date == null) {
            return null;
        }
        DayOfWeek day = date.getDayOfWeek();
        if (!s.regionMatches(0, DAYS[day.ordinal()], 0, 3)) {
            return null; // the formatter decides what a wrong day name means
        }
        return instant(date, digits(s, 17, 2), digits(s, 20, 2), digits(s, 23, 2), 0);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}. */
    private static Instant isoUtc(String s) {
        if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int nanos = 0;
        int end = s.length() - 1; // the 'Z'
        if (end != 19) {
            int fractionDigits = end - 20;
            if (s.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            int fraction = digits(s, 20, fractionDigits);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        LocalDate date = date(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
        return date == null ? null : instant(date, digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2), nanos);
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (day > 28 && day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static Instant instant(LocalDate date, int hour, int minute, int second, int nanos) {
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null; // 24:00 and leap seconds: the formatter's rules
        }
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code s[from, from + count)}, or -1 when any of it is not an ASCII digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
