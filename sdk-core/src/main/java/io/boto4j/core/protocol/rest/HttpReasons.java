package io.boto4j.core.protocol.rest;

import java.util.Map;

/** Standard HTTP reason phrases: the message of an error response that has no body. */
final class HttpReasons {
    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(301, "Moved Permanently"),
            Map.entry(302, "Found"),
            Map.entry(304, "Not Modified"),
            Map.entry(307, "Temporary Redirect"),
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(409, "Conflict"),
            Map.entry(411, "Length Required"),
            Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Request Entity Too Large"),
            Map.entry(416, "Requested Range Not Satisfiable"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private HttpReasons() {
    }

    /** The reason phrase of {@code status}, or "" when it is not a common one. */
    static String phrase(int status) {
        return PHRASES.getOrDefault(status, "");
    }
}
