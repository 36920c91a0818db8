package io.boto4j.it.faults;

import io.boto4j.core.SdkException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.sync.ResponseInputStream;
import io.boto4j.sync.SyncClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The blocking layer. Host names resolve from the hosts file sdk-it's tests run with
 * ({@code -Djdk.net.hosts.file}, just {@code localhost}): no lookup leaves the machine.
 */
final class SyncLayer implements Layer {
    @Override
    public String name() {
        return "sync";
    }

    @Override
    public Client client(String service, ClientConfig config) {
        SyncClient client = SyncClient.create(service, config);
        return new Client() {
            @Override
            public int call(String operation, Map<String, ?> params) {
                return client.callWithMetadata(operation, params).attempts();
            }

            @Override
            public byte[] callAndRead(String operation, Map<String, ?> params) {
                try (ResponseInputStream body = client.callWithMetadata(operation, params).body()) {
                    return body.readAllBytes();
                } catch (IOException e) {
                    // The SDK's own exception is the cause of the stream's IOException.
                    if (e.getCause() instanceof SdkException sdk) {
                        throw sdk;
                    }
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    @Override
    public Client clientWithLocalNamesOnly(String service, ClientConfig config) {
        return client(service, config);
    }

    @Override
    public boolean isLayerThread(Thread t) {
        return t.getName().startsWith("boto4j-");
    }

    @Override
    public void close() {
    }
}
