package io.boto4j.core.config;

/** A configuration problem: a missing profile, an invalid value, an unreadable file. */
public class ConfigException extends io.boto4j.core.SdkClientException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
