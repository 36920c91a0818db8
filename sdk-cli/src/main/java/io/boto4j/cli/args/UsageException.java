package io.boto4j.cli.args;

/** The command line cannot be run as written; the message names the problem. Exit 252. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
