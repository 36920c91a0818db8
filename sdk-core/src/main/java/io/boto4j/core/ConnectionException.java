package io.boto4j.core;

import io.boto4j.core.retry.TransportFailure;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The service could not be reached, or the connection failed before a whole response arrived:
 * refused, unknown host, TLS failure, connection reset or closed, or a connect or read timeout of
 * one attempt. Thrown once retries are exhausted; the message names the URL (without its query,
 * which can carry a presigned signature) and the cause is the transport's own exception.
 *
 * <p>Distinct from {@link CallTimeoutException}, the whole call exceeding the client's call
 * timeout; from {@link AttemptTimeoutException}, an attempt exceeding the connect or attempt
 * timeout as the transports report it (a timeout only the JDK's own exception describes ends up
 * here, with {@link #timedOut()} true); and from {@link TruncatedBodyException}, a response body
 * cut short while the caller was reading it.
 */
public class ConnectionException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /** The URL the last attempt went to, without its query. */
    private final URI uri;
    /** Whether the last attempt ended in a timeout. */
    private final boolean timedOut;

    /**
     * A connection failure.
     *
     * @param message  what failed, naming the operation and the URL
     * @param uri      the URL the attempt went to (without query)
     * @param timedOut whether the attempt ended in a connect or read timeout
     * @param cause    the transport's exception
     */
    public ConnectionException(String message, URI uri, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.uri = uri;
        this.timedOut = timedOut;
    }

    /**
     * The failure of an operation's last attempt, worded by what the transport reported.
     *
     * @param operation {@code service.Operation}
     * @param uri       the attempt's URL; its query and user info are dropped
     * @param attempts  how many attempts the call made
     * @param cause     the transport's exception
     * @return the exception to throw
     */
    public static ConnectionException of(String operation, URI uri, int attempts, Throwable cause) {
        URI target = withoutQuery(uri);
        TransportFailure kind = TransportFailure.classify(cause);
        String what = switch (kind) {
            // TLS failures are classified with refused connections (both retried, as botocore
            // does), but one may come after the request went out: say what failed, not "connect".
            case CONNECT_FAILED -> isTls(cause) ? "failed TLS with " : "could not connect to ";
            case CONNECT_TIMEOUT -> "timed out connecting to ";
            case READ_TIMEOUT -> "timed out waiting for a response from ";
            case CONNECTION_CLOSED -> "lost the connection to ";
            default -> "failed talking to ";
        };
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ConnectionException(operation + " " + what + target + " (" + detail + ")"
                + (attempts > 1 ? " after " + attempts + " attempts" : ""), target, kind.isTimeout(), cause);
    }

    private static boolean isTls(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException) {
                return true;
            }
        }
        return false;
    }

    private static URI withoutQuery(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
        } catch (URISyntaxException e) {
            return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
        }
    }

    /**
     * The URL the last attempt went to, without its query.
     *
     * @return the URL (no query, no user info), or null when not known
     */
    public URI uri() {
        return uri;
    }

    /**
     * Whether the last attempt ended in a connect or read timeout rather than a refusal or a lost connection.
     *
     * @return true for a timeout
     */
    public boolean timedOut() {
        return timedOut;
    }
}
