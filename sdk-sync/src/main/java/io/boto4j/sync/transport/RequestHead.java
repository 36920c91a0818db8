package io.boto4j.sync.transport;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.http.SdkHttpRequest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The start line and headers of a request as they go on the wire, checked first: a name or a
 * value that could smuggle a line break, or a path with one, is refused before anything is sent.
 * The transport writes the framing headers itself ({@code Host}, {@code Content-Length} or
 * {@code Transfer-Encoding}) from what it actually sends; everything else goes as signed.
 */
final class RequestHead {
    /** Headers about the message's framing or the connection: the transport's own, never copied. */
    private static final Set<String> OWN = Set.of("host", "content-length", "transfer-encoding", "connection",
            "keep-alive", "upgrade", "te", "proxy-connection", "proxy-authorization");
    /** Methods that define a body: without one they still say {@code Content-Length: 0} (RFC 9110). */
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    private RequestHead() {
    }

    /** Refuses what cannot go on the wire as it is, naming the header (never its value: it may be a secret). */
    static void check(SdkHttpRequest request) {
        if (!isToken(request.method())) {
            throw new SdkClientException("HTTP method " + request.method() + " is not a valid token");
        }
        String path = request.fullEncodedPath();
        String query = request.encodedQuery();
        if (hasBreakOrSpace(path) || hasBreakOrSpace(query)) {
            throw new SdkClientException("the request path or query has a space or line break left unencoded:"
                    + " refusing to send it");
        }
        request.headers().forEach((name, value) -> {
            if (!isToken(name)) {
                throw new SdkClientException("header name \"" + printable(name) + "\" is not a valid HTTP token");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\r' || c == '\n' || c == 0) {
                    throw new SdkClientException("header " + name + " has a line break or NUL in its value:"
                            + " refusing to send it (it could inject headers)");
                }
                if (c > 0xff) {
                    throw new SdkClientException("header " + name + " has characters outside ISO-8859-1 in its value;"
                            + " encode it first (S3 metadata: e.g. RFC 2047)");
                }
            }
        });
    }

    /**
     * The head's bytes.
     *
     * @param contentLength the body's length, -1 for a chunked body, or -2 for no body at all
     */
    static byte[] encode(SdkHttpRequest request, Route route, long contentLength) {
        StringBuilder head = new StringBuilder(256 + 64 * request.headers().size());
        head.append(request.method()).append(' ');
        if (route.forwardsThroughProxy()) {
            head.append(route.scheme()).append("://").append(request.hostHeader());
        }
        head.append(request.fullEncodedPath());
        String query = request.encodedQuery();
        if (!query.isEmpty()) {
            head.append('?').append(query);
        }
        head.append(" HTTP/1.1\r\nHost: ").append(request.hostHeader()).append("\r\n");
        request.headers().forEach((name, value) -> {
            if (!OWN.contains(name.toLowerCase(Locale.ROOT))) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
        });
        if (contentLength >= 0) {
            head.append("Content-Length: ").append(contentLength).append("\r\n");
        } else if (contentLength == -1) {
            head.append("Transfer-Encoding: chunked\r\n");
        } else if (BODY_METHODS.contains(request.method()) || request.headers().contains("Content-Length")) {
            head.append("Content-Length: 0\r\n");
        }
        if (route.forwardsThroughProxy() && route.proxyAuthorization() != null) {
            head.append("Proxy-Authorization: ").append(route.proxyAuthorization()).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A proxy's {@code CONNECT} request for an https route. */
    static byte[] connect(Route route) {
        StringBuilder head = new StringBuilder("CONNECT ").append(route.authority()).append(" HTTP/1.1\r\nHost: ")
                .append(route.authority()).append("\r\n");
        if (route.proxyAuthorization() != null) {
            head.append("Proxy-Authorization: ").append(route.proxyAuthorization()).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean isToken(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean tchar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!tchar) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBreakOrSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n' || c == ' ' || c == 0) {
                return true;
            }
        }
        return false;
    }

    private static String printable(String s) {
        return s.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
