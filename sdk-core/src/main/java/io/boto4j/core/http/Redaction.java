package io.boto4j.core.http;

import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a log line may show of a request: signatures, session and bearer tokens, secret keys,
 * customer-provided encryption keys and the values of members the model marks {@code sensitive}
 * are replaced with {@value #REDACTED}; an access key id is cut to its first four characters.
 * Every logger of the SDK (the pipeline's trace of each attempt, the CLI's debug log) goes
 * through here.
 */
public final class Redaction {
    /** What a secret is replaced with in what this class returns. */
    public static final String REDACTED = "<redacted>";

    /** Headers that carry a secret whatever the operation. */
    private static final Set<String> SECRET_HEADERS = Set.of("x-amz-security-token",
            "x-amz-server-side-encryption-customer-key", "x-amz-copy-source-server-side-encryption-customer-key",
            "cookie", "set-cookie", "proxy-authorization", "x-amz-bearer");
    private static final Pattern SIGNATURE = Pattern.compile("(?i)(Signature=)[0-9a-f]+");
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "(?i)((?:X-Amz-Signature|X-Amz-Security-Token|X-Amz-Credential|Signature|SecurityToken|AWSAccessKeyId)=)"
                    + "[^&\\s\"]+");
    private static final Pattern CREDENTIAL = Pattern.compile("(Credential=)([A-Z0-9]{4})[A-Z0-9]*");
    private static final Pattern SECRET_FIELDS = Pattern.compile("(?i)(\"?(?:SecretAccessKey|SessionToken"
            + "|aws_secret_access_key|aws_session_token|secretKey|token|accessToken)\"?\\s*[:=]\\s*\"?)[^\",\\s}]+");
    private static final Pattern BEARER = Pattern.compile("(?i)(Bearer\\s+)\\S+");
    /** Kept with each input shape, so that no static map holds models (a loader may build them per client). */
    private static final Shape.Derived<SensitiveBindings> BINDINGS = new Shape.Derived<>(SensitiveBindings::of);
    /** Headers plugins declared secret (an API key of their own service). */
    private static final Set<String> PLUGIN_SECRET_HEADERS = ConcurrentHashMap.newKeySet();

    private Redaction() {
    }

    /**
     * Declares a header secret from now on, in every log of the process: for plugins whose
     * service authenticates with a header of its own ({@code x-api-key}). Thread-safe; cannot be undone.
     *
     * @param name the header's name, in any case
     */
    public static void markSecretHeader(String name) {
        PLUGIN_SECRET_HEADERS.add(name.toLowerCase(Locale.ROOT));
    }

    /**
     * A header value fit to print, whatever the operation: headers that carry a secret (their
     * name says token or secret, or a plugin declared them) are redacted whole, an
     * {@code Authorization} value keeps all but its signature and its access key id's tail.
     *
     * @param name  the header's name, in any case
     * @param value the header's value
     * @return the value, redacted as needed
     */
    public static String header(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (SECRET_HEADERS.contains(lower) || PLUGIN_SECRET_HEADERS.contains(lower) || lower.contains("token")
                || lower.contains("secret")) {
            return REDACTED;
        }
        if (lower.equals("authorization")) {
            String v = SIGNATURE.matcher(value).replaceAll("$1" + REDACTED);
            v = BEARER.matcher(v).replaceAll("$1" + REDACTED);
            return CREDENTIAL.matcher(v).replaceAll("$1$2****");
        }
        return value;
    }

    /**
     * A header value of a request of {@code operation} fit to print: its sensitive members' too.
     *
     * @param operation the operation whose input bound the header; null for none
     * @param name      the header's name, in any case
     * @param value     the header's value
     * @return the value, redacted as needed
     */
    public static String header(OperationModel operation, String name, String value) {
        return bindings(operation).isSensitiveHeader(name) ? REDACTED : header(name, value);
    }

    /**
     * Every header of a request of {@code operation}, as {@code {Name=value, ...}} fit to print.
     *
     * @param operation the operation whose input bound the headers; null for none
     * @param headers   the request's headers
     * @return one line with every header, each value as {@link #header(OperationModel, String, String)} gives it
     */
    public static String headers(OperationModel operation, Headers headers) {
        StringBuilder sb = new StringBuilder("{");
        headers.forEach((name, value) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(name).append('=').append(header(operation, name, value));
        });
        return sb.append('}').toString();
    }

    /**
     * The request's URI fit to print: query parameters bound to sensitive members, and signing
     * parameters (a presigned URL's signature, token and credential), replaced.
     *
     * @param operation the operation whose input bound the query; null for none
     * @param request   the request
     * @return scheme, host, path and the query, redacted
     */
    public static String uri(OperationModel operation, SdkHttpRequest request) {
        SensitiveBindings sensitive = bindings(operation);
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> p : request.queryParams()) {
            query.append(query.length() == 0 ? '?' : '&').append(UriEncoding.encode(p.getKey()));
            if (p.getValue() != null) {
                query.append('=').append(sensitive.isSensitiveQuery(p.getKey()) ? REDACTED
                        : UriEncoding.encode(p.getValue()));
            }
        }
        String uri = request.endpoint().getScheme() + "://" + request.hostHeader() + request.fullEncodedPath() + query;
        return text(uri);
    }

    /**
     * Free text (log messages, URLs, exception messages): signatures, tokens and secret fields removed.
     *
     * @param text the text, or null
     * @return the text, redacted; null when {@code text} is null
     */
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

    /**
     * An access key id cut to the four characters that tell its kind ({@code AKIA****}).
     *
     * @param accessKeyId the key id, or null
     * @return its first four characters and {@code ****}; {@code ****} alone when it is that short;
     *         null when it is null
     */
    public static String accessKeyId(String accessKeyId) {
        if (accessKeyId == null) {
            return null;
        }
        return accessKeyId.length() <= 4 ? "****" : accessKeyId.substring(0, 4) + "****";
    }

    private static SensitiveBindings bindings(OperationModel operation) {
        Shape input = operation == null ? null : operation.inputShape();
        return input == null ? SensitiveBindings.NONE : input.derived(BINDINGS);
    }

    /** Where an operation's input puts values the model marks sensitive: header names and query keys. */
    private record SensitiveBindings(Set<String> headers, Set<String> headerPrefixes, Set<String> queryKeys) {
        static final SensitiveBindings NONE = new SensitiveBindings(Set.of(), Set.of(), Set.of());

        static SensitiveBindings of(Shape input) {
            Set<String> headers = new HashSet<>();
            Set<String> prefixes = new HashSet<>();
            Set<String> query = new HashSet<>();
            for (Member m : input.members().values()) {
                String location = m.location();
                if (location == null || !isSensitive(m)) {
                    continue;
                }
                switch (location) {
                    case "header" -> headers.add(m.wireName().toLowerCase(Locale.ROOT));
                    case "headers" -> prefixes.add(m.wireName().toLowerCase(Locale.ROOT));
                    case "querystring" -> query.add(m.wireName());
                    default -> {
                        // uri labels: none of the models marks one sensitive
                    }
                }
            }
            return new SensitiveBindings(Set.copyOf(headers), Set.copyOf(prefixes), Set.copyOf(query));
        }

        /** A member whose shape, or (for lists and maps) whose items, the model marks sensitive. */
        private static boolean isSensitive(Member m) {
            Shape s = m.shape();
            return s.isSensitive()
                    || (s.listMember() != null && s.listMember().shape().isSensitive())
                    || (s.mapValue() != null && s.mapValue().shape().isSensitive());
        }

        boolean isSensitiveHeader(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (headers.contains(lower)) {
                return true;
            }
            for (String prefix : headerPrefixes) {
                if (lower.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        boolean isSensitiveQuery(String key) {
            return queryKeys.contains(key);
        }
    }
}
