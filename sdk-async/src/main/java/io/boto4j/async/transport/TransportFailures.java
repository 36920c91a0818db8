package io.boto4j.async.transport;

import io.boto4j.core.retry.TransientTransportException;
import io.boto4j.core.AttemptTimeoutException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Turns Vert.x's failures into what the core's retry classification understands. Vert.x reports
 * a closed connection and its own timeouts as unchecked exceptions that say nothing about being
 * transient; the core recognises {@link TransientTransportException} and plain I/O exceptions.
 */
final class TransportFailures {
    private TransportFailures() {
    }

    /**
     * A failure to connect or of an exchange: a connect that timed out becomes an
     * {@link AttemptTimeoutException} naming the endpoint and the bound.
     */
    static Throwable of(Throwable t, Duration connectTimeout, String authority) {
        if (t.getClass().getName().equals("io.netty.channel.ConnectTimeoutException")) {
            return new AttemptTimeoutException(AttemptTimeoutException.Phase.CONNECT, connectTimeout,
                    "could not connect to " + authority + " within the connect timeout of "
                            + AttemptTimeoutException.describe(connectTimeout));
        }
        return of(t);
    }

    static Throwable of(Throwable t) {
        if (t instanceof TransientTransportException || t instanceof IOException) {
            // Includes Netty's ConnectTimeoutException (a ConnectException) and resets (SocketException).
            return t;
        }
        if (t instanceof HttpClosedException || t instanceof StreamResetException) {
            return TransientTransportException.connectionLost("connection closed before the response was complete: "
                    + t.getMessage(), t);
        }
        if (t instanceof TimeoutException) {
            // Vert.x's NoStackTraceTimeoutException among others.
            return TransientTransportException.timeout(String.valueOf(t.getMessage()), t);
        }
        return t;
    }
}
