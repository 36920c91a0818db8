package io.boto4j.async;

import io.boto4j.async.internal.FutureTypedLayer;
import io.boto4j.async.internal.JsonValues;
import io.boto4j.async.streams.ReadStreamBody;
import io.boto4j.async.transport.VertxDelayer;
import io.boto4j.async.transport.VertxHttpTransport;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.introspect.Introspection;
import io.boto4j.core.introspect.MethodInfo;
import io.boto4j.core.model.Names;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.paginate.PaginationConfig;
import io.boto4j.core.pipeline.CallResult;
import io.boto4j.core.pipeline.EventStream;
import io.boto4j.core.pipeline.ResponseStream;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.pipeline.StreamingInputs;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.typed.TypedViews;
import io.boto4j.core.typed.ViewAccess;
import io.boto4j.core.waiter.WaiterConfig;
import io.boto4j.core.waiter.WaiterResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;

import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * A client for one AWS service on Vert.x 5: every remote call returns a {@link Future}, and
 * nothing it does blocks an event loop. Operations and parameters are those of the service's
 * model, as in botocore: {@code client.call("ListTables", Map.of("Limit", 10))}.
 *
 * <p>Futures complete on the Vert.x context that made the call (the verticle's event loop when
 * called from a verticle), and streamed bodies deliver their events there too.
 *
 * <p>Thread-safe. One client may be shared by every verticle of a Vert.x instance, or each
 * verticle may have its own; its pooled HTTP connections belong to the Vert.x instance, not to
 * the verticle that created it, so {@link #close()} it when done (e.g. in {@code stop()}).
 */
public final class AsyncClient {
    private final Vertx vertx;
    private final ServiceRuntime runtime;
    private final VertxHttpTransport transport;

    private AsyncClient(Vertx vertx, ServiceRuntime runtime, VertxHttpTransport transport) {
        this.vertx = vertx;
        this.runtime = runtime;
        this.transport = transport;
    }

    /**
     * Creates a client. Building one reads config files and loads the service model, so it runs
     * on a worker thread; the future completes on the calling context.
     *
     * @param service the service by its botocore name ({@code s3}, {@code dynamodb}, {@code sqs}, ...)
     */
    public static Future<AsyncClient> create(Vertx vertx, String service, ClientConfig config) {
        return create(vertx, service, config, null);
    }

    /**
     * {@link #create(Vertx, String, ClientConfig)} with your own Vert.x options for the client's
     * HTTP connections: a proxy, TLS trust or a client certificate, HTTP/2, local address, TCP
     * settings... The rule when both name the same thing: <em>explicit Vert.x options win</em>.
     * The options are copied whole; ClientConfig's {@code connectTimeout}, {@code idleTimeout}
     * (keep-alive timeout), {@code proxy} and {@code caBundle} / {@code insecureTrustAllCertificates}
     * (trust options / trust-all) apply only where the options leave Vert.x's default, and one
     * that is not applied is logged at WARNING. Whatever the options say, responses are not
     * decompressed (bodies are checked against Content-Length and checksums as sent) and SNI is
     * sent. Pool sizes come from ClientConfig's {@code maxConnections} (Vert.x 5 keeps them in
     * {@code PoolOptions}, not here).
     *
     * @param options your options, or null for none; a {@code WebClientOptions} is accepted (its
     *                web-client settings play no part: the transport is the core client)
     */
    public static Future<AsyncClient> create(Vertx vertx, String service, ClientConfig config,
                                             HttpClientOptions options) {
        Objects.requireNonNull(vertx, "vertx");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(config, "config");
        HttpClientOptions copy = options == null ? null : new HttpClientOptions(options);
        // Unordered: clients built from one context need not wait for each other.
        return vertx.executeBlocking(() -> build(vertx, service, config, copy), false);
    }

    /** {@link #create(Vertx, String, ClientConfig)} with everything from the environment and config files. */
    public static Future<AsyncClient> create(Vertx vertx, String service) {
        return create(vertx, service, ClientConfig.defaults());
    }

    /**
     * Creates a client on the calling thread, which must not be an event loop (use
     * {@link #create} there): for {@code main} methods, tests and worker verticles.
     */
    public static AsyncClient createBlocking(Vertx vertx, String service, ClientConfig config) {
        return createBlocking(vertx, service, config, null);
    }

    /**
     * {@link #createBlocking(Vertx, String, ClientConfig)} with your own Vert.x options for the
     * client's HTTP connections, combined with ClientConfig as
     * {@link #create(Vertx, String, ClientConfig, HttpClientOptions)} says.
     */
    public static AsyncClient createBlocking(Vertx vertx, String service, ClientConfig config,
                                             HttpClientOptions options) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("AsyncClient.createBlocking reads files: call AsyncClient.create "
                    + "on an event loop");
        }
        return build(Objects.requireNonNull(vertx, "vertx"), Objects.requireNonNull(service, "service"),
                Objects.requireNonNull(config, "config"), options);
    }

    private static AsyncClient build(Vertx vertx, String service, ClientConfig config, HttpClientOptions options) {
        VertxHttpTransport transport = VertxHttpTransport.create(vertx, config, options);
        try {
            ServiceRuntime runtime = ServiceRuntime.builder()
                    .service(service)
                    .config(config)
                    .transport(transport)
                    .delayer(new VertxDelayer(vertx))
                    // Custom methods' file I/O goes to Vert.x's worker pool, never to an event loop.
                    .blockingExecutor(task -> vertx.executeBlocking(() -> {
                        task.run();
                        return null;
                    }, false))
                    .build();
            return new AsyncClient(vertx, runtime, transport);
        } catch (RuntimeException | Error e) {
            transport.close();
            throw e;
        }
    }

    /**
     * Calls an operation. The future fails with a {@link io.boto4j.core.ServiceException} when the
     * service answers with an error, {@link io.boto4j.core.ParamValidationException}
     * for bad parameters (before any I/O), or another {@link io.boto4j.core.SdkClientException}.
     *
     * <p>Values are plain Java values, as botocore uses dicts: a structure is a {@code Map}, a list
     * a {@code List}, timestamps {@code Instant}, blobs {@code byte[]}. A streaming input member
     * takes an {@link AsyncBody}, an {@link AsyncFile}, a {@link Buffer}, {@code byte[]} or
     * {@code String}; a streaming output member is a {@link BodyStream}, an event stream an
     * {@link EventReadStream}.
     */
    public Future<Map<String, Object>> call(String operation, Map<String, ?> params) {
        return callWithMetadata(operation, params).map(AsyncResponse::output);
    }

    /** Calls an operation that takes no input (or only optional input). */
    public Future<Map<String, Object>> call(String operation) {
        return call(operation, Map.of());
    }

    /** {@link #call} with the response's status, headers, request id and attempt count. */
    public Future<AsyncResponse> callWithMetadata(String operation, Map<String, ?> params) {
        Objects.requireNonNull(operation, "operation");
        Context context = vertx.getOrCreateContext();
        return streamingInput(operation, params == null ? Map.of() : params, context)
                .compose(input -> Future.fromCompletionStage(runtime.invoke(operation, input), context))
                .map(result -> response(result, context))
                .recover(failure -> Future.failedFuture(unwrap(failure)));
    }

    /**
     * {@link #call} with JSON objects. The parameters are read as plain values (nested
     * {@code JsonObject}s and {@code JsonArray}s are unwrapped, a {@code String} for a timestamp
     * may be ISO-8601; a {@code String} for a blob is sent as its UTF-8 bytes, as botocore does:
     * pass {@code byte[]} or {@code Buffer} for binary). The result wraps the output map without
     * copying it: timestamps stay {@code Instant}s and blobs {@code byte[]}s, which
     * {@code JsonObject} accepts and encodes as ISO-8601 strings and base64. A streaming output
     * member is a {@link BodyStream}, which cannot be encoded: take it out with {@link #body(Map)}.
     */
    public Future<JsonObject> callJson(String operation, JsonObject params) {
        Map<String, Object> plain = params == null ? Map.of() : JsonValues.plainMap(params);
        return call(operation, plain).map(JsonObject::new);
    }

    // ---------------------------------------------------------------- custom methods

    /**
     * Runs a custom method of this client (one the core or a plugin adds beside the operations,
     * e.g. {@code CoreMethods.GENERATE_PRESIGNED_URL}). Stream parameters take an
     * {@link AsyncBody}, an {@link AsyncFile}, a {@link ReadStream} of {@link Buffer}s, a
     * {@link Buffer}, {@code byte[]} or a {@code String}. The future completes on the calling
     * context, and the method's callbacks (progress listeners) run there too.
     */
    public <R> Future<R> call(CustomMethod<R> method, Map<String, ?> arguments) {
        Objects.requireNonNull(method, "method");
        Context context = vertx.getOrCreateContext();
        Executor onContext = task -> context.runOnContext(v -> task.run());
        return methodArguments(method, arguments == null ? Map.of() : arguments, context)
                .compose(args -> Future.fromCompletionStage(runtime.callMethod(method, args, onContext), context))
                .recover(failure -> Future.<R>failedFuture(unwrap(failure)));
    }

    /** Runs a custom method by name ({@code GeneratePresignedUrl}); see {@link #methods()}. */
    public Future<Object> callMethod(String name, Map<String, ?> arguments) {
        return runtime.method(name).<Future<Object>>map(m -> call(m, arguments).map(r -> (Object) r))
                .orElseGet(() -> Future.failedFuture(new SdkClientException(runtime.model().serviceName()
                        + " has no method " + name + Names.didYouMean(name, methods()))));
    }

    /** The names of this client's custom methods (the core's and its plugins'). */
    public List<String> methods() {
        return runtime.methods().stream().map(CustomMethod::name).sorted().toList();
    }

    /** A custom method's parameters and result. */
    public MethodInfo describeMethod(String name) {
        return Introspection.describe(runtime.method(name).orElseThrow(() -> new SdkClientException(
                runtime.model().serviceName() + " has no method " + name + Names.didYouMean(name, methods()))));
    }

    // ---------------------------------------------------------------- paginators, waiters, typed views

    /** Whether the operation has a paginator. */
    public boolean canPaginate(String operation) {
        return runtime.paginatedOperations().contains(operation);
    }

    /** {@link #paginate(String, Map, PaginationConfig)} without limits. */
    public PageStream paginate(String operation, Map<String, ?> params) {
        return paginate(operation, params, PaginationConfig.NONE);
    }

    /**
     * The pages of a paginated operation, fetched as the stream's consumer asks for them (or all
     * joined with {@link PageStream#fullResult()}), delivered on the calling context.
     *
     * @throws io.boto4j.core.SdkClientException when the operation has no paginator
     */
    public PageStream paginate(String operation, Map<String, ?> params, PaginationConfig config) {
        return new PageStream(runtime.paginate(operation, params == null ? Map.of() : params, config),
                vertx.getOrCreateContext());
    }

    /** The names of the service's waiters ({@code BucketExists}, {@code TableExists}, ...). */
    public Set<String> waiterNames() {
        return runtime.waiterNames();
    }

    /** {@link #waitUntil(String, Map, WaiterConfig)} with the waiter's own delay and attempts. */
    public Future<WaiterResult> waitUntil(String waiterName, Map<String, ?> params) {
        return waitUntil(waiterName, params, WaiterConfig.DEFAULTS);
    }

    /**
     * Polls until the waiter reaches success (the future completes) or failure or runs out of
     * attempts (it fails with a {@link io.boto4j.core.waiter.WaiterException}); delays run on
     * Vert.x timers, so no thread waits.
     */
    public Future<WaiterResult> waitUntil(String waiterName, Map<String, ?> params, WaiterConfig config) {
        Context context = vertx.getOrCreateContext();
        return Future.fromCompletionStage(runtime.waitFor(waiterName, params == null ? Map.of() : params, config),
                context).recover(failure -> Future.failedFuture(unwrap(failure)));
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
     * A typed view of this client: the methods of {@code type} (an interface) call the operations
     * of the same name ({@code headObject} calls {@code HeadObject}) and return
     * {@code Future<T>}, where {@code T} is a {@code Map}, a {@link JsonObject} or the caller's
     * record or POJO (converted with Jackson). Every method is checked against the model here.
     */
    public <T> T view(Class<T> type) {
        return TypedViews.bind(type, runtime.model(), runtime.methods(), new FutureTypedLayer(vertx),
                new TypedViews.Calls() {
                    @Override
                    public CompletableFuture<Map<String, Object>> operation(String operation, Map<String, Object> input) {
                        return callWithMetadata(operation, input).map(AsyncResponse::output)
                                .toCompletionStage().toCompletableFuture();
                    }

                    @Override
                    public CompletableFuture<Object> method(CustomMethod<?> method, Map<String, Object> arguments) {
                        return call(method, arguments).map(r -> (Object) r).toCompletionStage().toCompletableFuture();
                    }
                });
    }

    /** The streaming output body of a call's output, or null when it has none. */
    public static BodyStream body(Map<String, ?> output) {
        for (Object value : output.values()) {
            if (value instanceof BodyStream body) {
                return body;
            }
        }
        return null;
    }

    /** Same for a {@link #callJson} result. */
    public static BodyStream body(JsonObject output) {
        return body(output.getMap());
    }

    /** The service model: operations, shapes, documentation-free metadata. */
    /** The operation names of this client's service, in model order. */
    public java.util.List<String> operations() {
        return io.boto4j.core.introspect.Introspection.operations(model());
    }

    /** An operation's input and output shapes: members, types, required, documentation when loaded. */
    public io.boto4j.core.introspect.OperationInfo describe(String operation) {
        return io.boto4j.core.introspect.Introspection.describe(model().operation(operation));
    }

    /** The service's botocore name ({@code s3}, {@code dynamodb}, ...). */
    public String serviceName() {
        return runtime.model().serviceName();
    }

    /** The service model the client was built from: operations, shapes, documentation-free. */
    public ServiceModel model() {
        return runtime.model();
    }

    /** The resolved region, or null for a global service configured without one. */
    public String region() {
        return runtime.region();
    }

    /** The Vert.x instance the client runs on. */
    Vertx vertx() {
        return vertx;
    }

    /** The client's pooled connections, which {@link PresignedRequests#of(AsyncClient)} shares. */
    HttpClientAgent httpClient() {
        return transport.httpClient();
    }

    /** Closes the pooled connections; calls in flight may fail. */
    public Future<Void> close() {
        return transport.closeAsync();
    }

    @Override
    public String toString() {
        return "AsyncClient[" + runtime.model().serviceName() + ", region " + runtime.region() + "]";
    }

    // ---------------------------------------------------------------- layer types in and out

    /**
     * Replaces a streaming payload given as a Vert.x type by a {@link RequestBody} the pipeline
     * sends. Asynchronous because an {@link AsyncFile}'s size has to be asked for.
     */
    private Future<Map<String, ?>> streamingInput(String operation, Map<String, ?> params, Context context) {
        OperationModel op;
        try {
            op = runtime.model().operation(operation);
        } catch (RuntimeException e) {
            return Future.succeededFuture(params); // the pipeline reports the unknown operation
        }
        String member = StreamingInputs.member(op);
        Object value = member == null ? null : params.get(member);
        if (value == null || value instanceof byte[] || value instanceof String) {
            return Future.succeededFuture(params); // sent and signed in memory by the serializer
        }
        return body(value, StreamingInputs.declaredLength(op, params), context)
                .map(body -> body == null ? params : with(params, member, body));
    }

    /** A custom method's stream arguments as {@link RequestBody}s. */
    private Future<Map<String, ?>> methodArguments(CustomMethod<?> method, Map<String, ?> arguments, Context context) {
        Future<Map<String, ?>> converted = Future.succeededFuture(arguments);
        for (MethodParameter p : method.parameters()) {
            Object value = arguments.get(p.name());
            if (p.type() == RequestBody.class && value != null) {
                converted = converted.compose(args -> body(value, -1, context)
                        .map(body -> body == null ? args : with(args, p.name(), body)));
            }
        }
        return converted;
    }

    /**
     * One of this layer's stream types as a body: an {@link AsyncBody}, an {@link AsyncFile}
     * (its size asked for), a {@link ReadStream} of buffers ({@code declaredLength} bytes, or
     * unknown), a {@link Buffer}, {@code byte[]} or a {@code String}; null for anything else.
     */
    private static Future<RequestBody> body(Object value, long declaredLength, Context context) {
        if (value instanceof RequestBody body) {
            return Future.succeededFuture(body);
        }
        if (value instanceof byte[] bytes) {
            return Future.succeededFuture(RequestBody.of(bytes));
        }
        if (value instanceof String text) {
            return Future.succeededFuture(RequestBody.of(text.getBytes(StandardCharsets.UTF_8)));
        }
        if (value instanceof Buffer buffer) {
            return Future.succeededFuture(RequestBody.of(buffer.getBytes()));
        }
        if (value instanceof AsyncBody body) {
            return Future.succeededFuture(new ReadStreamBody(body.stream(), body.contentLength(), context));
        }
        if (value instanceof AsyncFile file) {
            // Pause it now, before the size arrives: a flowing file would lose its first chunks.
            file.pause();
            return file.size().map(size -> new ReadStreamBody(file, size, context));
        }
        if (value instanceof ReadStream<?> stream) {
            @SuppressWarnings("unchecked")
            ReadStream<Buffer> buffers = (ReadStream<Buffer>) stream;
            return Future.succeededFuture(new ReadStreamBody(buffers, declaredLength, context));
        }
        return Future.succeededFuture(null);
    }

    private static Map<String, ?> with(Map<String, ?> params, String member, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(params);
        copy.put(member, value);
        return copy;
    }

    /** The pipeline's own exception, not the {@code CompletionException} a CompletableFuture wraps it in. */
    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static AsyncResponse response(CallResult result, Context context) {
        Map<String, Object> output = result.output();
        output.replaceAll((name, value) -> value instanceof ResponseStream stream ? new BodyStream(stream, context)
                : value instanceof EventStream events ? new EventReadStream(events, context)
                : value);
        return new AsyncResponse(output, result.statusCode(), result.headers(), result.requestId(),
                result.attempts());
    }
}
