package io.boto4j.core.retry;

import io.boto4j.core.AttemptTimeoutException;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * What kind of client-side failure ended an attempt, in the categories botocore's retry code
 * distinguishes (its exception classes, mapped onto JDK exception types).
 *
 * <ul>
 *   <li>{@link #CONNECT_FAILED}, {@link #CONNECT_TIMEOUT}: botocore's {@code ConnectionError}
 *       family (endpoint unreachable, DNS, TLS, proxy). A connect timeout, a refused connection
 *       or an unknown host means the request never reached the service; a TLS failure does not
 *       say so, since it may come after the request was sent (botocore's {@code SSLError} is a
 *       {@code ConnectionError} wherever it happens, and is retried as one).
 *   <li>{@link #READ_TIMEOUT}: {@code ReadTimeoutError}.
 *   <li>{@link #CONNECTION_CLOSED}: {@code ConnectionClosedError} (reset, broken pipe, EOF).
 *   <li>{@link #OTHER_IO}: any other I/O failure of the transport ({@code HTTPClientError}):
 *       retried by standard mode, not by legacy mode.
 *   <li>{@link #NOT_TRANSPORT}: not a transport failure (a bug, a rejected argument): never retried.
 * </ul>
 */
public enum TransportFailure {
    /**
     * The connection could not be opened (refused, unknown host, no route), or TLS failed at any
     * point of the attempt: every {@link SSLException} lands here, the handshake's as well as one
     * raised after the request went out, so the service may have received, even acted on, the
     * request. As in botocore, where an {@code SSLError} is a {@code ConnectionError}, it is
     * retried as a connection error (legacy and standard mode alike).
     */
    CONNECT_FAILED,
    /** Opening the connection took longer than the connect timeout. */
    CONNECT_TIMEOUT,
    /** The attempt timed out once connected, e.g. waiting for the response (botocore's {@code ReadTimeoutError}). */
    READ_TIMEOUT,
    /** The connection was reset or closed before the whole response arrived. */
    CONNECTION_CLOSED,
    /** Any other I/O failure of the transport. */
    OTHER_IO,
    /** Not a transport failure; never retried. */
    NOT_TRANSPORT;

    /** {@return true for the two timeouts, which cost more retry quota (10 instead of 5) in standard mode} */
    public boolean isTimeout() {
        return this == CONNECT_TIMEOUT || this == READ_TIMEOUT;
    }

    /** {@return true for what botocore's legacy {@code GENERAL_CONNECTION_ERROR} policy covers: all but {@link #OTHER_IO} and {@link #NOT_TRANSPORT}} */
    public boolean isGeneralConnectionError() {
        return this == CONNECT_FAILED || this == CONNECT_TIMEOUT || this == READ_TIMEOUT
                || this == CONNECTION_CLOSED;
    }

    /**
     * Classifies an exception raised by the transport for one attempt. Wrappers added by
     * {@code CompletableFuture} ({@link CompletionException}, {@link ExecutionException}) are
     * looked through. {@link AttemptTimeoutException} is a connect timeout in its connect phase and
     * a read timeout in the others; {@link TimeoutException} (e.g. from {@code orTimeout}) counts
     * as a read timeout.
     *
     * @param failure the exception the attempt failed with, or null
     * @return its category; {@link #NOT_TRANSPORT} for null and for anything that is no I/O failure
     */
    public static TransportFailure classify(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t == null) {
            return NOT_TRANSPORT;
        }
        if (t instanceof AttemptTimeoutException timeout) {
            return timeout.phase() == AttemptTimeoutException.Phase.CONNECT ? CONNECT_TIMEOUT : READ_TIMEOUT;
        }
        if (t instanceof TransientTransportException marker) {
            return marker.isTimeout() ? READ_TIMEOUT : CONNECTION_CLOSED;
        }
        if (isA(t, HTTP_CONNECT_TIMEOUT)) {
            return CONNECT_TIMEOUT;
        }
        if (isA(t, HTTP_TIMEOUT) || t instanceof TimeoutException) {
            return READ_TIMEOUT;
        }
        if (t instanceof SocketTimeoutException) {
            // The JDK uses one type for both; only the message tells "Connect timed out" apart.
            return messageContains(t, "connect") ? CONNECT_TIMEOUT : READ_TIMEOUT;
        }
        if (t instanceof ConnectException || t instanceof UnknownHostException
                || t instanceof NoRouteToHostException || t instanceof SSLException) {
            return CONNECT_FAILED;
        }
        if (t instanceof SocketException || t instanceof EOFException || t instanceof ClosedChannelException) {
            return CONNECTION_CLOSED;
        }
        if (t instanceof IOException) {
            // java.net.http reports resets and early closes as plain IOExceptions. Only a closed
            // *connection* counts: "Stream closed" is a local stream (a request body the caller
            // closed, a response stream read after close), not the peer hanging up.
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            return message.contains("connection reset") || message.contains("broken pipe")
                    || CONNECTION_CLOSED_MESSAGE.matcher(message).find() || message.contains("received no bytes")
                    || message.contains("eof") ? CONNECTION_CLOSED : OTHER_IO;
        }
        return NOT_TRANSPORT;
    }

    /*
     * java.net.http's timeout types are matched by name so that the core module does not have to
     * require java.net.http just to recognise them.
     */
    private static final String HTTP_CONNECT_TIMEOUT = "java.net.http.HttpConnectTimeoutException";
    private static final String HTTP_TIMEOUT = "java.net.http.HttpTimeoutException";
    /** "connection closed", "connection was closed", "connection has been closed" (lower case). */
    private static final Pattern CONNECTION_CLOSED_MESSAGE = Pattern.compile("connection (?:was |has been |is )?closed");

    private static boolean isA(Throwable t, String className) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean messageContains(Throwable t, String lowerCaseNeedle) {
        String message = t.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }
}
