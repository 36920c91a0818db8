package io.boto4j.sync;

import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.pipeline.CallResult;
import io.boto4j.core.paginate.PaginationConfig;
import io.boto4j.core.pipeline.EventStream;
import io.boto4j.core.pipeline.ResponseStream;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.pipeline.ServiceRuntimeBuilder;
import io.boto4j.core.pipeline.StreamingInputs;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.typed.TypedViews;
import io.boto4j.core.typed.ViewAccess;
import io.boto4j.core.waiter.WaiterConfig;
import io.boto4j.core.waiter.WaiterResult;
import io.boto4j.sync.internal.Blocking;
import io.boto4j.sync.internal.BlockingTypedLayer;
import io.boto4j.sync.internal.CallerLoop;
import io.boto4j.sync.internal.StreamingInput;
import io.boto4j.sync.transport.SocketHttpTransport;
import io.boto4j.sync.transport.TransportSettings;

import java.lang.invoke.MethodHandles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A blocking client for one AWS service, driven by its model: {@code call("ListTables", params)}
 * returns the output as plain values ({@code Map}, {@code List}, {@code String}, numbers,
 * {@code Instant}, {@code byte[]}); {@link #callWithMetadata} also returns the status, request id and
 * attempt count. Failures are thrown as {@link io.boto4j.core.ServiceException} (the service
 * said no), {@link io.boto4j.core.ParamValidationException} (bad input, nothing
 * sent) or another {@link io.boto4j.core.SdkClientException}. Custom methods (presigning, S3
 * transfers) are called with {@link #call(CustomMethod, Map)}.
 *
 * <p>A streaming payload (S3 PutObject's {@code Body}) may be a {@link java.nio.file.Path}, an
 * {@link java.io.InputStream}, a {@code byte[]}, a {@code String} or a {@link SyncRequestBody};
 * a streaming output comes back as a {@link ResponseInputStream} (an event stream as a
 * {@link ResponseEventStream}) that the caller must close. {@link #paginate}, {@link #waitUntil}
 * and {@link #view} add botocore's paginators and waiters and typed views.
 *
 * <p>Thread-safe; share one client per service and configuration. Blocking waits park
 * (no monitors are held), so calls from virtual threads unmount while waiting. Building a client
 * reads the config files and loads the model. Interrupting a thread blocked in a call cancels the
 * call and closes its connection: the call throws an {@link io.boto4j.core.SdkClientException}
 * and the thread's interrupt status stays set. ClientConfig's {@code attemptTimeout} (60 seconds
 * by default) and {@code callTimeout} (none by default) bound how long a call blocks.
 */
public final class SyncClient implements AutoCloseable {

    private final ServiceRuntime runtime;

    private SyncClient(ServiceRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * A client configured from the environment and the shared config files (region, credentials,
     * retries as botocore resolves them), with {@link ClientConfig#defaults()} otherwise.
     *
     * @param service the service's botocore name, e.g. {@code s3}, {@code dynamodb}, {@code sts}
     * @return a new client, which the caller closes
     * @throws io.boto4j.core.loader.UnknownServiceException when no bundled model has that name
     * @throws io.boto4j.core.config.NoRegionException when the service is regional and no region
     *                                                 is configured anywhere
     */
    public static SyncClient create(String service) {
        return builder().service(service).build();
    }

    /**
     * A client configured by {@code config}; what it leaves unset comes from the environment and
     * the shared config files, as for {@link #create(String)}.
     *
     * @param service the service's botocore name, e.g. {@code s3}
     * @param config  settings in code (region, credentials, endpoint URL, timeouts, ...); they win
     *                over the environment and the profile
     * @return a new client, which the caller closes
     * @throws io.boto4j.core.loader.UnknownServiceException when no bundled model has that name
     * @throws io.boto4j.core.config.NoRegionException when the service is regional and no region
     *                                                 is configured anywhere
     */
    public static SyncClient create(String service, ClientConfig config) {
        return builder().service(service).config(config).build();
    }

    /**
     * A builder, for when {@link #create(String, ClientConfig)} is not enough to read well.
     *
     * @return a new builder; set at least {@link Builder#service(String)}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Calls an operation and returns its output, blocking the calling thread until the response
     * is parsed (retries and back-off included, all on this thread).
     *
     * @param operation the operation's name as in the model, e.g. {@code ListTables}
     * @param params    the input as plain values keyed by member name ({@code Map}, {@code List},
     *                  {@code String}, numbers, {@code Instant}, {@code byte[]}; a streaming payload
     *                  as the class comment lists); null means no input
     * @return the output as plain values, a streaming member as a {@link ResponseInputStream} the
     *         caller must close; an empty map when the operation has no output
     * @throws io.boto4j.core.ParamValidationException when the input does not fit the model; nothing
     *                                                 was sent
     * @throws io.boto4j.core.ServiceException         when the service answered with an error
     * @throws io.boto4j.core.SdkClientException       for anything else: unknown operation,
     *                                                 endpoint, credentials, connection, timeout,
     *                                                 an interrupt (which cancels the call)
     */
    public Map<String, Object> call(String operation, Map<String, ?> params) {
        return callWithMetadata(operation, params).output();
    }

    /**
     * Calls an operation that takes no input (or only optional input), as
     * {@link #call(String, Map)} with an empty map.
     *
     * @param operation the operation's name as in the model, e.g. {@code ListBuckets}
     * @return the output as plain values
     * @throws io.boto4j.core.SdkClientException as {@link #call(String, Map)} throws
     */
    public Map<String, Object> call(String operation) {
        return call(operation, Map.of());
    }

    /**
     * Calls an operation and returns its output with the response's metadata (status, headers,
     * request id, attempt count); otherwise as {@link #call(String, Map)}.
     *
     * @param operation the operation's name as in the model, e.g. {@code GetObject}
     * @param params    the input as plain values; null means no input
     * @return the output and metadata; close it (or its {@link SyncResponse#body()}) when the
     *         operation streams its output
     * @throws io.boto4j.core.SdkClientException as {@link #call(String, Map)} throws
     */
    public SyncResponse callWithMetadata(String operation, Map<String, ?> params) {
        Map<String, ?> input = withStreams(operation, params == null ? Map.of() : params);
        CallResult result = Blocking.await(() -> runtime.invoke(operation, input));
        return new SyncResponse(withInputStreams(result.output()), result.statusCode(), result.headers(),
                result.requestId(), result.attempts());
    }

    /**
     * Runs a custom method of this client (one the core or a plugin adds beside the operations,
     * e.g. {@code CoreMethods.GENERATE_PRESIGNED_URL}) and returns its result. Stream parameters
     * take a {@link java.nio.file.Path}, an {@link java.io.InputStream}, {@code byte[]} or a
     * {@code String}. Blocks until the method is done; a progress listener it takes is called one
     * call at a time, before this returns (keep it quick).
     *
     * @param method    the method, from the class that declares it (e.g.
     *                  {@code io.boto4j.s3.S3Methods}) or {@link #describeMethod(String)}'s name
     * @param arguments the arguments keyed by parameter name; see the method's own documentation
     * @param <R>       the method's result type
     * @return the method's result
     * @throws io.boto4j.core.ParamValidationException for missing, unknown or mistyped arguments
     *                                                 (all of them at once, before any I/O)
     * @throws io.boto4j.core.SdkClientException       when this client does not have the method,
     *                                                 or as the calls it makes fail
     */
    public <R> R call(CustomMethod<R> method, Map<String, ?> arguments) {
        return Blocking.await(() -> callMethodAsync(method, arguments));
    }

    /**
     * Runs a custom method by name, as {@link #call(CustomMethod, Map)} does; for tools and
     * scripts that have a name rather than a {@link CustomMethod} constant.
     *
     * @param name      the method's name, e.g. {@code GeneratePresignedUrl}; see {@link #methods()}
     * @param arguments the arguments keyed by parameter name
     * @return the method's result, typed as {@link #describeMethod(String)} says
     * @throws io.boto4j.core.SdkClientException when there is no such method (the message suggests
     *                                           close names), or as {@link #call(CustomMethod, Map)}
     */
    public Object callMethod(String name, Map<String, ?> arguments) {
        return call(customMethod(name), arguments);
    }

    private <R> CompletableFuture<R> callMethodAsync(CustomMethod<R> method, Map<String, ?> arguments) {
        return runtime.callMethod(method, StreamingInputs.convertMethodArguments(method, arguments,
                StreamingInput::methodBody), Runnable::run);
    }

    private CustomMethod<?> customMethod(String name) {
        return runtime.method(name).orElseThrow(() -> new io.boto4j.core.SdkClientException(serviceName()
                + " has no method " + name + io.boto4j.core.model.Names.didYouMean(name, methods())));
    }

    /**
     * The names of this client's custom methods (the core's and its plugins').
     *
     * @return the names, sorted; an immutable list
     */
    public java.util.List<String> methods() {
        return runtime.methods().stream().map(CustomMethod::name).sorted().toList();
    }

    /**
     * A custom method's parameters and result, for help texts and tools.
     *
     * @param name the method's name, e.g. {@code GeneratePresignedUrl}
     * @return its description
     * @throws io.boto4j.core.SdkClientException when this client has no method of that name
     */
    public io.boto4j.core.introspect.MethodInfo describeMethod(String name) {
        return io.boto4j.core.introspect.Introspection.describe(customMethod(name));
    }

    /** One call, as the paginators, waiters and typed views make it: streams converted both ways. */
    private CompletableFuture<Map<String, Object>> callAsync(String operation, Map<String, ?> params) {
        return runtime.invoke(operation, withStreams(operation, params)).thenApply(r -> withInputStreams(r.output()));
    }

    /**
     * Whether {@link #paginate} works for the operation, that is whether botocore has a paginator
     * for it.
     *
     * @param operation the operation's name as in the model, e.g. {@code ListObjectsV2}
     * @return true when the service has a paginator for it; false for an unknown name
     */
    public boolean canPaginate(String operation) {
        return runtime.paginatedOperations().contains(operation);
    }

    /**
     * The pages of a paginated operation (botocore's {@code get_paginator(op).paginate(**params)}).
     * Nothing is sent until the pages are iterated.
     *
     * @param operation the operation's name as in the model, e.g. {@code ListObjectsV2}
     * @param params    the input of the first page (copied); null means no input
     * @return the pages, iterable more than once (each iteration starts again from the first page)
     * @throws io.boto4j.core.SdkClientException when the operation has no paginator (the message
     *                                           lists those that do)
     */
    public SyncPages paginate(String operation, Map<String, ?> params) {
        return paginate(operation, params, PaginationConfig.NONE);
    }

    /**
     * Like {@link #paginate(String, Map)} with botocore's {@code PaginationConfig}: MaxItems,
     * PageSize or a StartingToken.
     *
     * @param operation the operation's name as in the model
     * @param params    the input of the first page (copied); null means no input
     * @param config    the limits and starting point; {@link PaginationConfig#NONE} for none
     * @return the pages, iterable more than once
     * @throws io.boto4j.core.SdkClientException when the operation has no paginator
     */
    public SyncPages paginate(String operation, Map<String, ?> params, PaginationConfig config) {
        Map<String, Object> input = new LinkedHashMap<>(params == null ? Map.of() : params);
        if (!canPaginate(operation)) {
            runtime.paginate(operation, input, config); // throws, naming the operations that paginate
        }
        return new SyncPages(() -> runtime.paginate(operation, input, config), operation);
    }

    /**
     * The names of the service's waiters ({@code BucketExists}, {@code TableExists}, ...).
     *
     * @return the names as in botocore's waiter model; empty when the service has none
     */
    public Set<String> waiterNames() {
        return runtime.waiterNames();
    }

    /**
     * Blocks until the waiter's success state (botocore's {@code get_waiter(name).wait(**params)}),
     * polling with the delay and attempt count of the waiter's model.
     *
     * @param waiterName the waiter's name, e.g. {@code BucketExists}; see {@link #waiterNames()}
     * @param params     the input of the operation the waiter polls; null means no input
     * @return how the wait ended: the last response and the number of attempts
     * @throws io.boto4j.core.waiter.WaiterFailureException when a failure state matched
     * @throws io.boto4j.core.waiter.WaiterTimeoutException when the attempts ran out
     */
    public WaiterResult waitUntil(String waiterName, Map<String, ?> params) {
        return waitUntil(waiterName, params, WaiterConfig.DEFAULTS);
    }

    /**
     * Like {@link #waitUntil(String, Map)} with another delay or attempt count (botocore's
     * {@code WaiterConfig}).
     *
     * @param waiterName the waiter's name, e.g. {@code TableExists}
     * @param params     the input of the operation the waiter polls; null means no input
     * @param config     the delay between polls and the maximum attempts; unset fields keep the
     *                   model's
     * @return how the wait ended: the last response and the number of attempts
     * @throws io.boto4j.core.waiter.WaiterFailureException when a failure state matched
     * @throws io.boto4j.core.waiter.WaiterTimeoutException when the attempts ran out
     * @throws io.boto4j.core.SdkClientException             when the service has no such waiter
     */
    public WaiterResult waitUntil(String waiterName, Map<String, ?> params, WaiterConfig config) {
        return Blocking.await(() -> runtime.waitFor(waiterName, params == null ? Map.of() : params, config));
    }

    /**
     * As {@link #view(Class)}, for a view in a named module that does not open its packages: with
     * the caller's lookup, the packages of {@code type} and of the records or POJOs its methods
     * take and return (those in the caller's module) are opened at run time to Jackson and to the
     * SDK core, and to no one else, so the caller's {@code module-info} needs no {@code opens}
     * or {@code exports ... to} line for them. Call it as {@code client.view(MyView.class,
     * MethodHandles.lookup())} from a class of the view's module.
     *
     * @param type   the view interface
     * @param lookup {@code MethodHandles.lookup()}, called in the view's module
     * @param <T>    the view type
     * @return the view, bound to this client
     * @throws IllegalArgumentException when the lookup is not a full-privilege lookup of the view's
     *                                  module, or a method fits neither the model nor this layer
     */
    public <T> T view(Class<T> type, MethodHandles.Lookup lookup) {
        ViewAccess.open(type, lookup);
        return view(type);
    }

    /**
     * A typed view of this client: an interface whose methods are named after operations
     * ({@code listTables}), take the input (a record, a POJO, a {@code Map} or nothing) and
     * return the output converted to their return type. Methods return values, never futures,
     * block as {@link #call(String, Map)} does and throw what it throws. In a named module that
     * does not open the view's package, use {@link #view(Class, MethodHandles.Lookup)}.
     *
     * @param type the view interface
     * @param <T>  the view type
     * @return the view, bound to this client, as thread-safe as the client
     * @throws IllegalArgumentException naming every method that fits neither the model nor a blocking view
     */
    public <T> T view(Class<T> type) {
        return TypedViews.bind(type, runtime.model(), runtime.methods(), BlockingTypedLayer.INSTANCE,
                new TypedViews.Calls() {
                    @Override
                    public CompletableFuture<Map<String, Object>> operation(String operation, Map<String, Object> input) {
                        return callAsync(operation, input);
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public CompletableFuture<Object> method(CustomMethod<?> method, Map<String, Object> arguments) {
                        return (CompletableFuture<Object>) callMethodAsync(method, arguments);
                    }
                });
    }

    private Map<String, ?> withStreams(String operation, Map<String, ?> params) {
        ServiceModel model = runtime.model();
        if (!model.hasOperation(operation)) {
            return params; // the pipeline reports the unknown operation
        }
        OperationModel op = model.operation(operation);
        return StreamingInput.convert(op, params);
    }

    private static Map<String, Object> withInputStreams(Map<String, Object> output) {
        Map<String, Object> converted = null;
        for (Map.Entry<String, Object> e : output.entrySet()) {
            Object blocking = e.getValue() instanceof ResponseStream stream ? new ResponseInputStream(stream)
                    : e.getValue() instanceof EventStream events ? new ResponseEventStream(events)
                    : null;
            if (blocking != null) {
                if (converted == null) {
                    converted = new LinkedHashMap<>(output);
                }
                converted.put(e.getKey(), blocking);
            }
        }
        return converted == null ? output : converted;
    }

    /**
     * The operation names of this client's service, in model order.
     *
     * @return the names as in the model ({@code PutObject}, ...)
     */
    public java.util.List<String> operations() {
        return io.boto4j.core.introspect.Introspection.operations(model());
    }

    /**
     * An operation's input and output shapes: members, types, required, documentation when loaded.
     *
     * @param operation the operation's name as in the model
     * @return its description
     * @throws io.boto4j.core.model.ModelException when the service has no such operation
     */
    public io.boto4j.core.introspect.OperationInfo describe(String operation) {
        return io.boto4j.core.introspect.Introspection.describe(model().operation(operation));
    }

    /**
     * The service's botocore name.
     *
     * @return the name the client was built with ({@code s3}, {@code dynamodb}, ...)
     */
    public String serviceName() {
        return runtime.model().serviceName();
    }

    /**
     * The region the client resolved when it was built.
     *
     * @return the region, e.g. {@code us-east-1}; null for a global service configured without one
     */
    public String region() {
        return runtime.region();
    }

    /**
     * The service model the client was built from.
     *
     * @return the model: operations and shapes, without documentation
     */
    public ServiceModel model() {
        return runtime.model();
    }

    /**
     * Closes the client's idle connections (those in use close when their call ends); calls after
     * it fail. Idempotent.
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

        private Builder() {
        }

        /**
         * The service, required.
         *
         * @param service the service's botocore name ({@code s3}, {@code dynamodb}, {@code sts}, ...)
         * @return this builder
         * @throws NullPointerException when {@code service} is null
         */
        public Builder service(String service) {
            this.service = Objects.requireNonNull(service, "service");
            return this;
        }

        /**
         * The settings in code; they win over the environment and the profile. Defaults to
         * {@link ClientConfig#defaults()} (everything from the environment and the config files).
         *
         * @param config region, credentials, endpoint URL, timeouts, pool size, ...
         * @return this builder
         * @throws NullPointerException when {@code config} is null
         */
        public Builder config(ClientConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }


        /**
         * Builds the client: reads the config files and loads the model, so do it once, not per call.
         * The builder may be used again.
         *
         * @return a new client, which the caller closes
         * @throws NullPointerException                         when no service was set
         * @throws io.boto4j.core.loader.UnknownServiceException when no bundled model has that name
         * @throws io.boto4j.core.config.NoRegionException      when the service is regional and no
         *                                                      region is configured anywhere
         */
        public SyncClient build() {
            Objects.requireNonNull(service, "service");
            SocketHttpTransport transport = new SocketHttpTransport(TransportSettings.from(config));
            // A call runs on its caller's thread: its exchanges, back-off and retries (CallerLoop).
            ServiceRuntimeBuilder b = ServiceRuntime.builder()
                    .service(service)
                    .config(config)
                    .transport(transport)
                    .scheduler(CallerLoop::forCurrentThread)
                    .delayer(duration -> CallerLoop.forCurrentThread().delay(duration));
            try {
                return new SyncClient(b.build());
            } catch (RuntimeException e) {
                transport.close();
                throw e;
            }
        }
    }
}
