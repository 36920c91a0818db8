package io.boto4j.core.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The retry-tracking request headers botocore sends ({@code handlers.add_retry_headers}):
 * {@code amz-sdk-invocation-id}, one UUID for all attempts of a call, and
 * {@code amz-sdk-request}, e.g. {@code attempt=1} then {@code ttl=20261125T115737Z; attempt=2; max=3}.
 */
public final class InvocationHeaders {
    /** The header naming the call ({@code amz-sdk-invocation-id}); the same for all of its attempts. */
    public static final String INVOCATION_ID = "amz-sdk-invocation-id";
    /** The header describing the attempt ({@code amz-sdk-request}). */
    public static final String REQUEST = "amz-sdk-request";

    private static final DateTimeFormatter TTL_FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private InvocationHeaders() {
    }

    /**
     * A fresh invocation id: a version 4 UUID, lower-case text. It correlates a call's attempts
     * in the service's logs and is no secret, so it comes from {@link ThreadLocalRandom} rather
     * than {@code UUID.randomUUID()}'s {@code SecureRandom}, which cost 1 % of a call's CPU.
     *
     * @return the id, e.g. {@code 3f2c9a4e-8d1b-4c7a-9e2f-1a2b3c4d5e6f}
     */
    public static String newInvocationId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }

    /**
     * The {@code amz-sdk-request} value botocore sends for {@code attempt}: keys in the order
     * ttl, attempt, max, {@code "; "}-separated. botocore learns {@code max} only from the first
     * response, so the first attempt carries {@code attempt=1} alone; so does this.
     *
     * @param ttl the deadline from {@link #ttl}, or null when there is none (no earlier response
     *            with a {@code Date} header, or a streaming request body)
     * @param attempt the attempt about to be sent, 1 for the first
     * @param maxAttempts the call's total attempts allowed (sent from the second attempt on)
     * @return the header's value, e.g. {@code ttl=20261125T115737Z; attempt=2; max=3}
     */
    public static String sdkRequest(int attempt, int maxAttempts, Instant ttl) {
        List<String> parts = new ArrayList<>(3);
        if (ttl != null) {
            parts.add("ttl=" + TTL_FORMAT.format(ttl));
        }
        parts.add("attempt=" + attempt);
        if (attempt > 1) {
            parts.add("max=" + maxAttempts);
        }
        return String.join("; ", parts);
    }

    /**
     * botocore's ttl: when the next attempt must be answered by, in the server's clock:
     * {@code localNow + readTimeout + (serverDate - responseReceived)}, from the previous
     * response's {@code Date} header. botocore keeps the last value for later attempts.
     *
     * @param localNow the local clock now, when the next attempt is prepared
     * @param readTimeout the attempt timeout (botocore's {@code read_timeout})
     * @param serverDate the previous response's {@code Date} header
     * @param responseReceived the local clock when that response arrived
     * @return the deadline, for {@link #sdkRequest}
     */
    public static Instant ttl(Instant localNow, Duration readTimeout, Instant serverDate, Instant responseReceived) {
        return localNow.plus(readTimeout).plus(Duration.between(responseReceived, serverDate));
    }
}
