package io.boto4j.it.servers;

/** A server that should be available could not be started; the message says why and shows its log. */
public final class ServerStartException extends RuntimeException {
    public ServerStartException(String message) {
        super(message);
    }

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
