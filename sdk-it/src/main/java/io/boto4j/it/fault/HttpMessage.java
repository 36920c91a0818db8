package io.boto4j.it.fault;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An HTTP/1.1 request or response read whole into memory: start line, headers in order, and
 * the body with any chunked framing removed. Enough HTTP for a test proxy, nothing more.
 */
final class HttpMessage {
    private static final int MAX_HEAD_BYTES = 64 * 1024;

    final String startLine;
    final List<Map.Entry<String, String>> headers;
    byte[] body;
    /** When the head was read ({@link System#nanoTime()}). */
    final long receivedAt = System.nanoTime();

    HttpMessage(String startLine, List<Map.Entry<String, String>> headers, byte[] body) {
        this.startLine = startLine;
        this.headers = headers;
        this.body = body;
    }

    String header(String name) {
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    void removeHeader(String name) {
        headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
    }

    void setHeader(String name, String value) {
        removeHeader(name);
        headers.add(new AbstractMap.SimpleEntry<>(name, value));
    }

    String method() {
        return startLine.substring(0, startLine.indexOf(' '));
    }

    String target() {
        String[] parts = startLine.split(" ", 3);
        return parts.length > 1 ? parts[1] : "";
    }

    int status() {
        String[] parts = startLine.split(" ", 3);
        return Integer.parseInt(parts[1]);
    }

    /** A copy, with headers and body of its own. */
    HttpMessage copy() {
        return new HttpMessage(startLine, new ArrayList<>(headers), body.clone());
    }

    /** Writes the start line and headers (not the body). */
    void writeHead(OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder(startLine).append("\r\n");
        for (Map.Entry<String, String> h : headers) {
            sb.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        sb.append("\r\n");
        out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Reads a request, or returns null when the peer closed the connection between requests.
     * Answers {@code Expect: 100-continue} itself so that the upstream server never has to (the
     * header stays in the request, so that tests see it; {@link Exchange#forward} drops it).
     */
    static HttpMessage readRequest(InputStream in, OutputStream interim) throws IOException {
        HttpMessage request = readHead(in);
        if (request == null) {
            return null;
        }
        if ("100-continue".equalsIgnoreCase(request.header("Expect"))) {
            interim.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            interim.flush();
        }
        request.body = readBody(in, request, true);
        return request;
    }

    /** Reads a whole response from a connection that the server closes after it (Connection: close). */
    static HttpMessage readResponse(InputStream in, boolean toHead) throws IOException {
        while (true) {
            HttpMessage response = readHead(in);
            if (response == null) {
                throw new EOFException("upstream closed the connection without a response");
            }
            int status = response.status();
            if (status >= 100 && status < 200) {
                continue;  // interim response: the real one follows
            }
            boolean noBody = toHead || status == 204 || status == 304;
            response.body = noBody ? new byte[0] : readBody(in, response, false);
            return response;
        }
    }

    private static HttpMessage readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;  // how much of CRLF CRLF we have seen
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new EOFException("connection closed inside the message head");
            }
            head.write(b);
            if (head.size() > MAX_HEAD_BYTES) {
                throw new IOException("message head longer than " + MAX_HEAD_BYTES + " bytes");
            }
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new AbstractMap.SimpleEntry<>(lines[i].substring(0, colon).trim(),
                        lines[i].substring(colon + 1).trim()));
            }
        }
        return new HttpMessage(lines[0], headers, new byte[0]);
    }

    private static byte[] readBody(InputStream in, HttpMessage message, boolean isRequest) throws IOException {
        String transferEncoding = message.header("Transfer-Encoding");
        if (transferEncoding != null && transferEncoding.toLowerCase().contains("chunked")) {
            return readChunked(in);
        }
        String length = message.header("Content-Length");
        if (length != null) {
            return in.readNBytes(Integer.parseInt(length.trim()));
        }
        // A request without either has no body; a response without either ends at EOF.
        return isRequest ? new byte[0] : in.readAllBytes();
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
            if (size == 0) {
                while (!readLine(in).isEmpty()) {
                    // trailers are dropped: the body is re-sent with a Content-Length
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length < size) {
                throw new EOFException("connection closed inside a chunk");
            }
            body.write(chunk);
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException("connection closed inside a line");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
