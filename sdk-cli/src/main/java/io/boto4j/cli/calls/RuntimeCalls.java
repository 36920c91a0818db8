package io.boto4j.cli.calls;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.pipeline.CallResult;
import io.boto4j.core.pipeline.ResponseStream;
import io.boto4j.core.pipeline.ServiceRuntime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;

/** {@link ServiceCalls} straight on the core pipeline, blocking the calling thread for each result. */
final class RuntimeCalls implements ServiceCalls {
    private final ServiceRuntime runtime;

    RuntimeCalls(ServiceRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public ServiceModel model() {
        return runtime.model();
    }

    @Override
    public Map<String, Object> call(String operation, Map<String, Object> input, OutputStream streamTarget) {
        CallResult result = await(runtime.invoke(operation, input));
        Map<String, Object> output = new LinkedHashMap<>(result.output());
        for (Map.Entry<String, Object> e : result.output().entrySet()) {
            if (e.getValue() instanceof ResponseStream stream) {
                output.remove(e.getKey());
                if (streamTarget == null) {
                    stream.abort();
                } else {
                    copy(stream, streamTarget);
                }
            }
        }
        return output;
    }

    @Override
    public ServiceRuntime.SignedRequest dryRun(String operation, Map<String, Object> input) {
        return await(runtime.dryRun(operation, input));
    }

    @Override
    public void close() {
        runtime.close();
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new SdkClientException(String.valueOf(cause), cause);
        }
    }

    /** Writes a streaming body out as it arrives, one buffer at a time. */
    private static void copy(ResponseStream stream, OutputStream target) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        stream.publisher().subscribe(new Flow.Subscriber<ByteBuffer>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(ByteBuffer item) {
                try {
                    byte[] chunk = new byte[item.remaining()];
                    item.get(chunk);
                    target.write(chunk);
                    subscription.request(1);
                } catch (IOException e) {
                    subscription.cancel();
                    done.completeExceptionally(new UncheckedIOException(e));
                }
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        await(done);
        try {
            target.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
