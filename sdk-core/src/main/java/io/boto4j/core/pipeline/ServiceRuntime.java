package io.boto4j.core.pipeline;

import io.boto4j.core.CallTimeoutException;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.SdkException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.AuthSchemePreference;
import io.boto4j.core.auth.signer.AuthSchemeResolver;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.auth.credentials.CredentialsProvider;
import io.boto4j.core.auth.credentials.NoCredentialsException;
import io.boto4j.core.auth.signer.AwsV4Signer;
import io.boto4j.core.auth.token.TokenProvider;
import io.boto4j.core.endpoints.Endpoint;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.Redaction;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.ModelException;
import io.boto4j.core.model.Names;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.paginate.PageIterator;
import io.boto4j.core.paginate.PaginationConfig;
import io.boto4j.core.plugin.ClientOption;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.retry.AttemptOutcome;
import io.boto4j.core.retry.ClockSkew;
import io.boto4j.core.retry.InvocationHeaders;
import io.boto4j.core.retry.RetryStrategy;
import io.boto4j.core.retry.RetryTracker;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;
import io.boto4j.core.validation.ParamValidator;
import io.boto4j.core.waiter.WaiterConfig;
import io.boto4j.core.waiter.WaiterResult;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The request pipeline, written once for every layer: the orchestration of a call, and nothing
 * else. Everything a service or a setting adds (compression, checksums, endpoint discovery, S3's
 * rules) is a {@link io.boto4j.core.plugin.Hook} on the same chain that plugins extend. A
 * runtime belongs to one service and one resolved configuration and is shared by every call of a
 * client; it is thread-safe and never blocks. Read {@link #invoke} top to bottom:
 *
 * <pre>
 * beforeValidation → validate → beforeEndpoint → endpoint → serialize → afterSerialization → identity
 *   → per attempt: beforeSigning → sign → afterSigning → send → onResponse → parse → afterAttempt → retry?
 *   → afterParsing | onError
 * </pre>
 */
public final class ServiceRuntime implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.boto4j.core.pipeline");
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final ServiceModel model;
    private final ProtocolCodec codec;
    private final EndpointResolver endpoints;
    private final CredentialsProvider credentials;
    private final TokenProvider tokens;
    private final AuthSchemePreference authPreference;
    private final boolean anonymous;
    private final String region;
    /** The region signatures name unless the endpoint says otherwise (see LegacySigningRegion). */
    private final String signingRegion;
    private final RetryStrategy retryStrategy;
    private final HttpTransport transport;
    private final Delayer delayer;
    private final Supplier<? extends CallScheduler> schedulers;
    private final Clock clock;
    private final Duration attemptTimeout;
    private final Duration callTimeout;
    private final String userAgent;
    private final HookChain hooks;
    private final Map<String, CustomMethod<?>> methods;
    private final OptionValues options;
    private final Executor blockingExecutor;
    private final PaginatorsAndWaiters extras;
    private final AtomicReference<Duration> clockSkew = new AtomicReference<>(Duration.ZERO);
    private final Map<OperationModel, OperationPlan> plans = new ConcurrentHashMap<>();

    ServiceRuntime(ServiceRuntimeBuilder b) {
        this.model = b.model;
        this.codec = b.codec;
        this.endpoints = b.endpoints;
        this.credentials = b.credentials;
        this.tokens = b.tokens;
        this.authPreference = b.authPreference;
        this.anonymous = b.anonymous;
        this.region = b.region;
        this.signingRegion = b.signingRegion;
        this.retryStrategy = b.retryStrategy;
        this.transport = b.transport;
        this.delayer = b.delayer;
        this.schedulers = b.schedulers;
        this.clock = b.clock;
        this.attemptTimeout = b.attemptTimeout;
        this.callTimeout = b.callTimeout;
        this.userAgent = b.userAgent;
        this.hooks = b.hookChain;
        this.methods = Map.copyOf(b.methods);
        this.options = b.options;
        this.blockingExecutor = b.blockingExecutor;
        this.extras = new PaginatorsAndWaiters(this, b.documents);
    }

    /**
     * Starts a runtime; the layers build theirs with it.
     *
     * @return a new builder, with the service and the transport still to set
     */
    public static ServiceRuntimeBuilder builder() {
        return new ServiceRuntimeBuilder();
    }

    /**
     * The service's model.
     *
     * @return the model loaded at build time (shared by every client of the process)
     */
    public ServiceModel model() {
        return model;
    }

    /**
     * The resolved region (null for a global service configured without one).
     *
     * @return the region from the client config, environment or profile, e.g. {@code eu-west-1}, or null
     */
    public String region() {
        return region;
    }

    /**
     * The offset the signer adds to the local clock, learnt from clock-skew errors.
     *
     * @return the current offset, {@link Duration#ZERO} until a clock-skew error taught one;
     *         changes as calls run
     */
    public Duration clockSkew() {
        return clockSkew.get();
    }

    /**
     * The value of a client option, resolved once per client (on first use) with the usual
     * precedence: client config, then environment, then profile, then the option's default.
     *
     * @param <T>    the option's value type
     * @param option the option, as a plugin declares it
     * @return the resolved value, or null when nothing sets it and it has no default
     */
    public <T> T option(ClientOption<T> option) {
        return options.get(option);
    }

    /**
     * The endpoint rules' built-in values this client resolved ({@code AWS::Region},
     * {@code AWS::S3::ForcePathStyle}, ...), for plugins whose rules depend on them.
     *
     * @return an immutable map from built-in name to value
     */
    public Map<String, Object> endpointBuiltIns() {
        return endpoints.builtIns();
    }

    /**
     * The endpoint rule set's client context parameters set in code ({@code ForcePathStyle}, ...).
     *
     * @return an immutable map from parameter name to value; empty when the code set none
     */
    public Map<String, Object> endpointClientContextParams() {
        return endpoints.clientContextParams();
    }

    /**
     * The waits of waiters and custom methods: Vert.x timers on the async layer, the caller's
     * thread on the blocking one. (A call's own waits go through its {@link CallScheduler}.)
     *
     * @return the delayer the layer gave the builder, by default {@link Delayer#jdk()}
     */
    public Delayer delayer() {
        return delayer;
    }

    /**
     * Where blocking work (file I/O of custom methods) runs: never an event loop.
     *
     * @return the layer's executor, by default {@link BlockingPool#shared()}
     */
    public Executor blockingExecutor() {
        return blockingExecutor;
    }

    // ---------------------------------------------------------------- calls

    /**
     * Calls an operation. The future fails with {@link io.boto4j.core.ParamValidationException}
     * (bad input, before any I/O), {@link ServiceException} (the service said no) or another
     * {@link SdkClientException} (endpoint, credentials, connection, parse; a timeout as
     * {@link io.boto4j.core.AttemptTimeoutException} or {@link CallTimeoutException}).
     * Cancelling it stops the request in flight wherever it is and closes its connection.
     *
     * <p>The call timeout bounds the call from here until the future completes, retries and
     * back-off included; a streaming output's body is read after that, bounded by the attempt
     * timeout (see {@link io.boto4j.core.transport the transport package}).
     *
     * <p>The future completes on whatever thread finished the last step (the transport's, the
     * scheduler's): a caller that must not run there moves on with an {@code ...Async} stage.
     *
     * @param operationName the operation's name as in the model, e.g. {@code GetObject}
     * @param params        the input in the SDK's value model, by member name; copied, so later
     *                      changes do not show; null for none
     * @return the outcome, never completing with null
     */
    public CompletableFuture<CallResult> invoke(String operationName, Map<String, ?> params) {
        return invoke(operationName, params, null);
    }

    /**
     * Like {@link #invoke(String, Map)}, signed with {@code credentialsOverride} instead of the
     * client's credentials (for calls made on behalf of a credentials provider, e.g. AssumeRole).
     *
     * @param operationName       the operation's name as in the model, e.g. {@code AssumeRole}
     * @param params              the input by member name; copied; null for none
     * @param credentialsOverride the credentials to sign with; null for the client's
     * @return the outcome, failing as {@link #invoke(String, Map)}'s does
     */
    public CompletableFuture<CallResult> invoke(String operationName, Map<String, ?> params,
                                                CredentialsProvider credentialsOverride) {
        Call call;
        try {
            call = newCall(operationName, params, false);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(clientFacing(operationName, e));
        }
        CompletableFuture<CallResult> work = prepare(call)
                .thenCompose(x -> resolveIdentity(call, credentialsOverride))
                .thenCompose(x -> attempts(call))
                .thenCompose(result -> run(Stage.AFTER_PARSING, call, null, result.output()).thenApply(x -> result));
        return finish(call, withCallTimeout(call, work));
    }

    /**
     * Everything {@link #invoke} does before sending, signing included, without sending: the
     * request as it would go on the wire (for dry runs and comparisons with other SDKs).
     *
     * @param operationName the operation's name as in the model, e.g. {@code PutObject}
     * @param params        the input by member name; copied; null for none
     * @return the signed first attempt; fails as {@link #invoke(String, Map)}'s would before sending
     */
    public CompletableFuture<SignedRequest> dryRun(String operationName, Map<String, ?> params) {
        Call call;
        try {
            call = newCall(operationName, params, false);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(clientFacing(operationName, e));
        }
        Attempt[] first = new Attempt[1];
        CompletableFuture<SignedRequest> work = prepare(call)
                .thenCompose(x -> resolveIdentity(call, null))
                .thenCompose(x -> {
                    first[0] = new Attempt(call, 1, call.request().copy());
                    return signed(call, first[0], InvocationHeaders.newInvocationId(), retryStrategy.maxAttempts());
                })
                .thenApply(x -> new SignedRequest(first[0].request()));
        return finish(call, work);
    }

    /**
     * A URL that performs the call when fetched, its authentication in the query string, valid
     * for {@code expiresIn} (1 second to 7 days): botocore's {@code generate_presigned_url}.
     * Validation, endpoint rules and hooks apply as for a real call; an anonymous client gets the
     * unsigned URL.
     *
     * @param operationName the operation's name as in the model, e.g. {@code GetObject}
     * @param params        the input by member name; copied; null for none
     * @param expiresIn     how long the URL stays valid
     * @param httpMethod    the method the URL is for, or null for the operation's own
     * @return the URL; fails with {@link io.boto4j.core.ParamValidationException} when
     *         {@code expiresIn} is null or out of range, and as {@link #invoke(String, Map)}'s
     *         would before sending
     */
    public CompletableFuture<URI> presign(String operationName, Map<String, ?> params, Duration expiresIn,
                                          String httpMethod) {
        Call call;
        try {
            Presigning.checkExpiry(model.serviceName(), operationName, expiresIn);
            call = newCall(operationName, params, true);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(clientFacing(operationName, e));
        }
        CompletableFuture<URI> work = prepare(call)
                .thenCompose(x -> resolveIdentity(call, null))
                .thenCompose(x -> {
                    Attempt attempt = new Attempt(call, 1, call.request().copy());
                    if (httpMethod != null) {
                        attempt.request().method(httpMethod);
                    }
                    Presigning.moveBodyToQuery(attempt.request());
                    attempt.signing = signingParams(call);
                    return run(Stage.BEFORE_SIGNING, call, attempt, null).thenApply(y -> attempt.signing == null
                            ? attempt.request().uri()
                            : call.auth.signer().presign(attempt.request(), attempt.signing.build(), expiresIn));
                });
        return finish(call, work);
    }

    /**
     * A URL for a request built by hand rather than from one of the model's operations, signed
     * with SigV4 in the query string by this client's credentials and clock: botocore's
     * {@code request_signer.generate_presigned_url} of a request dict, as RDS and DSQL database
     * auth tokens and the cross-region {@code PresignedUrl} of EC2 and RDS copies use it. The
     * request is signed as it is (method, URL, headers; its body is not read) for
     * {@code signingName} in {@code signingRegion}. An anonymous client gets the unsigned URL,
     * as botocore's unsigned clients do.
     *
     * @param request       the request to sign, not changed
     * @param signingName   the service name in the credential scope, e.g. {@code rds-db}
     * @param signingRegion the region in the credential scope, e.g. {@code us-east-1}
     * @param expiresIn     how long the URL stays valid, 1 second to 7 days
     * @return the URL; fails, as {@link #invoke(String, Map)}'s does, with a
     *         {@link io.boto4j.core.ParamValidationException} naming every bad argument (a null
     *         one, {@code expiresIn} out of range), {@link NoCredentialsException} when the client
     *         has no credentials, or another {@link SdkClientException}
     */
    public CompletableFuture<URI> presignRequest(SdkHttpRequest request, String signingName, String signingRegion,
                                                 Duration expiresIn) {
        String label = "presignRequest";
        try {
            Presigning.checkPresignRequest(model.serviceName(), label, request, signingName, signingRegion,
                    expiresIn);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(clientFacing(label, e));
        }
        if (anonymous) {
            return CompletableFuture.completedFuture(request.uri());
        }
        if (credentials == null) {
            return CompletableFuture.failedFuture(new NoCredentialsException("Unable to locate credentials to sign a "
                    + signingName + " request: configure a profile, environment variables or a credentials provider"));
        }
        return credentials.resolve().thenApply(c -> AwsV4Signer.create().presign(request, SigningParams.builder()
                .credentials(c)
                .region(signingRegion)
                .signingName(signingName)
                .signingTime(clock.instant())
                .clockSkew(clockSkew.get())
                .build(), expiresIn))
                .toCompletableFuture()
                .handle((url, failure) -> {
                    if (failure != null) {
                        throw new CompletionException(clientFacing(label, unwrap(failure)));
                    }
                    return url;
                });
    }

    /**
     * A signed request as a dry run produces it; its body is {@code request().body()}.
     *
     * @param request the request with its signature (headers or query), owned by the caller
     */
    public record SignedRequest(SdkHttpRequest request) {
        /**
         * The body that would be sent, or null.
         *
         * @return {@code request().body()}
         */
        public RequestBody body() {
            return request.body();
        }
    }

    // ---------------------------------------------------------------- custom methods

    /**
     * The custom methods of this client (the core's and its plugins').
     *
     * @return an unmodifiable collection of the methods
     */
    public Collection<CustomMethod<?>> methods() {
        return methods.values();
    }

    /**
     * A custom method by name.
     *
     * @param name the method's name, e.g. {@code generate_presigned_url}, exactly as declared
     * @return the method, or empty when this client has none of that name
     */
    public Optional<CustomMethod<?>> method(String name) {
        return Optional.ofNullable(methods.get(name));
    }

    /**
     * Runs a custom method of this client. The arguments are checked first (all problems at
     * once, before any I/O); layers have already turned their stream types into
     * {@link RequestBody}s. Cancelling the returned future cancels the implementation's (an
     * upload in flight stops and aborts).
     *
     * @param <R>       the method's result type
     * @param method    one of {@link #methods()} (the same instance)
     * @param arguments the arguments by parameter name; null for none
     * @param callbacks where the method runs the caller's callbacks (progress listeners)
     * @return the method's result; fails with {@link SdkClientException} when this client has no
     *         such method, with {@link io.boto4j.core.ParamValidationException} when the arguments
     *         are wrong, and with whatever client-facing failure the implementation ends with
     */
    public <R> CompletableFuture<R> callMethod(CustomMethod<R> method, Map<String, ?> arguments, Executor callbacks) {
        try {
            if (methods.get(method.name()) != method) {
                throw new SdkClientException(model.serviceName() + " has no method " + method.name()
                        + Names.didYouMean(method.name(), methods.keySet()) + " (its methods: "
                        + String.join(", ", methods.keySet()) + ")");
            }
            Map<String, Object> checked = method.checkArguments(model.serviceName(), arguments);
            CompletableFuture<R> running = method.implementation()
                    .run(new RuntimeMethodCall(this, method, checked, callbacks))
                    .toCompletableFuture();
            CompletableFuture<R> outcome = running.handle((result, failure) -> {
                if (failure != null) {
                    throw new CompletionException(clientFacing(method.name(), unwrap(failure)));
                }
                return result;
            });
            // A dependent future does not pass its cancellation upstream: do it here.
            outcome.whenComplete((r, f) -> {
                if (outcome.isCancelled()) {
                    running.cancel(true);
                }
            });
            return outcome;
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(clientFacing(method.name(), e));
        }
    }

    // ---------------------------------------------------------------- paginators and waiters

    /**
     * The operations that have a paginator.
     *
     * @return their names as in the model, e.g. {@code ListObjectsV2}; empty when the service has none
     */
    public Set<String> paginatedOperations() {
        return extras.paginatedOperations();
    }

    /**
     * Pages of an operation's results, fetched one at a time as {@link PageIterator#nextPage()}
     * asks (the layers wrap it as a Java Stream or a Vert.x ReadStream).
     *
     * @param operation the operation's name as in the model, e.g. {@code ListObjectsV2}
     * @param input     the first page's input; copied; null for none
     * @param config    botocore's {@code PaginationConfig} (MaxItems, PageSize, StartingToken);
     *                  null for none
     * @return an iterator that has fetched nothing yet
     * @throws SdkClientException when the operation has no paginator
     */
    public PageIterator paginate(String operation, Map<String, ?> input, PaginationConfig config) {
        return extras.paginate(operation, input == null ? Map.of() : input, config);
    }

    /**
     * The waiters of this service, by name.
     *
     * @return the waiters' names as in the model, e.g. {@code BucketExists}; empty when there are none
     */
    public Set<String> waiterNames() {
        return extras.waiterNames();
    }

    /**
     * Polls until the named waiter reaches success, fails or runs out of attempts; waits go
     * through {@link #delayer()}, so no thread blocks.
     *
     * @param waiterName the waiter's name as in the model, e.g. {@code BucketExists}
     * @param input      the input of each call; copied; null for none
     * @param config     delay and maximum attempts; null for the model's
     * @return the success; fails with a {@link io.boto4j.core.waiter.WaiterException} on a
     *         failure state or when attempts run out, with the call's own failure, or with an
     *         {@link SdkClientException} when the service has no such waiter (a failed future, as
     *         {@link #invoke(String, Map)}'s for an unknown operation)
     */
    public CompletableFuture<WaiterResult> waitFor(String waiterName, Map<String, ?> input, WaiterConfig config) {
        try {
            return extras.waitFor(waiterName, input == null ? Map.of() : input, config);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(clientFacing(waiterName, e));
        }
    }

    // ---------------------------------------------------------------- before the first attempt

    private Call newCall(String operationName, Map<String, ?> params, boolean presign) {
        OperationModel op = model.operation(operationName);
        OperationPlan plan = plans.computeIfAbsent(op, o -> new OperationPlan(o, hooks));
        return new Call(this, plan, params == null ? new LinkedHashMap<>() : new LinkedHashMap<>(params), presign,
                schedulers.get(), presign ? null : callTimeout);
    }

    /** Validation, then endpoint and serialization. */
    private CompletableFuture<Void> prepare(Call call) {
        return run(Stage.BEFORE_VALIDATION, call, null, null).thenCompose(x -> {
            Map<String, Object> validated = ParamValidator.validate(call.operation(), call.input());
            String payload = call.plan().streamingInputMember();
            if (payload != null && validated.get(payload) instanceof RequestBody body) {
                // Sent as it is; the codec serializes the rest of the input.
                call.streamingPayload = body;
                validated.remove(payload);
            }
            call.input(validated);
            return resolveAndSerialize(call);
        });
    }

    /** From endpoint resolution on: where a call starts again when a hook restarts it. */
    private CompletableFuture<Void> resolveAndSerialize(Call call) {
        return run(Stage.BEFORE_ENDPOINT, call, null, null).thenCompose(x -> {
            OperationModel op = call.operation();
            Endpoint endpoint = endpoints.resolve(op.name(), call.plan().endpointContext(), call.input(),
                    call.endpointParameters());
            call.endpoint(endpoint);
            SdkHttpRequest request = codec.serialize(op, call.input(), endpoint.url());
            // The rules' headers replace what the input bound to the same name, as botocore's
            // headers.update() does (S3 Control's x-amz-account-id is both).
            endpoint.headers().forEach((name, values) -> {
                request.headers().remove(name);
                values.forEach(v -> request.headers().add(name, v));
            });
            request.headers().set("User-Agent", userAgent);
            RequestBody payload = call.streamingPayload;
            if (payload != null) {
                request.body(payload);
                if (payload.contentLength() >= 0) {
                    request.headers().set("Content-Length", Long.toString(payload.contentLength()));
                } else {
                    request.headers().remove("Content-Length");
                }
            }
            call.request(request);
            call.auth = AuthSchemeResolver.resolve(op, call.plan().auth(authPreference), endpoint.properties(),
                    authPreference);
            return run(Stage.AFTER_SERIALIZATION, call, null, null);
        });
    }

    private CompletableFuture<Void> resolveIdentity(Call call, CredentialsProvider override) {
        AuthSchemeResolver.Choice auth = call.auth;
        if (auth.isAnonymous() || (anonymous && override == null)) {
            return DONE;
        }
        if (auth.scheme().equals(AuthSchemeResolver.BEARER)) {
            return resolveToken(call);
        }
        CredentialsProvider source = override != null ? override : credentials;
        if (source == null) {
            return CompletableFuture.failedFuture(new NoCredentialsException("Unable to locate credentials for "
                    + model.serviceName() + "." + call.operation().name()
                    + ": configure a profile, environment variables or a credentials provider"));
        }
        return source.resolve().thenAccept(c -> call.credentials = c);
    }

    /** Bearer auth: refused over plain http before any token is looked up, as the token would travel in clear text. */
    private CompletableFuture<Void> resolveToken(Call call) {
        URI endpoint = call.request().endpoint();
        if (!"https".equalsIgnoreCase(endpoint.getScheme())) {
            return CompletableFuture.failedFuture(new SdkClientException(model.serviceName() + "."
                    + call.operation().name() + " uses bearer token auth, which boto4j sends over https only, but its"
                    + " endpoint is " + endpoint.getScheme() + "://" + endpoint.getHost()
                    + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort())
                    + ": use an https endpoint"));
        }
        return tokens.resolve().thenAccept(t -> call.token = t);
    }

    // ---------------------------------------------------------------- attempts and retries

    private CompletableFuture<CallResult> attempts(Call call) {
        RetryTracker tracker = retryStrategy.newCall();
        return attempt(call, tracker, InvocationHeaders.newInvocationId(), 1, false);
    }

    private CompletableFuture<CallResult> attempt(Call call, RetryTracker tracker, String invocationId, int number,
                                                  boolean skewRetried) {
        return call.scheduler.delay(tracker.beforeAttempt())
                .thenCompose(x -> sendOnce(call, invocationId, number, tracker.maxAttempts()))
                .thenCompose(attempt -> run(Stage.AFTER_ATTEMPT, call, attempt, null).handle((x, hookFailure) -> {
                    if (hookFailure != null) {
                        attempt.failed(unwrap(hookFailure));
                    }
                    return attempt;
                }))
                .thenCompose(attempt -> next(call, tracker, invocationId, attempt, skewRetried));
    }

    /** After an attempt: the result, a restart, a retry after the policy's delay, or the error. */
    private CompletableFuture<CallResult> next(Call call, RetryTracker tracker, String invocationId, Attempt attempt,
                                               boolean skewRetried) {
        log(call, attempt);
        if (attempt.succeeded()) {
            tracker.onSuccess(attempt.outcome);
            Headers headers = attempt.response.headers();
            // A request id in the body (query, EC2) wins over the headers', as in botocore.
            String requestId = attempt.bodyRequestId != null ? attempt.bodyRequestId : Attempts.requestId(headers);
            return CompletableFuture.completedFuture(new CallResult(attempt.output, attempt.response.statusCode(),
                    headers, requestId, attempt.number()));
        }
        // Whatever follows, nobody reads this attempt's body any more (a no-op when it was read).
        attempt.abortResponse();
        if (call.pastDeadline()) {
            return CompletableFuture.failedFuture(callTimedOut(call));
        }
        if (call.cancelled) {
            return CompletableFuture.failedFuture(Attempts.error(call, attempt));
        }
        if (attempt.restartRequested && !call.restarted && Attempts.replayable(call)) {
            call.restarted = true;
            return resolveAndSerialize(call)
                    .thenCompose(x -> attempt(call, tracker, invocationId, attempt.number() + 1, skewRetried));
        }
        Optional<Duration> retryIn = attempt.outcome == null ? Optional.empty() : tracker.retryAfter(attempt.outcome);
        boolean skewCorrected = correctClockSkew(attempt.outcome);
        if (retryIn.isEmpty() && skewCorrected && !skewRetried) {
            // Signed with a wrong clock: once more with the corrected one.
            retryIn = Optional.of(Duration.ZERO);
        }
        if (retryIn.isEmpty()) {
            return CompletableFuture.failedFuture(Attempts.error(call, attempt));
        }
        boolean skewRetry = skewRetried || skewCorrected;
        return call.scheduler.delay(retryIn.get())
                .thenCompose(x -> attempt(call, tracker, invocationId, attempt.number() + 1, skewRetry));
    }

    /** Learns the server's clock from a skew error; true when the offset changed. */
    private boolean correctClockSkew(AttemptOutcome outcome) {
        if (outcome == null || !outcome.hasResponse()) {
            return false;
        }
        Optional<Duration> offset = ClockSkew.correction(outcome, clock.instant(), clockSkew.get());
        offset.ifPresent(o -> {
            LOG.log(System.Logger.Level.DEBUG, "adjusting for clock skew: offset now {0}", o);
            clockSkew.set(o);
        });
        return offset.isPresent();
    }

    /** One attempt: sign, send, read. Never fails: the outcome, failures included, is in the attempt. */
    private CompletableFuture<Attempt> sendOnce(Call call, String invocationId, int number, int maxAttempts) {
        Attempt attempt = new Attempt(call, number, call.request().copy());
        long started = System.nanoTime();
        CompletableFuture<Attempt> done;
        if (call.cancelled) {
            done = CompletableFuture.failedFuture(new CancellationException("the call was cancelled"));
        } else if (call.pastDeadline()) {
            done = CompletableFuture.failedFuture(callTimedOut(call));
        } else {
            done = signed(call, attempt, invocationId, maxAttempts)
                    .thenCompose(x -> send(call, attempt))
                    .thenCompose(response -> {
                        attempt.response = new RawResponse(response, attempt.request().method());
                        call.response = attempt.response;
                        if (call.cancelled) {
                            attempt.response.abort(); // cancelled while the headers were handed over
                        }
                        return run(Stage.ON_RESPONSE, call, attempt, null);
                    })
                    .thenCompose(x -> parse(call, attempt));
        }
        return done.handle((x, failure) -> {
            if (failure != null) {
                attempt.failed(unwrap(failure));
            }
            attempt.nanos = System.nanoTime() - started;
            return attempt;
        });
    }

    /** Signs the attempt's request between its hooks; invocation headers go after, unsigned, as in botocore. */
    private CompletableFuture<Void> signed(Call call, Attempt attempt, String invocationId, int maxAttempts) {
        attempt.signing = signingParams(call);
        return run(Stage.BEFORE_SIGNING, call, attempt, null).thenCompose(x -> {
            if (attempt.signing != null) {
                call.auth.signer().sign(attempt.request(), attempt.signing.build());
            }
            // Unsigned, so a fixed clock gives a reproducible signature.
            Headers headers = attempt.request().headers();
            headers.set(InvocationHeaders.INVOCATION_ID, invocationId);
            headers.set(InvocationHeaders.REQUEST, InvocationHeaders.sdkRequest(attempt.number(), maxAttempts, null));
            return run(Stage.AFTER_SIGNING, call, attempt, null);
        });
    }

    /** How the call is signed, before the attempt's hooks adjust it; null when it goes unsigned. */
    private SigningParams.Builder signingParams(Call call) {
        if (call.credentials == null && call.token == null) {
            return null;
        }
        SigningParams.Builder params = SigningParams.builder()
                .credentials(call.credentials)
                .bearerToken(call.token != null ? call.token.token() : null)
                .region(signingRegion)
                .signingTime(clock.instant())
                .clockSkew(clockSkew.get());
        return call.auth.applyTo(params);
    }

    private CompletableFuture<TransportResponse> send(Call call, Attempt attempt) {
        if (LOG.isLoggable(System.Logger.Level.TRACE)) {
            SdkHttpRequest r = attempt.request();
            LOG.log(System.Logger.Level.TRACE, "{0}.{1} attempt {2} sends {3} {4} headers {5}", model.serviceName(),
                    call.operation().name(), attempt.number(), r.method(), Redaction.uri(call.operation(), r),
                    Redaction.headers(call.operation(), r.headers()));
        }
        CompletableFuture<TransportResponse> sent = transport.send(new TransportRequest(attempt.request(), attemptTimeout,
                call.timeLeft(), call.scheduler.executor()));
        call.inFlight = sent;
        if (call.cancelled) {
            sent.cancel(true);
        }
        return sent;
    }

    // ---------------------------------------------------------------- reading the response

    private CompletableFuture<Attempt> parse(Call call, Attempt attempt) {
        OperationModel op = call.operation();
        RawResponse response = attempt.response;
        int status = response.statusCode();
        Headers headers = response.headers();
        boolean success = status >= 200 && status < 300;
        String streamingMember = call.plan().streamingOutputMember();
        if (success && streamingMember != null) {
            Map<String, Object> output = new LinkedHashMap<>(codec.parse(op, new SdkHttpResponse(status, headers,
                    new byte[0])));
            // From here the caller reads the body at its own pace.
            response.streamingToCaller();
            ResponseStream stream = new ResponseStream(response.body(), response.declaredLength(), response::abort);
            output.put(streamingMember, call.plan().eventStreamOutput()
                    ? new EventStream(stream, op, codec.name()) : stream);
            attempt.succeeded(output);
            return CompletableFuture.completedFuture(attempt);
        }
        return response.readAll().thenApply(bytes -> {
            SdkHttpResponse full = new SdkHttpResponse(status, headers, bytes);
            if (success) {
                attempt.succeeded(codec.parse(op, full));
                attempt.bodyRequestId = codec.requestId(full);
            } else {
                attempt.serviceError(codec.parseError(op, full));
            }
            return attempt;
        });
    }

    // ---------------------------------------------------------------- the end of a call

    private static CompletableFuture<Void> run(Stage stage, Call call, Attempt attempt, Map<String, Object> output) {
        return HookChain.run(stage, call.plan().hooks(stage), call, attempt, output);
    }

    /**
     * The call's work, bounded by the call timeout on the call's own scheduler (the blocking
     * layer's caller thread, a Vert.x timer): when it passes, the call fails with
     * {@link CallTimeoutException} and whatever is in flight is cancelled. A result that arrives
     * too late is discarded, its streaming body (if any) closed.
     */
    private CompletableFuture<CallResult> withCallTimeout(Call call, CompletableFuture<CallResult> work) {
        if (callTimeout == null) {
            return work;
        }
        CompletableFuture<CallResult> bounded = new CompletableFuture<>();
        CompletableFuture<Void> timer = call.scheduler.delay(call.timeLeft());
        timer.thenRun(() -> {
            if (bounded.completeExceptionally(callTimedOut(call))) {
                call.cancel();
            }
        });
        work.whenComplete((result, failure) -> {
            timer.cancel(false);
            boolean delivered = failure == null ? bounded.complete(result) : bounded.completeExceptionally(failure);
            if (!delivered) {
                call.abortResponse();
            }
        });
        return bounded;
    }

    private CallTimeoutException callTimedOut(Call call) {
        return new CallTimeoutException(model.serviceName() + "." + call.operation().name()
                + " did not complete within the call timeout of "
                + io.boto4j.core.AttemptTimeoutException.describe(callTimeout), callTimeout);
    }

    /**
     * The future the caller gets: the result, or the failure as the SDK's own exception after the
     * {@code onError} hooks had their say. Cancelling it stops the call's request in flight.
     */
    private <T> CompletableFuture<T> finish(Call call, CompletableFuture<T> work) {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        work.whenComplete((result, failure) -> {
            if (failure == null) {
                outcome.complete(result);
                return;
            }
            // A failed call hands nothing to the caller: no body is left half read in a pool.
            call.abortResponse();
            call.error(clientFacing(call.operation().name(), unwrap(failure)));
            run(Stage.ON_ERROR, call, null, null).whenComplete((x, hookFailure) -> {
                SdkException error = call.error();
                if (hookFailure != null) {
                    error.addSuppressed(unwrap(hookFailure));
                }
                outcome.completeExceptionally(error);
            });
        });
        outcome.whenComplete((r, f) -> {
            if (outcome.isCancelled()) {
                call.cancel();
            }
        });
        return outcome;
    }

    /** One line per attempt: service, operation, attempt, outcome, duration. Never headers or bodies. */
    private void log(Call call, Attempt attempt) {
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, "{0}.{1} attempt {2}: {3} in {4} ms", model.serviceName(),
                    call.operation().name(), attempt.number(), attempt.describe(), attempt.nanos / 1_000_000);
        }
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Any failure as the SDK's own exception, naming the service and the operation (or method). */
    private SdkException clientFacing(String operation, Throwable t) {
        if (t instanceof SdkException e) {
            return e;
        }
        if (t instanceof TimeoutException) {
            return new CallTimeoutException(model.serviceName() + "." + operation + " did not complete within"
                    + " the call timeout of " + io.boto4j.core.AttemptTimeoutException.describe(callTimeout),
                    callTimeout);
        }
        if (t instanceof CancellationException) {
            return new SdkClientException(model.serviceName() + "." + operation + " was cancelled", t);
        }
        if (t instanceof ModelException || t instanceof IllegalArgumentException) {
            return new SdkClientException(model.serviceName() + "." + operation + ": " + t.getMessage(), t);
        }
        return new SdkClientException(model.serviceName() + "." + operation + " failed: " + t, t);
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "ServiceRuntime[" + model.serviceName() + ", region " + region + ", protocol " + codec.name() + "]";
    }

    /** For the paginators and waiters: one call's output. */
    CompletableFuture<Map<String, Object>> output(String operation, Map<String, ?> input) {
        return invoke(operation, input).thenApply(CallResult::output);
    }
}
