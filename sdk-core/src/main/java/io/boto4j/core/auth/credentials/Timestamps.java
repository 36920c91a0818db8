package io.boto4j.core.auth.credentials;

import io.boto4j.core.protocol.support.ResponseParsing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Expiration times as credential sources write them (ISO 8601, with or without an offset). */
final class Timestamps {
    private Timestamps() {
    }

    static Instant parse(String text, String what) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // fall through: no offset, which botocore reads as UTC
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new CredentialsException("Invalid timestamp in " + what + ": '"
                    + ResponseParsing.quote(value) + "'");
        }
    }
}
