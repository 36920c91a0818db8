package io.boto4j.core.pipeline;

import io.boto4j.core.validation.ParamValidationException;

import java.time.Duration;
import java.util.List;

/** The limits of a presigned URL, checked before anything else is done. */
final class Presigning {
    /** SigV4's longest validity: seven days. */
    static final Duration MAX_EXPIRY = Duration.ofDays(7);

    private Presigning() {
    }

    static void checkExpiry(String service, String operation, Duration expiresIn) {
        if (expiresIn == null || expiresIn.compareTo(Duration.ofSeconds(1)) < 0 || expiresIn.compareTo(MAX_EXPIRY) > 0) {
            throw new ParamValidationException(service, operation, List.of(new ParamValidationException.Problem(
                    "ExpiresIn", "ExpiresIn must be between 1 second and 7 days (604800 seconds), not "
                    + (expiresIn == null ? "null" : expiresIn.getSeconds() + " seconds"))));
        }
    }
}
