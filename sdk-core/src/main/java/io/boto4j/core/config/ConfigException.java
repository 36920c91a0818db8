package io.boto4j.core.config;

/** A configuration problem: a missing profile, an invalid value, an unreadable file. */
public class ConfigException extends io.boto4j.core.SdkClientException {
    private static final long serialVersionUID = 1L;
    /**
     * Reports a configuration problem with the given message and no cause.
     *
     * @param message what is wrong and with which setting, profile or file
     */
    public ConfigException(String message) {
        super(message);
    }

    /**
     * Reports a configuration problem caused by another failure.
     *
     * @param message what is wrong and with which setting, profile or file
     * @param cause the underlying failure, e.g. the {@link java.io.IOException} of an unreadable file
     */
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
