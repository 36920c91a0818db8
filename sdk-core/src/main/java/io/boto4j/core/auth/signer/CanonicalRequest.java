package io.boto4j.core.auth.signer;

import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.HeaderNames;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.UriEncoding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parts of SigV4's canonical request, built as botocore builds them: the method, the path
 * (normalised and encoded once more unless the service is S3), the sorted and encoded query,
 * the sorted headers with trimmed values, the signed header names, and the payload hash.
 */
final class CanonicalRequest {
    /** Hop-by-hop and proxy-mangled headers botocore never signs, plus our own Authorization. */
    private static final Set<String> UNSIGNED_HEADERS = Set.of(
            "authorization", "connection", "expect", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "user-agent",
            "x-amzn-trace-id");

    private CanonicalRequest() {
    }

    /** The canonical header block (each line ending in '\n') and the signed header list. */
    static final class HeaderPart {
        final String canonical;
        final String signedNames;

        HeaderPart(String canonical, String signedNames) {
            this.canonical = canonical;
            this.signedNames = signedNames;
        }
    }

    static HeaderPart headers(SdkHttpRequest request) {
        Headers headers = request.headers();
        List<String> names = headers.names();
        String[][] entries = new String[names.size() + 1][];
        int n = 0;
        boolean hasHost = false;
        for (String name : names) {
            String lower = HeaderNames.lowerCase(name).trim();
            if (UNSIGNED_HEADERS.contains(lower) || request.isUnsigned(name)) {
                continue;
            }
            hasHost |= lower.equals("host");
            entries[n++] = new String[] {lower, joinTrimmed(headers.all(name))};
        }
        if (!hasHost) {
            // Transports set Host from the URI; sign what they will send.
            entries[n++] = new String[] {"host", request.hostHeader().toLowerCase(Locale.ROOT)};
        }
        Arrays.sort(entries, 0, n, (a, b) -> a[0].compareTo(b[0]));
        StringBuilder canonical = new StringBuilder(n * 32);
        StringBuilder signed = new StringBuilder(n * 16);
        for (int i = 0; i < n; i++) {
            canonical.append(entries[i][0]).append(':').append(entries[i][1]).append('\n');
            if (i > 0) {
                signed.append(';');
            }
            signed.append(entries[i][0]);
        }
        return new HeaderPart(canonical.toString(), signed.toString());
    }

    /** The canonical URI: S3 signs the path as sent; other services normalise and re-encode it. */
    static String path(SdkHttpRequest request, SigningParams params) {
        String path = request.fullEncodedPath();
        if (params.normalizePath()) {
            path = removeDotSegments(path);
        }
        if (params.doubleUriEncode()) {
            path = UriEncoding.encodePath(path);
        }
        return path.isEmpty() ? "/" : path;
    }

    /** Query pairs encoded, then sorted by key and value; {@code extra} are the presign parameters. */
    static String query(List<Map.Entry<String, String>> params, List<Map.Entry<String, String>> extra) {
        int size = params.size() + extra.size();
        if (size == 0) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>(size);
        addEncoded(pairs, params);
        addEncoded(pairs, extra);
        pairs.sort((a, b) -> {
            int c = a[0].compareTo(b[0]);
            return c != 0 ? c : a[1].compareTo(b[1]);
        });
        StringBuilder sb = new StringBuilder(size * 24);
        for (String[] p : pairs) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(p[0]).append('=').append(p[1]);
        }
        return sb.toString();
    }

    private static void addEncoded(List<String[]> out, List<Map.Entry<String, String>> params) {
        for (Map.Entry<String, String> p : params) {
            String value = p.getValue() == null ? "" : p.getValue();
            out.add(new String[] {UriEncoding.encode(p.getKey()), UriEncoding.encode(value)});
        }
    }

    static String build(String method, String path, String query, HeaderPart headers, String payloadHash) {
        return new StringBuilder(256)
                .append(method.toUpperCase(Locale.ROOT)).append('\n')
                .append(path).append('\n')
                .append(query).append('\n')
                .append(headers.canonical).append('\n')
                .append(headers.signedNames).append('\n')
                .append(payloadHash)
                .toString();
    }

    /** Values trimmed, inner runs of whitespace collapsed to one space, joined with ','. */
    static String joinTrimmed(List<String> values) {
        if (values.size() == 1) {
            return trimAll(values.get(0));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(trimAll(values.get(i)));
        }
        return sb.toString();
    }

    static String trimAll(String value) {
        int len = value.length();
        boolean clean = len == 0 || (!isSpace(value.charAt(0)) && !isSpace(value.charAt(len - 1)));
        for (int i = 1; clean && i < len; i++) {
            char c = value.charAt(i);
            if (isSpace(c) && (c != ' ' || value.charAt(i - 1) == ' ')) {
                clean = false;
            }
        }
        if (clean) {
            return value;
        }
        StringBuilder sb = new StringBuilder(len);
        boolean pendingSpace = false;
        for (int i = 0; i < len; i++) {
            char c = value.charAt(i);
            if (isSpace(c)) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /**
     * RFC 3986 dot-segment removal as botocore does it: empty segments (double slashes) go too,
     * a leading '/' stays, and a trailing '/' stays when anything is left.
     */
    static String removeDotSegments(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        if (!needsNormalizing(path)) {
            return path;
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        int len = path.length();
        while (start <= len) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? len : slash;
            String segment = path.substring(start, end);
            if (segment.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                out.add(segment);
            }
            start = end + 1;
        }
        StringBuilder sb = new StringBuilder(len);
        if (path.charAt(0) == '/') {
            sb.append('/');
        }
        sb.append(String.join("/", out));
        if (path.charAt(len - 1) == '/' && !out.isEmpty()) {
            sb.append('/');
        }
        return sb.toString();
    }

    /** Whether the path has "//", "/./", "/../" or a trailing "/." or "/..": usually it has none. */
    private static boolean needsNormalizing(String path) {
        if (path.charAt(0) != '/' || path.contains("//")) {
            return true;
        }
        for (int i = path.indexOf("/."); i >= 0; i = path.indexOf("/.", i + 1)) {
            int after = i + 2;
            if (after == path.length() || path.charAt(after) == '/') {
                return true;
            }
            if (path.charAt(after) == '.' && (after + 1 == path.length() || path.charAt(after + 1) == '/')) {
                return true;
            }
        }
        return false;
    }
}
