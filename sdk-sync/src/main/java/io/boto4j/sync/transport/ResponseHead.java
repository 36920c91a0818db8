package io.boto4j.sync.transport;

import io.boto4j.core.http.Headers;

import java.io.IOException;
import java.net.ProtocolException;
import java.util.List;
import java.util.Locale;

/**
 * A response's status line and headers as read off a {@link Connection}, and what they say about
 * the body's framing and the connection's reuse (RFC 9112). Bounded: a hostile server cannot
 * make the head take more than {@value #MAX_HEAD_BYTES} bytes or {@value #MAX_HEADERS} lines.
 *
 * @param minorVersion 1 for HTTP/1.1, 0 for HTTP/1.0
 */
record ResponseHead(int minorVersion, int status, Headers headers) {
    static final int MAX_LINE = 16 * 1024;
    static final int MAX_HEAD_BYTES = 64 * 1024;
    static final int MAX_HEADERS = 256;

    /** How the body is delimited. */
    enum Framing { NONE, LENGTH, CHUNKED, UNTIL_CLOSE }

    /** Reads a head (interim ones included: call again after a 1xx). */
    static ResponseHead read(Connection c) throws IOException {
        String statusLine = c.readLine(MAX_LINE);
        if (statusLine.isEmpty()) {
            statusLine = c.readLine(MAX_LINE); // a stray CRLF before the status line is tolerated
        }
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
            throw new ProtocolException("not an HTTP/1.x status line: " + printable(statusLine));
        }
        int minor = statusLine.charAt(7) - '0';
        int status = parseStatus(statusLine);
        Headers headers = new Headers();
        int bytes = statusLine.length();
        int lines = 0;
        String name = null;
        String value = null;
        while (true) {
            String line = c.readLine(MAX_LINE);
            bytes += line.length() + 2;
            if (bytes > MAX_HEAD_BYTES || ++lines > MAX_HEADERS) {
                throw new ProtocolException("the response head is larger than " + MAX_HEAD_BYTES + " bytes or "
                        + MAX_HEADERS + " headers");
            }
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                value = value + " " + line.trim(); // obsolete line folding
                continue;
            }
            if (name != null) {
                headers.add(name, value);
            }
            if (line.isEmpty()) {
                return new ResponseHead(minor, status, headers);
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.charAt(colon - 1) == ' ' || line.charAt(colon - 1) == '\t') {
                throw new ProtocolException("malformed header line in the response: " + printable(line));
            }
            name = line.substring(0, colon);
            value = line.substring(colon + 1).trim();
        }
    }

    private static int parseStatus(String statusLine) throws ProtocolException {
        int status = 0;
        for (int i = 9; i < 12; i++) {
            char d = statusLine.charAt(i);
            if (d < '0' || d > '9') {
                throw new ProtocolException("not an HTTP status code: " + printable(statusLine));
            }
            status = status * 10 + d - '0';
        }
        if (statusLine.length() > 12 && statusLine.charAt(12) != ' ') {
            throw new ProtocolException("not an HTTP status code: " + printable(statusLine));
        }
        return status;
    }

    boolean isInterim() {
        return status >= 100 && status < 200;
    }

    /** How the body of this response to a {@code method} request is delimited. */
    Framing framing(String method) throws ProtocolException {
        if ("HEAD".equals(method) || status == 204 || status == 304 || isInterim()) {
            return Framing.NONE;
        }
        List<String> te = headers.all("Transfer-Encoding");
        if (!te.isEmpty()) {
            String last = te.get(te.size() - 1);
            int comma = last.lastIndexOf(',');
            return last.substring(comma + 1).trim().equalsIgnoreCase("chunked") ? Framing.CHUNKED : Framing.UNTIL_CLOSE;
        }
        return contentLength() >= 0 ? Framing.LENGTH : Framing.UNTIL_CLOSE;
    }

    /** The {@code Content-Length}, or -1 when absent; repeated values must agree. */
    long contentLength() throws ProtocolException {
        long length = -1;
        for (String header : headers.all("Content-Length")) {
            for (String v : header.split(",")) {
                long n = parseLength(v.trim());
                if (length >= 0 && n != length) {
                    throw new ProtocolException("the response has conflicting Content-Length values");
                }
                length = n;
            }
        }
        return length;
    }

    private static long parseLength(String v) throws ProtocolException {
        if (v.isEmpty() || v.length() > 18) {
            throw new ProtocolException("invalid Content-Length in the response: " + printable(v));
        }
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            char d = v.charAt(i);
            if (d < '0' || d > '9') {
                throw new ProtocolException("invalid Content-Length in the response: " + printable(v));
            }
            n = n * 10 + d - '0';
        }
        return n;
    }

    /** Whether the server keeps the connection open after this response (HTTP/1.1 unless it says close). */
    boolean keepsAlive() {
        boolean close = false;
        boolean keepAlive = false;
        for (String header : headers.all("Connection")) {
            for (String token : header.split(",")) {
                String t = token.trim().toLowerCase(Locale.ROOT);
                close |= t.equals("close");
                keepAlive |= t.equals("keep-alive");
            }
        }
        return !close && (minorVersion >= 1 || keepAlive);
    }

    /** A line of a response for an error message: printable ASCII only, cut short. */
    static String printable(String s) {
        String p = s.replaceAll("[^\\x20-\\x7e]", "?");
        return p.length() > 80 ? p.substring(0, 80) + "..." : p;
    }
}
