package io.boto4j.core.retry;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Formats observed from botocore 1.43 against a local server returning 500 three times. */
class InvocationHeadersTest {

    @Test
    void sdkRequestAsBotocoreSendsIt() {
        assertEquals("attempt=1", InvocationHeaders.sdkRequest(1, 3, null));
        Instant ttl = Instant.parse("2026-11-25T11:57:37Z");
        assertEquals("ttl=20261125T115737Z; attempt=2; max=3", InvocationHeaders.sdkRequest(2, 3, ttl));
        assertEquals("attempt=3; max=5", InvocationHeaders.sdkRequest(3, 5, null));
    }

    @Test
    void ttlIsLocalNowPlusReadTimeoutPlusServerSkew() {
        Instant received = Instant.parse("2026-11-25T12:00:00Z");
        Instant serverDate = Instant.parse("2026-11-25T12:00:07Z");
        Instant now = received.plusMillis(300);
        assertEquals(Instant.parse("2026-11-25T12:01:07.300Z"),
                InvocationHeaders.ttl(now, Duration.ofSeconds(60), serverDate, received));
    }

    @Test
    void invocationIdsAreFreshUuids() {
        String id = InvocationHeaders.newInvocationId();
        assertEquals(id, UUID.fromString(id).toString());
        assertEquals(4, UUID.fromString(id).version());
        assertEquals(2, UUID.fromString(id).variant());
        assertNotEquals(id, InvocationHeaders.newInvocationId());
    }
}
