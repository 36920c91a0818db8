package io.boto4j.core;


import java.time.Duration;
import java.util.Objects;

/**
 * One attempt waited longer than a bound allows: {@link #phase()} says for what, {@link #timeout()}
 * what the bound was. Raised by transports; the retry policy treats it as botocore treats a
 * connect or read timeout, and a call whose last attempt timed out fails with it. (A call that
 * runs out of its call timeout fails with {@link io.boto4j.core.CallTimeoutException}.)
 */
public final class AttemptTimeoutException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /** What the attempt was waiting for when its bound passed. */
    public enum Phase {
        /** A connection: TCP connect, TLS handshake, a proxy's tunnel (the connect timeout). */
        CONNECT,
        /** The server to take more of the request body (the attempt timeout). */
        SEND,
        /** The response: its headers, or the rest of a body the SDK reads itself (the attempt timeout). */
        RESPONSE,
        /** More bytes of a streaming output while the caller was waiting for them (the attempt timeout). */
        READ
    }

    /** What the attempt was waiting for. */
    private final Phase phase;
    private final transient Duration timeout;

    /**
     * An attempt timeout.
     *
     * @param phase   what the attempt was waiting for
     * @param timeout the bound that passed, or null when not known
     * @param message says what timed out and the bound; never request contents or credentials
     * @throws NullPointerException when {@code phase} is null
     */
    public AttemptTimeoutException(Phase phase, Duration timeout, String message) {
        super(message);
        this.phase = Objects.requireNonNull(phase, "phase");
        this.timeout = timeout;
    }

    private AttemptTimeoutException(String message, AttemptTimeoutException cause) {
        super(message, cause);
        this.phase = cause.phase;
        this.timeout = cause.timeout;
    }

    /**
     * What the attempt was waiting for when its bound passed.
     *
     * @return the phase; never null
     */
    public Phase phase() {
        return phase;
    }

    /**
     * The bound that passed.
     *
     * @return the bound, or null when not known (also after deserialization: the field is transient)
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The same timeout with what the caller needs in front of the message: the operation, the attempt.
     *
     * @param context what to put in front, e.g. {@code s3.GetObject attempt 2}
     * @return a new exception with the same phase and bound, whose message is {@code context: message} and cause this one
     */
    public AttemptTimeoutException withContext(String context) {
        return new AttemptTimeoutException(context + ": " + getMessage(), this);
    }

    /**
     * A bound as people write it: {@code 400 ms}, {@code 2 s}, {@code 1.5 s}.
     *
     * @param d the bound, or null
     * @return milliseconds below one second, else seconds; {@code no bound} for null
     */
    public static String describe(Duration d) {
        if (d == null) {
            return "no bound";
        }
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.3f s", millis / 1000.0)
                .replaceAll("0+ s$", " s");
    }
}
