package io.boto4j.cli.calls;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;

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

    public ServiceRuntime.SignedRequest sign(String operation, Map<String, Object> input) {
        try {
            return runtime.dryRun(operation, input).join();
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
