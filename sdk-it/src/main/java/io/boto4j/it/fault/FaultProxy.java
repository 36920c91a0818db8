package io.boto4j.it.fault;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A small HTTP/1.1 proxy on 127.0.0.1 that sits in front of a test server and does, request by
 * request, what the test scripted: pass through, reset, fail with an error, trickle or truncate
 * the body ({@link Fault}). A request that matches a {@linkplain #onRequests rule} gets its fault;
 * the others take the {@linkplain #enqueue queued} faults in arrival order, and once the queue is
 * empty the {@linkplain #setDefault default} (pass through). Every request is recorded
 * ({@link #requests()}).
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.start(s3.endpoint())) {
 *     proxy.enqueue(Fault.s3Error(503, "SlowDown", "Reduce your request rate."), Fault.passThrough());
 *     // point the client at proxy.endpoint(); then assert on proxy.requests()
 * }
 * }</pre>
 *
 * Plain blocking sockets, a thread per connection; it forwards each request on a fresh upstream
 * connection and holds whole messages in memory, which is fine for test payloads.
 */
public final class FaultProxy implements AutoCloseable {
    private final URI upstream;
    private final HttpMessage cannedUpstream;
    private final ServerSocket serverSocket;
    private final ExecutorService threads;
    private final Queue<Fault> script = new ConcurrentLinkedQueue<>();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile Fault defaultFault = Fault.passThrough();

    private FaultProxy(URI upstream, HttpMessage cannedUpstream, ServerSocket serverSocket) {
        this.upstream = upstream;
        this.cannedUpstream = cannedUpstream;
        this.serverSocket = serverSocket;
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "fault-proxy-" + serverSocket.getLocalPort());
            t.setDaemon(true);
            return t;
        });
        threads.execute(this::acceptLoop);
    }

    /** Starts a proxy in front of {@code upstream} ({@code http://host:port}) on a free port. */
    public static FaultProxy start(URI upstream) {
        return start(upstream, null);
    }

    private static FaultProxy start(URI upstream, HttpMessage cannedUpstream) {
        try {
            return new FaultProxy(upstream, cannedUpstream, new ServerSocket(0, 200, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A proxy with nothing behind it, for faults that answer by themselves. */
    public static FaultProxy standalone() {
        return start(null);
    }

    /**
     * A proxy whose "upstream" is a canned answer: every fault that forwards (pass through, a
     * reset after the headers, a truncated or slow body...) works on this answer instead of a
     * server's, so that thousands of faults can be served with no server behind.
     */
    public static FaultProxy cannedUpstream(int status, Map<String, String> headers, String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<Map.Entry<String, String>> head = new java.util.ArrayList<>();
        headers.forEach((k, v) -> head.add(new java.util.AbstractMap.SimpleEntry<>(k, v)));
        HttpMessage answer = new HttpMessage("HTTP/1.1 " + status + " Canned", head, bytes);
        answer.setHeader("Content-Length", Integer.toString(bytes.length));
        return start(null, answer);
    }

    /** Client connections open now (each served by a thread of the proxy). */
    public int openConnections() {
        return connections.size();
    }

    /** {@code http://127.0.0.1:PORT}: where the client under test must send its requests. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort());
    }

    /** Scripts the next requests: the first one gets {@code faults[0]}, and so on. */
    public FaultProxy enqueue(Fault... faults) {
        script.addAll(List.of(faults));
        return this;
    }

    /**
     * Gives {@code fault} to every request that matches, however many there are (retries
     * included), before the queue: e.g. a reset for the third part of a multipart upload,
     * {@code r -> r.target().contains("partNumber=3")}. The first matching rule wins.
     */
    public FaultProxy onRequests(Predicate<RecordedRequest> which, Fault fault) {
        rules.add(new Rule(which, fault));
        return this;
    }

    private record Rule(Predicate<RecordedRequest> which, Fault fault) {
    }

    /** What requests get once the queued faults are used up. */
    public FaultProxy setDefault(Fault fault) {
        this.defaultFault = fault;
        return this;
    }

    /** The requests received so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Forgets the requests recorded so far (keeps the rules, the script and the default). */
    public void forgetRequests() {
        requests.clear();
    }

    /** Forgets the rules, the script, the recorded requests and the default (back to pass through). */
    public void reset() {
        rules.clear();
        script.clear();
        requests.clear();
        defaultFault = Fault.passThrough();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket client = serverSocket.accept();
                connections.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return;  // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = new BufferedOutputStream(client.getOutputStream());
            boolean keepOpen = true;
            while (keepOpen) {
                HttpMessage request = HttpMessage.readRequest(in, out);
                if (request == null) {
                    return;
                }
                RecordedRequest recorded = RecordedRequest.of(request);
                requests.add(recorded);
                Fault fault = rules.stream().filter(r -> r.which().test(recorded)).map(Rule::fault).findFirst()
                        .orElseGet(script::poll);
                keepOpen = (fault != null ? fault : defaultFault).handle(new Exchange(request, client, out, upstream,
                        cannedUpstream));
            }
        } catch (IOException e) {
            // the client went away or a fault closed the connection: nothing to report
        } finally {
            connections.remove(client);
        }
    }

    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : connections) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "FaultProxy[" + endpoint() + " -> " + upstream + "]";
    }
}
