package io.boto4j.sync;

import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.pipeline.CallResult;
import io.boto4j.core.pipeline.Delayer;
import io.boto4j.core.pipeline.Interceptor;
import io.boto4j.core.pipeline.ResponseStream;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.pipeline.ServiceRuntimeBuilder;
import io.boto4j.sync.internal.Blocking;
import io.boto4j.sync.internal.StreamingInput;
import io.boto4j.sync.transport.JdkHttpTransport;
import io.boto4j.sync.transport.TransportSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A blocking client for one AWS service, driven by its model: {@code call("ListTables", params)}
 * returns the output as plain values ({@code Map}, {@code List}, {@code String}, numbers,
 * {@code Instant}, {@code byte[]}); {@link #invoke} also returns the status, request id and
 * attempt count. Failures are thrown as {@link io.boto4j.core.ServiceException} (the service
 * said no), {@link io.boto4j.core.validation.ParamValidationException} (bad input, nothing
 * sent) or another {@link io.boto4j.core.SdkClientException}.
 *
 * <p>A streaming payload (S3 PutObject's {@code Body}) may be a {@link java.nio.file.Path}, an
 * {@link java.io.InputStream}, a {@code byte[]}, a {@code String} or a {@link SyncRequestBody};
 * a streaming output comes back as a {@link ResponseInputStream} that the caller must close.
 *
 * <p>Thread-safe; share one client per service and configuration. Blocking waits park
 * (no monitors are held), so calls from virtual threads unmount while waiting. Building a client
 * reads the config files and loads the model.
 */
public final class SyncClient implements AutoCloseable {
    private final ServiceRuntime runtime;

    private SyncClient(ServiceRuntime runtime) {
        this.runtime = runtime;
    }

    /** A client configured from the environment and the shared config files. */
    public static SyncClient create(String service) {
        return builder().service(service).build();
    }

    public static SyncClient create(String service, ClientConfig config) {
        return builder().service(service).config(config).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Calls an operation and returns its output. */
    public Map<String, Object> call(String operation, Map<String, ?> params) {
        return invoke(operation, params).output();
    }

    /** Calls an operation that takes no input (or only optional input). */
    public Map<String, Object> call(String operation) {
        return call(operation, Map.of());
    }

    /** Calls an operation and returns its output with the response's metadata. */
    public SyncResponse invoke(String operation, Map<String, ?> params) {
        Map<String, ?> input = withStreams(operation, params == null ? Map.of() : params);
        CallResult result = Blocking.await(runtime.invoke(operation, input));
        return new SyncResponse(withInputStreams(result.output()), result.statusCode(), result.headers(),
                result.requestId(), result.attempts());
    }

    private Map<String, ?> withStreams(String operation, Map<String, ?> params) {
        ServiceModel model = runtime.model();
        if (!model.operationNames().contains(operation)) {
            return params; // the pipeline reports the unknown operation
        }
        OperationModel op = model.operation(operation);
        return StreamingInput.convert(op, params);
    }

    private static Map<String, Object> withInputStreams(Map<String, Object> output) {
        Map<String, Object> converted = null;
        for (Map.Entry<String, Object> e : output.entrySet()) {
            if (e.getValue() instanceof ResponseStream stream) {
                if (converted == null) {
                    converted = new LinkedHashMap<>(output);
                }
                converted.put(e.getKey(), new ResponseInputStream(stream));
            }
        }
        return converted == null ? output : converted;
    }

    /** The service's botocore name ({@code s3}, {@code dynamodb}, ...). */
    public String serviceName() {
        return runtime.model().serviceName();
    }

    /** The resolved region, or null for a global service configured without one. */
    public String region() {
        return runtime.region();
    }

    /** The service model the client was built from: operations, shapes, documentation-free. */
    public ServiceModel model() {
        return runtime.model();
    }

    /**
     * Releases the client. Java 17's HttpClient has no close: it and its pooled connections are
     * released when no longer referenced. Calls after closing fail.
     */
    @Override
    public void close() {
        runtime.close();
    }

    /** Names the service and region; never credentials. */
    @Override
    public String toString() {
        return "SyncClient[" + serviceName() + ", region " + region() + "]";
    }

    /** Builds a {@link SyncClient}; only the service is required. */
    public static final class Builder {
        private String service;
        private ClientConfig config = ClientConfig.defaults();
        private final List<Interceptor> interceptors = new ArrayList<>();

        private Builder() {
        }

        /** The service by its botocore name ({@code s3}, {@code dynamodb}, {@code sts}, ...). */
        public Builder service(String service) {
            this.service = Objects.requireNonNull(service, "service");
            return this;
        }

        public Builder config(ClientConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** Adds a pipeline interceptor. */
        public Builder addInterceptor(Interceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /** Reads the config files and loads the model: do it once, not per call. */
        public SyncClient build() {
            Objects.requireNonNull(service, "service");
            JdkHttpTransport transport = new JdkHttpTransport(TransportSettings.from(config));
            ServiceRuntimeBuilder b = ServiceRuntime.builder()
                    .service(service)
                    .config(config)
                    .transport(transport)
                    .delayer(Delayer.jdk());
            interceptors.forEach(b::addInterceptor);
            try {
                return new SyncClient(b.build());
            } catch (RuntimeException e) {
                transport.close();
                throw e;
            }
        }
    }
}
