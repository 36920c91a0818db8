package io.boto4j.bench.harness;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark server answers as the clients expect, on one keep-alive connection, and counts what it served. */
class LoadServerTest {
    private LoadServer server;
    private URI uri;

    @BeforeEach
    void start() throws IOException {
        server = LoadServer.start(0);
        uri = URI.create("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void answersGetsWithTheObjectAndOtherMethodsEmptyOnOneConnection() throws IOException {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] put = "hello".getBytes(StandardCharsets.US_ASCII);
            // A body the server must skip, then two pipelined GETs in one write.
            out.write(("PUT /b/k HTTP/1.1\r\nHost: x\r\ncontent-LENGTH: 5\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(put);
            out.write(("GET /b/k HTTP/1.1\r\nHost: x\r\n\r\nGET /b/k HTTP/1.1\r\nHost: x\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertEquals(0, readResponse(in).length);
            assertArrayEquals(LoadServer.objectBytes(), readResponse(in));
            assertArrayEquals(LoadServer.objectBytes(), readResponse(in));
        }
        ServerProbe probe = ServerProbe.read(uri);
        assertEquals(3, probe.requests(), "the stats probe itself is not counted");
        assertTrue(probe.cpuNanos() >= 0);
    }

    /** Reads one response: status 200, a Date header, then Content-Length bytes of body. */
    private static byte[] readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int c = in.read();
            assertTrue(c >= 0, "connection closed mid-header");
            header.write(c);
        }
        String h = header.toString(StandardCharsets.US_ASCII);
        assertTrue(h.startsWith("HTTP/1.1 200 OK\r\n"), h);
        assertTrue(h.matches("(?s).*\r\nDate: \\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT\r\n.*"), h);
        String lower = h.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("content-length: ") + "content-length: ".length();
        int length = Integer.parseInt(h.substring(at, h.indexOf("\r\n", at)));
        byte[] body = in.readNBytes(length);
        assertEquals(length, body.length);
        return Arrays.copyOf(body, length);
    }
}
