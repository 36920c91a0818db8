package io.boto4j.core.checksums;

import java.util.Locale;

/**
 * When checksums are computed or validated: the values of the {@code request_checksum_calculation}
 * and {@code response_checksum_validation} settings (config file, environment, client config).
 */
public enum ChecksumMode {
    /** Whenever the operation supports a checksum (the default). */
    WHEN_SUPPORTED,
    /** Only when the operation requires one, or the caller asked for one. */
    WHEN_REQUIRED;

    /**
     * The mode of a setting's text in any case; null gives the default.
     *
     * @param value   the setting's text, e.g. {@code when_required}; surrounding blanks are ignored
     * @param setting the setting's name, for the error message
     * @return the mode; {@link #WHEN_SUPPORTED} when {@code value} is null
     * @throws io.boto4j.core.config.ConfigException naming the setting and both values when the text is neither
     */
    public static ChecksumMode parse(String value, String setting) {
        if (value == null) {
            return WHEN_SUPPORTED;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "when_supported":
                return WHEN_SUPPORTED;
            case "when_required":
                return WHEN_REQUIRED;
            default:
                throw new io.boto4j.core.config.ConfigException(setting
                        + " must be when_supported or when_required, got '" + value + "'");
        }
    }

    /**
     * The setting's text, as {@link #parse} reads it.
     *
     * @return {@code when_supported} or {@code when_required}
     */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
