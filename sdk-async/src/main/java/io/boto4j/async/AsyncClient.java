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
 *
 * <p>Failures arrive through the future, not thrown: a {@link io.boto4j.core.ServiceException}
 * (the service said no), a {@link io.boto4j.core.ParamValidationException} (bad input, nothing
 * sent) or another {@link io.boto4j.core.SdkClientException} (a timeout as
 * {@link io.boto4j.core.AttemptTimeoutException} or {@link io.boto4j.core.CallTimeoutException}).
 * Only a null operation or method, and a paginator or waiter the service does not have, are
 * thrown at once. A Vert.x future cannot be cancelled: ClientConfig's {@code attemptTimeout}
 * (60 seconds by default) and {@code callTimeout} (none by default) bound a call, and S3's
 * transfers take a {@code TransferCancellation}.
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
     * on a worker thread; the future completes on the calling context. It fails with
     * {@link io.boto4j.core.loader.UnknownServiceException} when no bundled model has that name,
     * {@link io.boto4j.core.config.NoRegionException} when the service is regional and no region
     * is configured anywhere, or another {@link io.boto4j.core.SdkClientException} for an
     * unreadable config file or a profile that does not exist.
     *
     * @param vertx   the Vert.x instance whose event loops and connection pools the client uses
     * @param service the service by its botocore name ({@code s3}, {@code dynamodb}, {@code sqs}, ...)
     * @param config  settings in code; they win over the environment and the profile
     *                ({@link ClientConfig#defaults()} for none)
     * @return the client, once built; close it when done
     * @throws NullPointerException when {@code vertx}, {@code service} or {@code config} is null
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
     * @param vertx   the Vert.x instance whose event loops and connection pools the client uses
     * @param service the service by its botocore name ({@code s3}, {@code dynamodb}, ...)
     * @param config  settings in code; they win over the environment and the profile
     * @param options your options, or null for none; a {@code WebClientOptions} is accepted (its
     *                web-client settings play no part: the transport is the core client); copied,
     *                so later changes have no effect
     * @return the client, once built (fails as {@link #create(Vertx, String, ClientConfig)} says)
     * @throws NullPointerException when {@code vertx}, {@code service} or {@code config} is null
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

    /**
     * {@link #create(Vertx, String, ClientConfig)} with everything from the environment and config
     * files ({@link ClientConfig#defaults()}).
     *
     * @param vertx   the Vert.x instance the client uses
     * @param service the service by its botocore name ({@code s3}, {@code dynamodb}, ...)
     * @return the client, once built (fails as {@link #create(Vertx, String, ClientConfig)} says)
     * @throws NullPointerException when {@code vertx} or {@code service} is null
     */
    public static Future<AsyncClient> create(Vertx vertx, String service) {
        return create(vertx, service, ClientConfig.defaults());
    }

    /**
     * Creates a client on the calling thread, which must not be an event loop (use
     * {@link #create} there): for {@code main} methods, tests and worker verticles. The client's
     * futures then complete on the context of whoever calls it.
     *
     * @param vertx   the Vert.x instance whose event loops and connection pools the client uses
     * @param service the service by its botocore name ({@code s3}, {@code dynamodb}, ...)
     * @param config  settings in code; they win over the environment and the profile
     * @return the client; close it when done
     * @throws IllegalStateException                       when called on an event loop thread
     * @throws NullPointerException                        when {@code vertx}, {@code service} or
     *                                                     {@code config} is null
     * @throws io.boto4j.core.loader.UnknownServiceException when no bundled model has that name
     * @throws io.boto4j.core.config.NoRegionException      when the service is regional and no
     *                                                     region is configured anywhere
     */
    public static AsyncClient createBlocking(Vertx vertx, String service, ClientConfig config) {
        return createBlocking(vertx, service, config, null);
    }

    /**
     * {@link #createBlocking(Vertx, String, ClientConfig)} with your own Vert.x options for the
     * client's HTTP connections, combined with ClientConfig as
     * {@link #create(Vertx, String, ClientConfig, HttpClientOptions)} says.
     *
     * @param vertx   the Vert.x instance whose event loops and connection pools the client uses
     * @param service the service by its botocore name ({@code s3}, {@code dynamodb}, ...)
     * @param config  settings in code; they win over the environment and the profile
     * @param options your Vert.x HTTP client options, or null for none; copied
     * @return the client; close it when done
     * @throws IllegalStateException                       when called on an event loop thread
     * @throws NullPointerException                        when {@code vertx}, {@code service} or
     *                                                     {@code config} is null
     * @throws io.boto4j.core.loader.UnknownServiceException when no bundled model has that name
     * @throws io.boto4j.core.config.NoRegionException      when the service is regional and no
     *                                                     region is configured anywhere
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
     *
     * <p>The future completes on the calling context (a new one when called from outside
     * Vert.x); retries and back-off happen before it does, on Vert.x timers. Call this from any
     * thread; nothing here blocks.
     *
     * @param operation the operation's name as in the model, e.g. {@code ListTables}
     * @param params    the input as plain values keyed by member name; null means no input
     * @return the output as plain values; an empty map when the operation has no output. A
     *         {@link BodyStream} in it must be read to its end or {@link BodyStream#abort()}ed
     * @throws NullPointerException when {@code operation} is null (every other problem fails the future)
     */
    public Future<Map<String, Object>> call(String operation, Map<String, ?> params) {
        return callWithMetadata(operation, params).map(AsyncResponse::output);
    }

    /**
     * Calls an operation that takes no input (or only optional input), as
     * {@link #call(String, Map)} with an empty map.
     *
     * @param operation the operation's name as in the model, e.g. {@code ListQueues}
     * @return the output as plain values, on the calling context
     */
    public Future<Map<String, Object>> call(String operation) {
        return call(operation, Map.of());
    }

    /**
     * {@link #call(String, Map)} with the response's status, headers, request id and attempt count;
     * fails and completes as it does.
     *
     * @param operation the operation's name as in the model, e.g. {@code GetObject}
     * @param params    the input as plain values; null means no input
     * @return the output and metadata, on the calling context
     * @throws NullPointerException when {@code operation} is null
     */
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
     * member is a {@link BodyStream}, which cannot be encoded: take it out with {@link #body(JsonObject)}.
     *
     * @param operation the operation's name as in the model, e.g. {@code PutItem}
     * @param params    the input as JSON; null means no input
     * @return the output as a {@code JsonObject} over the output map, on the calling context; fails
     *         as {@link #call(String, Map)} does
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
     * context, and the method's callbacks (progress listeners) run there too. The future cannot
     * be cancelled; S3's transfers take a {@code TransferCancellation} argument instead.
     *
     * @param method    the method, from the class that declares it (e.g. {@code io.boto4j.s3.S3Methods})
     * @param arguments the arguments keyed by parameter name; null means none
     * @param <R>       the method's result type
     * @return the method's result; fails with {@link io.boto4j.core.ParamValidationException} for
     *         missing, unknown or mistyped arguments (before any I/O), or as the calls it makes fail
     * @throws NullPointerException when {@code method} is null
     */
    public <R> Future<R> call(CustomMethod<R> method, Map<String, ?> arguments) {
        Objects.requireNonNull(method, "method");
        Context context = vertx.getOrCreateContext();
        Executor onContext = task -> context.runOnContext(v -> task.run());
        return methodArguments(method, arguments == null ? Map.of() : arguments, context)
                .compose(args -> Future.fromCompletionStage(runtime.callMethod(method, args, onContext), context))
                .recover(failure -> Future.<R>failedFuture(unwrap(failure)));
    }

    /**
     * Runs a custom method by name, as {@link #call(CustomMethod, Map)} does; for tools and
     * scripts that have a name rather than a {@link CustomMethod} constant.
     *
     * @param name      the method's name, e.g. {@code GeneratePresignedUrl}; see {@link #methods()}
     * @param arguments the arguments keyed by parameter name
     * @return the method's result; fails with an {@link SdkClientException} when there is no such
     *         method (the message suggests close names)
     */
    public Future<Object> callMethod(String name, Map<String, ?> arguments) {
        return runtime.method(name).<Future<Object>>map(m -> call(m, arguments).map(r -> (Object) r))
                .orElseGet(() -> Future.failedFuture(new SdkClientException(runtime.model().serviceName()
                        + " has no method " + name + Names.didYouMean(name, methods()))));
    }

    /**
     * The names of this client's custom methods (the core's and its plugins').
     *
     * @return the names, sorted; an immutable list
     */
    public List<String> methods() {
        return runtime.methods().stream().map(CustomMethod::name).sorted().toList();
    }

    /**
     * A custom method's parameters and result, for help texts and tools.
     *
     * @param name the method's name, e.g. {@code GeneratePresignedUrl}
     * @return its description
     * @throws SdkClientException when this client has no method of that name
     */
    public MethodInfo describeMethod(String name) {
        return Introspection.describe(runtime.method(name).orElseThrow(() -> new SdkClientException(
                runtime.model().serviceName() + " has no method " + name + Names.didYouMean(name, methods()))));
    }

    // ---------------------------------------------------------------- paginators, waiters, typed views

    /**
     * Whether the operation has a paginator, that is whether {@link #paginate} works for it.
     *
     * @param operation the operation's name as in the model, e.g. {@code ListObjectsV2}
     * @return true when botocore has a paginator for it; false for an unknown name
     */
    public boolean canPaginate(String operation) {
        return runtime.paginatedOperations().contains(operation);
    }

    /**
     * {@link #paginate(String, Map, PaginationConfig)} without limits (botocore's
     * {@code get_paginator(op).paginate(**params)}).
     *
     * @param operation the operation's name as in the model, e.g. {@code ListObjectsV2}
     * @param params    the input of the first page (copied); null means no input
     * @return the pages, on the calling context; nothing is sent until they are asked for
     * @throws SdkClientException when the operation has no paginator
     */
    public PageStream paginate(String operation, Map<String, ?> params) {
        return paginate(operation, params, PaginationConfig.NONE);
    }

    /**
     * The pages of a paginated operation, fetched as the stream's consumer asks for them (or all
     * joined with {@link PageStream#fullResult()}), delivered on the calling context.
     *
     * @param operation the operation's name as in the model
     * @param params    the input of the first page (copied); null means no input
     * @param config    botocore's {@code PaginationConfig}: MaxItems, PageSize, StartingToken;
     *                  {@link PaginationConfig#NONE} (or null) for none
     * @return the pages; one pagination, to be consumed once
     * @throws io.boto4j.core.SdkClientException when the operation has no paginator (thrown here,
     *                                           not delivered to the stream)
     */
    public PageStream paginate(String operation, Map<String, ?> params, PaginationConfig config) {
        return new PageStream(runtime.paginate(operation, params == null ? Map.of() : params, config),
                vertx.getOrCreateContext());
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
     * {@link #waitUntil(String, Map, WaiterConfig)} with the waiter's own delay and attempts
     * (botocore's {@code get_waiter(name).wait(**params)}).
     *
     * @param waiterName the waiter's name, e.g. {@code BucketExists}; see {@link #waiterNames()}
     * @param params     the input of the operation the waiter polls; null means no input
     * @return how the wait ended, on the calling context
     * @throws SdkClientException when the service has no waiter of that name
     */
    public Future<WaiterResult> waitUntil(String waiterName, Map<String, ?> params) {
        return waitUntil(waiterName, params, WaiterConfig.DEFAULTS);
    }

    /**
     * Polls until the waiter reaches success (the future completes) or failure or runs out of
     * attempts (it fails with a {@link io.boto4j.core.waiter.WaiterException}); delays run on
     * Vert.x timers, so no thread waits.
     *
     * @param waiterName the waiter's name, e.g. {@code TableExists}
     * @param params     the input of the operation the waiter polls; null means no input
     * @param config     the delay between polls and the maximum attempts; unset fields keep the
     *                   model's
     * @return the last attempt and the attempt count, on the calling context
     * @throws SdkClientException when the service has no waiter of that name (thrown here, not a
     *                            failed future)
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
     * Its futures complete and fail as {@link #call(String, Map)}'s do. In a named module that does
     * not open the view's package, use {@link #view(Class, MethodHandles.Lookup)}.
     *
     * @param type the view interface
     * @param <T>  the view type
     * @return the view, bound to this client, as thread-safe as the client
     * @throws IllegalArgumentException naming every method that fits neither the model nor this layer
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

    /**
     * The streaming output body of a call's output.
     *
     * @param output an output as {@link #call(String, Map)} returns it
     * @return its {@link BodyStream}, or null when it has none
     */
    public static BodyStream body(Map<String, ?> output) {
        for (Object value : output.values()) {
            if (value instanceof BodyStream body) {
                return body;
            }
        }
        return null;
    }

    /**
     * The streaming output body of a {@link #callJson} result.
     *
     * @param output an output as {@link #callJson} returns it
     * @return its {@link BodyStream}, or null when it has none
     */
    public static BodyStream body(JsonObject output) {
        return body(output.getMap());
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
     * The service model the client was built from.
     *
     * @return the model: operations and shapes, without documentation
     */
    public ServiceModel model() {
        return runtime.model();
    }

    /**
     * The region the client resolved when it was built.
     *
     * @return the region, e.g. {@code eu-west-1}; null for a global service configured without one
     */
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

    /**
     * Closes the pooled connections; calls in flight may fail, and calls made after it fail. A
     * {@link PresignedRequests} made with {@link PresignedRequests#of(AsyncClient)} shares these
     * connections, so it stops working too. Does not close the Vert.x instance.
     *
     * @return completes when the connections are closed
     */
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
