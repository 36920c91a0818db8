package io.boto4j.cli;

/** The AWS CLI's exit codes, so that scripts written for it read ours the same way. */
public final class ExitCodes {
    /** The command succeeded. */
    public static final int OK = 0;
    /** The command line or the parameters are wrong; nothing was sent. */
    public static final int USAGE = 252;
    /** The configuration is incomplete (no credentials, no region, unknown profile). */
    public static final int CONFIG = 253;
    /** The service answered with an error. */
    public static final int SERVICE_ERROR = 254;
    /** Anything else: connection failures, timeouts, unreadable responses. */
    public static final int FAILURE = 255;

    private ExitCodes() {
    }
}
