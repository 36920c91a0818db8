package io.boto4j.core.retry;

import io.boto4j.core.http.Headers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClockSkewTest {
    private static final Instant LOCAL = Instant.parse("2026-11-25T12:00:00Z");

    private static AttemptOutcome skewError(String code, String date) {
        Headers headers = new Headers();
        if (date != null) {
            headers.set("Date", date);
        }
        return AttemptOutcome.serviceError(403, code, headers);
    }

    @Test
    void correctsAServerAheadByTenMinutes() {
        AttemptOutcome outcome = skewError("RequestTimeTooSkewed", "Wed, 25 Nov 2026 12:10:00 GMT");
        assertEquals(Optional.of(Duration.ofMinutes(10)), ClockSkew.correction(outcome, LOCAL, Duration.ZERO));
    }

    @Test
    void correctsAServerBehindAndReplacesAnOldOffset() {
        AttemptOutcome outcome = skewError("SignatureDoesNotMatch", "Wed, 25 Nov 2026 11:30:00 GMT");
        assertEquals(Optional.of(Duration.ofMinutes(-30)),
                ClockSkew.correction(outcome, LOCAL, Duration.ofMinutes(5)));
    }

    @Test
    void leavesSmallDifferencesAndCorrectedClocksAlone() {
        AttemptOutcome fourMinutes = skewError("RequestExpired", "Wed, 25 Nov 2026 12:04:00 GMT");
        assertEquals(Optional.empty(), ClockSkew.correction(fourMinutes, LOCAL, Duration.ZERO));
        AttemptOutcome tenMinutes = skewError("RequestExpired", "Wed, 25 Nov 2026 12:10:00 GMT");
        assertEquals(Optional.empty(), ClockSkew.correction(tenMinutes, LOCAL, Duration.ofMinutes(9)),
                "the offset in use already covers it: a real signature problem, not skew");
    }

    @Test
    void needsASkewCodeAndADateHeader() {
        assertEquals(Optional.empty(),
                ClockSkew.correction(skewError("AccessDenied", "Wed, 25 Nov 2026 12:10:00 GMT"), LOCAL, Duration.ZERO));
        assertEquals(Optional.empty(), ClockSkew.correction(skewError("RequestTimeTooSkewed", null), LOCAL, Duration.ZERO));
        assertEquals(Optional.empty(),
                ClockSkew.correction(skewError("RequestTimeTooSkewed", "yesterday"), LOCAL, Duration.ZERO));
        for (String code : new String[] {"RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture",
                "InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure"}) {
            assertTrue(ClockSkew.isClockSkewErrorCode(code), code);
        }
        assertFalse(ClockSkew.isClockSkewErrorCode(null));
    }
}
