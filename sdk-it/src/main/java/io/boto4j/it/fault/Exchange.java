package io.boto4j.it.fault;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.Set;

/** One request being handled by the proxy: what a {@link Fault} can do with it. */
final class Exchange {
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 120_000;
    /** Hop-by-hop headers: about one connection, so never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding",
            "proxy-connection", "te", "upgrade");

    final HttpMessage request;
    private final Socket client;
    private final OutputStream out;
    private final URI upstream;
    private final HttpMessage cannedUpstream;

    /** @param cannedUpstream what stands in for the upstream's answer (a standalone proxy's), or null */
    Exchange(HttpMessage request, Socket client, OutputStream out, URI upstream, HttpMessage cannedUpstream) {
        this.request = request;
        this.client = client;
        this.out = out;
        this.upstream = upstream;
        this.cannedUpstream = cannedUpstream;
    }

    /**
     * Sends the request to the upstream server on a fresh connection and reads its whole
     * response. The Host header is kept as the client sent it: it is part of the signature.
     * The body is re-sent with a Content-Length and the response comes back de-chunked with one.
     */
    HttpMessage forward() throws IOException {
        if (cannedUpstream != null) {
            return cannedUpstream.copy();
        }
        if (upstream == null) {
            throw new IOException("this FaultProxy has no upstream to pass " + request.startLine + " to");
        }
        HttpMessage outgoing = new HttpMessage(request.startLine, new ArrayList<>(request.headers), request.body);
        outgoing.headers.removeIf(h -> HOP_BY_HOP.contains(h.getKey().toLowerCase()));
        // The proxy answered Expect: 100-continue itself and has the whole body: nothing to wait for upstream.
        outgoing.removeHeader("Expect");
        if (request.body.length > 0 || request.header("Content-Length") != null) {
            outgoing.setHeader("Content-Length", Integer.toString(request.body.length));
        }
        outgoing.setHeader("Connection", "close");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(upstream.getHost(), upstream.getPort()), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            OutputStream upOut = new BufferedOutputStream(socket.getOutputStream());
            outgoing.writeHead(upOut);
            upOut.write(outgoing.body);
            upOut.flush();
            InputStream upIn = new BufferedInputStream(socket.getInputStream());
            HttpMessage response = HttpMessage.readResponse(upIn, "HEAD".equals(request.method()));
            response.headers.removeIf(h -> HOP_BY_HOP.contains(h.getKey().toLowerCase()));
            if (!"HEAD".equals(request.method())) {
                response.setHeader("Content-Length", Integer.toString(response.body.length));
            }
            return response;
        }
    }

    void writeHead(HttpMessage response) throws IOException {
        response.writeHead(out);
        out.flush();
    }

    void writeBody(byte[] body, int offset, int length) throws IOException {
        out.write(body, offset, length);
        out.flush();
    }

    /** Writes the whole response; the connection stays open for the next request. */
    boolean send(HttpMessage response) throws IOException {
        response.writeHead(out);
        out.write(response.body);
        out.flush();
        return true;
    }

    /** Aborts the connection with a TCP RST instead of an orderly close. */
    void reset() throws IOException {
        client.setSoLinger(true, 0);
        client.close();
    }

    /** Closes the connection normally (FIN), e.g. after a truncated body. */
    void close() throws IOException {
        out.flush();
        client.shutdownOutput();
        client.close();
    }
}
