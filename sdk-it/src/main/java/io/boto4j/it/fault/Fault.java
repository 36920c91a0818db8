package io.boto4j.it.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the {@link FaultProxy} does with one request. Faults that answer by themselves (errors)
 * never reach the upstream server; the others forward the request and then tamper with the
 * response.
 */
public final class Fault {
    private static final Duration RESET_AFTER_HEADERS_PAUSE = Duration.ofMillis(100);

    /** Handles the exchange; returns whether the client connection can take another request. */
    @FunctionalInterface
    interface Behaviour {
        boolean handle(Exchange exchange) throws IOException;
    }

    private final String description;
    private final Behaviour behaviour;

    private Fault(String description, Behaviour behaviour) {
        this.description = description;
        this.behaviour = behaviour;
    }

    boolean handle(Exchange exchange) throws IOException {
        return behaviour.handle(exchange);
    }

    /** Forwards the request and relays the response unchanged (but de-chunked). */
    public static Fault passThrough() {
        return new Fault("pass through", ex -> ex.send(ex.forward()));
    }

    /** Resets the connection (TCP RST) without forwarding the request or sending anything. */
    public static Fault resetBeforeHeaders() {
        return new Fault("reset before headers", ex -> {
            ex.reset();
            return false;
        });
    }

    /**
     * Forwards the request, sends the response headers and half the body (at least the
     * headers), then resets the connection.
     */
    public static Fault resetAfterHeaders() {
        return new Fault("reset after headers", ex -> {
            HttpMessage response = ex.forward();
            ex.writeHead(response);
            ex.writeBody(response.body, 0, response.body.length / 2);
            pause(RESET_AFTER_HEADERS_PAUSE);  // let the client see the headers before the RST
            ex.reset();
            return false;
        });
    }

    /**
     * Forwards the request, sends the response headers (with the full Content-Length) and then
     * only the first {@code bytesSent} bytes of the body, and closes the connection normally.
     */
    public static Fault truncatedBody(int bytesSent) {
        return new Fault("truncated body after " + bytesSent + " bytes", ex -> {
            HttpMessage response = ex.forward();
            ex.writeHead(response);
            ex.writeBody(response.body, 0, Math.min(bytesSent, response.body.length));
            ex.close();
            return false;
        });
    }

    /** Forwards the request and trickles the response body, {@code bytesPerChunk} bytes every {@code delay}. */
    public static Fault slowBody(int bytesPerChunk, Duration delay) {
        if (bytesPerChunk < 1) {
            throw new IllegalArgumentException("bytesPerChunk must be positive");
        }
        return new Fault("slow body, " + bytesPerChunk + " bytes every " + delay, ex -> {
            HttpMessage response = ex.forward();
            ex.writeHead(response);
            for (int offset = 0; offset < response.body.length; offset += bytesPerChunk) {
                pause(delay);
                ex.writeBody(response.body, offset, Math.min(bytesPerChunk, response.body.length - offset));
            }
            return true;
        });
    }

    /**
     * Forwards the request and holds the response back for {@code delay} before sending it
     * whole: a server slow to answer (the client's attempt timeout is for this).
     */
    public static Fault slowHeaders(Duration delay) {
        return new Fault("headers after " + delay, ex -> {
            HttpMessage response = ex.forward();
            pause(delay);
            return ex.send(response);
        });
    }

    /** Answers by itself with the given status, headers and body; the upstream never sees the request. */
    public static Fault respond(int status, Map<String, String> headers, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Fault("respond " + status, ex -> {
            List<Map.Entry<String, String>> head = new ArrayList<>();
            headers.forEach((k, v) -> head.add(new AbstractMap.SimpleEntry<>(k, v)));
            HttpMessage response = new HttpMessage("HTTP/1.1 " + status + " " + reason(status), head, bytes);
            response.setHeader("Content-Length", Integer.toString(bytes.length));
            return ex.send(response);
        });
    }

    /** A status with an empty body, e.g. {@code status(503)}. */
    public static Fault status(int status) {
        return respond(status, Map.of(), "");
    }

    /** An S3-style (rest-xml) error: {@code <Error><Code>SlowDown</Code>...}. */
    public static Fault s3Error(int status, String code, String message) {
        return respond(status, Map.of("Content-Type", "application/xml"), s3ErrorXml(code, message, ""));
    }

    /** A query-protocol error (STS, SQS, SNS...): {@code <ErrorResponse><Error><Code>Throttling</Code>...}. */
    public static Fault queryError(int status, String code, String message) {
        String requestId = UUID.randomUUID().toString();
        String body = "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<Error><Type>" + (status >= 500 ? "Receiver" : "Sender") + "</Type>"
                + "<Code>" + code + "</Code><Message>" + message + "</Message></Error>"
                + "<RequestId>" + requestId + "</RequestId></ErrorResponse>";
        return respond(status, Map.of("Content-Type", "text/xml", "x-amzn-RequestId", requestId), body);
    }

    /** A JSON-protocol error (DynamoDB, KMS...): {@code {"__type": "...#ThrottlingException", ...}}. */
    public static Fault jsonError(int status, String type, String message) {
        String body = "{\"__type\":\"com.amazonaws.service#" + type + "\",\"message\":\"" + message + "\"}";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-amz-json-1.0");
        headers.put("x-amzn-RequestId", UUID.randomUUID().toString());
        return respond(status, headers, body);
    }

    /**
     * S3's 403 {@code RequestTimeTooSkewed}, with a {@code Date} header (and {@code ServerTime})
     * saying the server's clock reads {@code serverTime}, as a client needs for clock-skew correction.
     */
    public static Fault requestTimeTooSkewed(Instant serverTime) {
        String extra = "<ServerTime>" + serverTime + "</ServerTime><MaxAllowedSkewMilliseconds>900000"
                + "</MaxAllowedSkewMilliseconds>";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/xml");
        headers.put("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(serverTime.atOffset(ZoneOffset.UTC)));
        return respond(403, headers, s3ErrorXml("RequestTimeTooSkewed",
                "The difference between the request time and the current time is too large.", extra));
    }

    private static String s3ErrorXml(String code, String message, String extra) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message + "</Message>" + extra + "<RequestId>" + UUID.randomUUID() + "</RequestId></Error>";
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Status";
        };
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "Fault[" + description + "]";
    }
}
