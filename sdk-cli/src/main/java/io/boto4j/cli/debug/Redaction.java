package io.boto4j.cli.debug;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes secrets from what the debug log prints: signatures, session tokens, secret keys and
 * customer-provided encryption keys. An access key id is shortened to its first four letters.
 */
public final class Redaction {
    public static final String REDACTED = "<redacted>";

    private static final Set<String> SECRET_HEADERS = Set.of("x-amz-security-token",
            "x-amz-server-side-encryption-customer-key", "x-amz-copy-source-server-side-encryption-customer-key",
            "cookie", "set-cookie", "x-amz-bearer", "proxy-authorization");
    private static final Pattern SIGNATURE = Pattern.compile("(?i)(Signature=)[0-9a-f]+");
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "(?i)((?:X-Amz-Signature|X-Amz-Security-Token|X-Amz-Credential|Signature|SecurityToken)=)[^&\\s\"]+");
    private static final Pattern CREDENTIAL = Pattern.compile("(Credential=)([A-Z0-9]{4})[A-Z0-9]*");
    private static final Pattern SECRET_FIELDS = Pattern.compile(
            "(?i)(\"?(?:SecretAccessKey|SessionToken|aws_secret_access_key|aws_session_token|secretKey|token)\"?\\s*[:=]\\s*\"?)[^\",\\s}]+");
    private static final Pattern BEARER = Pattern.compile("(?i)(Bearer\\s+)\\S+");

    private Redaction() {
    }

    /** A header value fit to print. */
    public static String header(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (SECRET_HEADERS.contains(lower)) {
            return REDACTED;
        }
        if (lower.equals("authorization")) {
            String v = SIGNATURE.matcher(value).replaceAll("$1" + REDACTED);
            v = BEARER.matcher(v).replaceAll("$1" + REDACTED);
            return CREDENTIAL.matcher(v).replaceAll("$1$2****");
        }
        return value;
    }

    /** Free text (log messages, URLs): signatures, tokens and secret fields removed. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String t = SIGNATURE.matcher(text).replaceAll("$1" + REDACTED);
        t = QUERY_SECRET.matcher(t).replaceAll("$1" + REDACTED);
        t = CREDENTIAL.matcher(t).replaceAll("$1$2****");
        t = BEARER.matcher(t).replaceAll("$1" + REDACTED);
        return SECRET_FIELDS.matcher(t).replaceAll("$1" + REDACTED);
    }
}
