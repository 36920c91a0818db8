package io.boto4j.it.servers;

import io.boto4j.core.auth.Credentials;

/**
 * The fixed, made-up credentials the test servers are configured with (AWS's documentation
 * example key pair): nothing secret, which is why they may appear in code.
 */
public final class FakeCredentials {
    public static final String ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    public static final String SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public static final Credentials CREDENTIALS = Credentials.of(ACCESS_KEY_ID, SECRET_ACCESS_KEY);

    private FakeCredentials() {
    }
}
