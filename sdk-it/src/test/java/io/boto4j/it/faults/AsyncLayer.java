package io.boto4j.it.faults;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.client.ClientConfig;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.dns.AddressResolverOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/** The Vert.x layer, each call awaited from the test's thread. */
final class AsyncLayer implements Layer {
    private final Vertx vertx = Vertx.vertx();
    private Vertx localNamesOnly;

    @Override
    public String name() {
        return "async";
    }

    @Override
    public Client client(String service, ClientConfig config) {
        return client(vertx, service, config);
    }

    private static Client client(Vertx vertx, String service, ClientConfig config) {
        AsyncClient client = AsyncClient.createBlocking(vertx, service, config);
        return new Client() {
            @Override
            public int call(String operation, Map<String, ?> params) {
                return client.callWithMetadata(operation, params).await().attempts();
            }

            @Override
            public byte[] callAndRead(String operation, Map<String, ?> params) {
                Map<String, Object> output = client.call(operation, params).await();
                return AsyncClient.body(output).readAll().await().getBytes();
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    /**
     * A Vert.x whose resolver knows only {@code localhost} and asks a DNS server on
     * {@code 127.0.0.1} that is not there: any other name fails at once, and no query leaves the
     * machine.
     */
    @Override
    public Client clientWithLocalNamesOnly(String service, ClientConfig config) {
        if (localNamesOnly == null) {
            int deadPort;
            try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                deadPort = s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            localNamesOnly = Vertx.vertx(new VertxOptions().setAddressResolverOptions(new AddressResolverOptions()
                    .setHostsValue(Buffer.buffer("127.0.0.1 localhost\n"))
                    .setServers(List.of("127.0.0.1:" + deadPort))
                    .setQueryTimeout(500)
                    .setMaxQueries(1)));
        }
        return client(localNamesOnly, service, config);
    }

    @Override
    public boolean isLayerThread(Thread t) {
        return t.getName().startsWith("boto4j-") || t.getName().startsWith("vert.x-");
    }

    @Override
    public void close() {
        vertx.close().await();
        if (localNamesOnly != null) {
            localNamesOnly.close().await();
        }
    }
}
