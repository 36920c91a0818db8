package io.boto4j.core.auth.signer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** SigV4's basic ISO-8601 time ({@code 20150830T123600Z}) without a formatter on the hot path. */
final class AmzDate {
    /** The last second formatted: every call signed within the same second shares its text. */
    private static volatile Formatted last = new Formatted(Long.MIN_VALUE, null);

    private record Formatted(long epochSecond, String text) {
    }

    private AmzDate() {
    }

    /** {@code yyyyMMdd'T'HHmmss'Z'} in UTC. */
    static String format(Instant instant) {
        long second = instant.getEpochSecond();
        Formatted f = last;
        if (f.epochSecond() == second) {
            return f.text();
        }
        String text = format(second);
        last = new Formatted(second, text);
        return text;
    }

    private static String format(long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        char[] c = new char[16];
        put4(c, 0, t.getYear());
        put2(c, 4, t.getMonthValue());
        put2(c, 6, t.getDayOfMonth());
        c[8] = 'T';
        put2(c, 9, t.getHour());
        put2(c, 11, t.getMinute());
        put2(c, 13, t.getSecond());
        c[15] = 'Z';
        return new String(c);
    }

    /** The date part ({@code yyyyMMdd}) of a formatted time. */
    static String dateStamp(String amzDate) {
        return amzDate.substring(0, 8);
    }

    private static void put2(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    private static void put4(char[] c, int at, int v) {
        put2(c, at, v / 100);
        put2(c, at + 2, v % 100);
    }
}
