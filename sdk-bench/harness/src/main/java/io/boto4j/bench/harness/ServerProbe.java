package io.boto4j.bench.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads the {@link LoadServer}'s counters over a connection of its own, so that the load
 * driver can charge the server's CPU to the requests of its window.
 *
 * @param cpuNanos the server process's CPU time
 * @param requests the requests it has answered (the probes not counted)
 */
record ServerProbe(long cpuNanos, long requests) {

    static ServerProbe read(URI server) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + LoadServer.STATS_PATH + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            Map<String, String> values = KeyValues.parse("STATS", "STATS " + answer.trim());
            return new ServerProbe(Long.parseLong(values.get("cpuNanos")), Long.parseLong(values.get("requests")));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the load server's counters at " + server, e);
        }
    }

    /** The body of one answer: reads the header, then exactly Content-Length bytes. */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder header = new StringBuilder();
        while (!header.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed in the header");
            }
            header.append((char) c);
        }
        int at = header.toString().toLowerCase(java.util.Locale.ROOT).indexOf("content-length:");
        int length = Integer.parseInt(header.substring(at + 15, header.indexOf("\r\n", at)).trim());
        return new String(in.readNBytes(length), StandardCharsets.US_ASCII);
    }
}
