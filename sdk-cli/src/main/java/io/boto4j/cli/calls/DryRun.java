package io.boto4j.cli.calls;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;
import io.boto4j.sync.SyncRequestBody;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The pipeline up to the signature and no further: validates, resolves the endpoint,
 * serializes and signs. Its transport refuses to send, so nothing leaves the machine.
 */
public final class DryRun implements AutoCloseable {
    private final ServiceRuntime runtime;

    DryRun(ServiceRuntime runtime) {
        this.runtime = runtime;
    }

    static HttpTransport refusingTransport() {
        return new HttpTransport() {
            @Override
            public CompletableFuture<TransportResponse> send(TransportRequest request) {
                return CompletableFuture.failedFuture(new IllegalStateException("a dry run sends nothing"));
            }
        };
    }

    /**
     * Validates, serializes and signs the call. A file given as a streaming body is sent as the
     * blocking layer would send it (its length known, its bytes not read).
     */
    public ServiceRuntime.SignedRequest sign(String operation, Map<String, Object> input) {
        Map<String, Object> bodies = new LinkedHashMap<>(input);
        bodies.replaceAll((name, value) -> value instanceof Path file ? SyncRequestBody.fromPath(file) : value);
        try {
            return runtime.dryRun(operation, bodies).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new SdkClientException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    @Override
    public void close() {
        runtime.close();
    }
}
