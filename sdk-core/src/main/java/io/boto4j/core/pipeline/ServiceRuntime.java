package io.boto4j.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.SdkException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.AuthSchemeResolver;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.auth.credentials.CredentialsProvider;
import io.boto4j.core.endpoints.Endpoint;
import io.boto4j.core.endpoints.EndpointParameterResolver;
import io.boto4j.core.endpoints.EndpointRuleSet;
import io.boto4j.core.endpoints.OperationEndpointContext;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.ModelException;
import io.boto4j.core.model.Names;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;
import io.boto4j.core.paginate.PageIterator;
import io.boto4j.core.paginate.PaginationConfig;
import io.boto4j.core.paginate.Paginator;
import io.boto4j.core.paginate.PaginatorDefinition;
import io.boto4j.core.paginate.PaginatorModel;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.protocol.ServiceErrorDetails;
import io.boto4j.core.retry.AttemptOutcome;
import io.boto4j.core.retry.ClockSkew;
import io.boto4j.core.retry.InvocationHeaders;
import io.boto4j.core.retry.RetryStrategy;
import io.boto4j.core.retry.RetryTracker;
import io.boto4j.core.retry.TransientTransportException;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.transport.RequestBody;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;
import io.boto4j.core.transport.TruncatedBodyException;
import io.boto4j.core.validation.ParamValidator;
import io.boto4j.core.waiter.ErrorInfo;
import io.boto4j.core.waiter.Waiter;
import io.boto4j.core.waiter.WaiterConfig;
import io.boto4j.core.waiter.WaiterDefinition;
import io.boto4j.core.waiter.WaiterModel;
import io.boto4j.core.waiter.WaiterResult;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The request pipeline, written once for every layer. A runtime belongs to one service and one
 * resolved configuration and is shared by every call of a client; it is thread-safe and never
 * blocks. Read {@link #invoke} top to bottom:
 *
 * <pre>
 * validate → endpoint → serialize → interceptors → (per attempt: sign → send → read) → retry → parse → interceptors
 * </pre>
 */
public final class ServiceRuntime implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.boto4j.core.pipeline");

    private final ServiceModel model;
    private final ProtocolCodec codec;
    private final EndpointRuleSet ruleSet;
    private final EndpointParameterResolver endpointParams;
    private final Map<String, Object> builtIns;
    private final Map<String, Object> clientContextParams;
    private final CredentialsProvider credentials;
    private final boolean anonymous;
    private final String region;
    /** The region signatures name unless the endpoint says otherwise (see LegacySigningRegion). */
    private final String signingRegion;
    private final RetryStrategy retryStrategy;
    private final HttpTransport transport;
    private final Delayer delayer;
    private final Clock clock;
    private final Duration attemptTimeout;
    private final Duration callTimeout;
    private final String userAgent;
    private final RequestCompression compression;
    private final RequestChecksums checksums;
    private final EndpointDiscovery discovery;
    private final List<Interceptor> interceptors;
    private final Function<String, Optional<JsonNode>> documents;
    private volatile PaginatorModel paginatorModel;
    private volatile WaiterModel waiterModel;
    private final AtomicReference<Duration> clockSkew = new AtomicReference<>(Duration.ZERO);
    private final Map<OperationModel, OperationEndpointContext> endpointContexts = new ConcurrentHashMap<>();

    ServiceRuntime(ServiceRuntimeBuilder b) {
        this.model = b.model;
        this.codec = b.codec;
        this.ruleSet = b.ruleSet;
        this.endpointParams = b.ruleSet == null ? null : new EndpointParameterResolver(b.ruleSet);
        this.builtIns = Map.copyOf(b.builtIns);
        this.clientContextParams = Map.copyOf(b.clientContextParams);
        this.credentials = b.credentials;
        this.anonymous = b.anonymous;
        this.region = b.region;
        this.signingRegion = b.signingRegion;
        this.retryStrategy = b.retryStrategy;
        this.transport = b.transport;
        this.delayer = b.delayer;
        this.clock = b.clock;
        this.attemptTimeout = b.attemptTimeout;
        this.callTimeout = b.callTimeout;
        this.userAgent = b.userAgent;
        this.compression = b.compression;
        this.checksums = b.checksums;
        this.discovery = b.discovery;
        this.documents = b.documents;
        this.interceptors = List.copyOf(b.interceptors);
    }

    public static ServiceRuntimeBuilder builder() {
        return new ServiceRuntimeBuilder();
    }

    public ServiceModel model() {
        return model;
    }

    public String region() {
        return region;
    }

    /** The offset the signer adds to the local clock, learnt from clock-skew errors. */
    public Duration clockSkew() {
        return clockSkew.get();
    }

    /**
     * Calls an operation. The future fails with {@link io.boto4j.core.validation.ParamValidationException}
     * (bad input, before any I/O), {@link ServiceException} (the service said no) or another
     * {@link SdkClientException} (endpoint, credentials, connection, timeout, parse).
     */
    public CompletableFuture<CallResult> invoke(String operationName, Map<String, ?> params) {
        return invoke(operationName, params, null);
    }

    /**
     * Like {@link #invoke(String, Map)}, signed with {@code credentialsOverride} instead of the
     * client's credentials (for calls made on behalf of a credentials provider, e.g. AssumeRole).
     */
    public CompletableFuture<CallResult> invoke(String operationName, Map<String, ?> params,
                                                CredentialsProvider credentialsOverride) {
        CompletableFuture<CallResult> call;
        try {
            CallContext ctx = prepare(operationName, params);
            call = signingIdentity(ctx, credentialsOverride).thenCompose(identity ->
                    discovery.apply(ctx, this).thenCompose(ignored -> attempts(ctx, identity)));
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        if (callTimeout != null) {
            call = call.orTimeout(callTimeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        return call.handle((result, failure) -> {
            if (failure != null) {
                throw new CompletionException(clientFacing(operationName, unwrap(failure)));
            }
            return result;
        });
    }

    /**
     * Everything {@link #invoke} does before sending, signing included, without sending: the
     * request as it would go on the wire (for dry runs and comparisons with other SDKs).
     */
    public CompletableFuture<SignedRequest> dryRun(String operationName, Map<String, ?> params) {
        try {
            CallContext ctx = prepare(operationName, params);
            return signingIdentity(ctx, null).thenApply(identity -> {
                SdkHttpRequest req = ctx.request().copy();
                sign(ctx, req, identity);
                addInvocationHeaders(req, InvocationHeaders.newInvocationId(), 1, retryStrategy.maxAttempts());
                return new SignedRequest(req, ctx.body());
            });
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    // ---------------------------------------------------------------- paginators and waiters

    /** The operations that have a paginator. */
    public Set<String> paginatedOperations() {
        return paginators().operations();
    }

    /**
     * Pages of an operation's results, fetched one at a time as {@link PageIterator#nextPage()}
     * asks (the layers wrap it as a Java Stream or a Vert.x ReadStream).
     */
    public PageIterator paginate(String operation, Map<String, ?> input, PaginationConfig config) {
        PaginatorDefinition definition = paginators().find(operation).orElseThrow(() -> new SdkClientException(
                model.serviceName() + "." + operation + " has no paginator"
                        + Names.didYouMean(operation, paginators().operations())));
        OperationModel op = model.operation(operation);
        boolean limitIsString = definition.limitKey() != null && op.inputShape() != null
                && op.inputShape().member(definition.limitKey()) != null
                && op.inputShape().member(definition.limitKey()).type() == ShapeType.STRING;
        Paginator paginator = new Paginator(definition,
                page -> invoke(operation, page).thenApply(CallResult::output), limitIsString);
        return paginator.paginate(new LinkedHashMap<>(input), config == null ? PaginationConfig.NONE : config);
    }

    /** The waiters of this service, by name. */
    public Set<String> waiterNames() {
        return waiters().names();
    }

    /** Polls until the named waiter reaches success, fails or runs out of attempts. */
    public CompletableFuture<WaiterResult> waitFor(String waiterName, Map<String, ?> input, WaiterConfig config) {
        WaiterDefinition definition = waiters().find(waiterName).orElseThrow(() -> new SdkClientException(
                model.serviceName() + " has no waiter " + waiterName
                        + Names.didYouMean(waiterName, waiters().names())));
        Waiter waiter = new Waiter(definition, in -> invoke(definition.operation(), in).thenApply(CallResult::output),
                failure -> unwrap(failure) instanceof ServiceException e
                        ? Optional.of(new ErrorInfo(e.errorCode(), e.errorMessage(), e.statusCode()))
                        : Optional.empty(),
                delayer);
        return waiter.waitFor(new LinkedHashMap<>(input), config == null ? WaiterConfig.DEFAULTS : config)
                .toCompletableFuture();
    }

    private PaginatorModel paginators() {
        PaginatorModel p = paginatorModel;
        if (p == null) {
            p = PaginatorModel.fromJson(documents.apply("paginators-1")
                    .orElse(JsonNodeFactory.instance.objectNode()));
            paginatorModel = p;
        }
        return p;
    }

    private WaiterModel waiters() {
        WaiterModel w = waiterModel;
        if (w == null) {
            ObjectNode empty =
                    JsonNodeFactory.instance.objectNode();
            empty.put("version", 2).putObject("waiters");
            w = WaiterModel.fromJson(documents.apply("waiters-2").orElse(empty));
            waiterModel = w;
        }
        return w;
    }

    /** A signed request and its body, as a dry run produces it. */
    public record SignedRequest(SdkHttpRequest request, RequestBody body) {
    }

    // ---------------------------------------------------------------- before the first attempt

    private CallContext prepare(String operationName, Map<String, ?> params) {
        OperationModel op = model.operation(operationName);
        Map<String, Object> input = ParamValidator.validate(op, params);
        CallContext ctx = new CallContext(op, input, region);
        RequestBody streamingBody = takeStreamingPayload(op, input);
        for (Interceptor i : interceptors) {
            i.beforeEndpoint(ctx);
        }
        Endpoint endpoint = resolveEndpoint(op, ctx.input());
        ctx.endpoint(endpoint);
        SdkHttpRequest request = codec.serialize(op, ctx.input(), endpoint.url());
        endpoint.headers().forEach((name, values) -> values.forEach(v -> request.headers().add(name, v)));
        request.headers().set("User-Agent", userAgent);
        ctx.request(request);
        EndpointRulesCustomizations.apply(ctx);
        if (streamingBody != null) {
            ctx.body(streamingBody);
            request.body(null);
            if (streamingBody.contentLength() >= 0) {
                request.headers().set("Content-Length", Long.toString(streamingBody.contentLength()));
            } else {
                request.headers().remove("Content-Length");
            }
        } else if (request.body() != null) {
            ctx.body(RequestBody.of(request.body()));
        }
        compression.apply(ctx);
        checksums.apply(ctx);
        for (Interceptor i : interceptors) {
            i.beforeSign(ctx);
        }
        return ctx;
    }

    /**
     * A streaming payload given as a {@link RequestBody} (the layers turn their stream types into
     * one) is sent as it is; the codec serializes the rest of the input without it.
     */
    private static RequestBody takeStreamingPayload(OperationModel op, Map<String, Object> input) {
        Shape in = op.inputShape();
        String payload = in == null ? null : in.payload();
        if (payload == null || !(input.get(payload) instanceof RequestBody body)) {
            return null;
        }
        input.remove(payload);
        return body;
    }

    private Endpoint resolveEndpoint(OperationModel op, Map<String, Object> input) {
        if (ruleSet == null) {
            Object url = builtIns.get("SDK::Endpoint");
            if (url == null) {
                throw new SdkClientException(model.serviceName() + " has no endpoint rule set: set an endpoint URL");
            }
            return Endpoint.of(java.net.URI.create(url.toString()));
        }
        OperationEndpointContext context = endpointContexts.computeIfAbsent(op, OperationEndpointContext::of);
        Map<String, Object> params = endpointParams.resolve(context, input, clientContextParams, builtIns);
        return ruleSet.resolve(params);
    }

    private CompletableFuture<Optional<Credentials>> signingIdentity(CallContext ctx, CredentialsProvider override) {
        AuthSchemeResolver.Choice auth = AuthSchemeResolver.resolve(ctx.operation(), ctx.endpoint().properties());
        ctx.attributes().put(AuthSchemeResolver.Choice.class.getName(), auth);
        if (auth.isAnonymous()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        if (auth.scheme().equals(AuthSchemeResolver.BEARER)) {
            // No token provider yet: refuse, as botocore does without a token, rather than send unsigned.
            return CompletableFuture.failedFuture(new SdkClientException("Unable to locate authorization token for "
                    + model.serviceName() + "." + ctx.operation().name()
                    + ": the operation needs bearer-token auth (an SSO token), which boto4j does not provide yet"));
        }
        if (override != null) {
            return override.resolve().thenApply(Optional::of);
        }
        if (anonymous) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        if (credentials == null) {
            return CompletableFuture.failedFuture(new SdkClientException("Unable to locate credentials for "
                    + model.serviceName() + "." + ctx.operation().name()
                    + ": configure a profile, environment variables or a credentials provider"));
        }
        return credentials.resolve().thenApply(Optional::of);
    }

    // ---------------------------------------------------------------- attempts and retries

    private CompletableFuture<CallResult> attempts(CallContext ctx, Optional<Credentials> identity) {
        RetryTracker tracker = retryStrategy.newCall();
        String invocationId = InvocationHeaders.newInvocationId();
        return attempt(ctx, identity, tracker, invocationId, 1, false);
    }

    private CompletableFuture<CallResult> attempt(CallContext ctx, Optional<Credentials> identity,
                                                  RetryTracker tracker, String invocationId, int number,
                                                  boolean skewRetried) {
        return delayer.delay(tracker.beforeAttempt())
                .thenCompose(ignored -> sendOnce(ctx, identity, invocationId, number, tracker.maxAttempts()))
                .handle((result, failure) -> {
                    AttemptResult r = failure == null ? result : AttemptResult.failed(unwrap(failure), ctx);
                    if (r.result != null) {
                        tracker.onSuccess(r.outcome);
                        log(ctx, number, r);
                        CallResult ok = r.result;
                        return CompletableFuture.completedFuture(new CallResult(ok.output(), ok.statusCode(),
                                ok.headers(), ok.requestId(), number));
                    }
                    Optional<Duration> retryIn = r.outcome == null ? Optional.empty() : tracker.retryAfter(r.outcome);
                    boolean skewCorrected = correctClockSkew(r.outcome);
                    if (r.error != null && (r.error.statusCode() == 421
                            || "InvalidEndpointException".equals(r.error.code()))) {
                        discovery.evict(ctx);
                    }
                    log(ctx, number, r);
                    if (retryIn.isEmpty() && skewCorrected && !skewRetried) {
                        // Signed with a wrong clock: once more with the corrected one.
                        retryIn = Optional.of(Duration.ZERO);
                    }
                    if (retryIn.isEmpty()) {
                        return CompletableFuture.<CallResult>failedFuture(r.error(number));
                    }
                    boolean skewRetry = skewRetried || skewCorrected;
                    return delayer.delay(retryIn.get())
                            .thenCompose(x -> attempt(ctx, identity, tracker, invocationId, number + 1, skewRetry));
                })
                .thenCompose(f -> f);
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

    private CompletableFuture<AttemptResult> sendOnce(CallContext ctx, Optional<Credentials> identity,
                                                      String invocationId, int number, int maxAttempts) {
        SdkHttpRequest request = ctx.request().copy();
        sign(ctx, request, identity);
        addInvocationHeaders(request, invocationId, number, maxAttempts);
        if (LOG.isLoggable(System.Logger.Level.TRACE)) {
            LOG.log(System.Logger.Level.TRACE, "{0}.{1} attempt {2} sends {3} {4} headers {5}", model.serviceName(),
                    ctx.operation().name(), number, request.method(), request.uri(), redacted(request.headers()));
        }
        long started = System.nanoTime();
        return transport.send(new TransportRequest(request, ctx.body(), attemptTimeout))
                .thenCompose(response -> read(ctx, response))
                .thenApply(r -> r.timed(System.nanoTime() - started));
    }

    /** Added after signing, as botocore does: unsigned, so a fixed clock gives a reproducible signature. */
    private static void addInvocationHeaders(SdkHttpRequest request, String invocationId, int number, int max) {
        request.headers().set(InvocationHeaders.INVOCATION_ID, invocationId);
        request.headers().set(InvocationHeaders.REQUEST, InvocationHeaders.sdkRequest(number, max, null));
    }

    private void sign(CallContext ctx, SdkHttpRequest request, Optional<Credentials> identity) {
        AuthSchemeResolver.Choice auth = (AuthSchemeResolver.Choice) ctx.attributes()
                .get(AuthSchemeResolver.Choice.class.getName());
        if (identity.isEmpty()) {
            return;
        }
        SigningParams.Builder params = SigningParams.builder()
                .credentials(identity.get())
                .region(signingRegion)
                .signingTime(clock.instant())
                .clockSkew(clockSkew.get())
                .checksumHeader((String) ctx.attributes().get(RequestChecksums.COMPUTED_HEADER));
        auth.applyTo(params);
        RequestBody body = ctx.body();
        if (body != null && body.bytes() == null) {
            // A stream cannot be hashed up front without reading it twice.
            params.payloadHash("UNSIGNED-PAYLOAD");
        }
        request.body(body == null ? null : body.bytes());
        auth.signer().sign(request, params.build());
        request.body(null);
    }

    // ---------------------------------------------------------------- reading the response

    private CompletableFuture<AttemptResult> read(CallContext ctx, TransportResponse response) {
        OperationModel op = ctx.operation();
        int status = response.statusCode();
        Headers headers = response.headers();
        long length = contentLength(headers);
        boolean success = status >= 200 && status < 300;
        // HEAD, 204 and 304 announce a length they do not send.
        long expected = "HEAD".equals(ctx.request().method()) || status == 204 || status == 304 ? -1 : length;
        Flow.Publisher<ByteBuffer> body = Publishers.lengthChecked(response.body(), expected);
        if (success && streamsOutput(op)) {
            SdkHttpResponse head = new SdkHttpResponse(status, headers, new byte[0]);
            Map<String, Object> output = new LinkedHashMap<>(codec.parse(op, head));
            ResponseStream stream = new ResponseStream(body, length, response::abort);
            String member = streamingOutputMember(op);
            boolean events = op.outputShape().member(member).shape().isEventStream();
            output.put(member, events ? new EventStream(stream, op, codec.name()) : stream);
            return CompletableFuture.completedFuture(AttemptResult.success(finish(ctx, output), status, headers,
                    AttemptOutcome.response(status, headers)));
        }
        return Publishers.aggregate(body, expected).thenApply(bytes -> {
            SdkHttpResponse full = new SdkHttpResponse(status, headers, bytes);
            if (success) {
                return AttemptResult.success(finish(ctx, codec.parse(op, full)), status, headers,
                        AttemptOutcome.response(status, headers)).withBodyRequestId(codec.requestId(full));
            }
            ServiceErrorDetails error = codec.parseError(op, full);
            return AttemptResult.serviceError(error, headers, op, model.serviceName(), ctx.body());
        });
    }

    private Map<String, Object> finish(CallContext ctx, Map<String, Object> output) {
        for (Interceptor i : interceptors) {
            i.afterParse(ctx, output);
        }
        return output;
    }

    private static long contentLength(Headers headers) {
        String cl = headers.first("Content-Length");
        if (cl == null) {
            return -1;
        }
        try {
            return Long.parseLong(cl.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether the output's payload member is a stream (blob streaming or an event stream). */
    static boolean streamsOutput(OperationModel op) {
        return streamingOutputMember(op) != null;
    }

    static String streamingOutputMember(OperationModel op) {
        Shape out = op.outputShape();
        if (out == null || out.payload() == null) {
            return null;
        }
        Member m = out.member(out.payload());
        return m != null && (m.isStreaming() || m.shape().isStreaming() || m.shape().isEventStream()) ? m.name() : null;
    }

    /** Header names and values for the trace log, with credentials and signatures replaced. */
    static String redacted(Headers headers) {
        StringBuilder sb = new StringBuilder("{");
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean secret = lower.equals("authorization") || lower.equals("x-amz-security-token")
                    || lower.contains("token") || lower.contains("secret");
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(name).append('=').append(secret ? "<redacted>" : value);
        });
        return sb.append('}').toString();
    }

    /** One line per attempt: service, operation, attempt, outcome, duration. Never headers or bodies. */
    private void log(CallContext ctx, int number, AttemptResult r) {
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, "{0}.{1} attempt {2}: {3} in {4} ms", model.serviceName(),
                    ctx.operation().name(), number, r.describe(), r.nanos / 1_000_000);
        }
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private Throwable clientFacing(String operation, Throwable t) {
        if (t instanceof SdkException) {
            return t;
        }
        if (t instanceof TimeoutException) {
            return new CallTimeoutException(model.serviceName() + "." + operation + " did not complete within "
                    + callTimeout + " (the client's call timeout)");
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

    /** What one attempt produced: a result, a service error, or a failure. */
    private static final class AttemptResult {
        final CallResult result;
        final AttemptOutcome outcome;
        final ServiceErrorDetails error;
        final Throwable failure;
        final String service;
        final OperationModel op;
        final Headers headers;
        long nanos;

        private AttemptResult(CallResult result, AttemptOutcome outcome, ServiceErrorDetails error,
                              Throwable failure, String service, OperationModel op, Headers headers) {
            this.result = result;
            this.outcome = outcome;
            this.error = error;
            this.failure = failure;
            this.service = service;
            this.op = op;
            this.headers = headers;
        }

        static AttemptResult success(Map<String, Object> output, int status, Headers headers, AttemptOutcome o) {
            String requestId = requestId(headers);
            return new AttemptResult(new CallResult(output, status, headers, requestId, 0), o, null, null, null, null,
                    headers);
        }

        static AttemptResult serviceError(ServiceErrorDetails error, Headers headers, OperationModel op, String service,
                                          RequestBody body) {
            // A stream that was sent cannot be sent again, whatever the error says about retrying.
            AttemptOutcome outcome = AttemptOutcome.serviceError(error, headers, op)
                    .withBody(body == null || body.replayable(), body != null);
            return new AttemptResult(null, outcome, error, null, service, op, headers);
        }

        static AttemptResult failed(Throwable failure, CallContext ctx) {
            RequestBody body = ctx.body();
            // A body cut short is a lost connection as far as retrying goes.
            Throwable classified = failure instanceof TruncatedBodyException
                    ? TransientTransportException.connectionLost(failure.getMessage(), failure)
                    : failure;
            AttemptOutcome outcome = classified instanceof SdkException && !isTransport(classified)
                    ? null
                    : AttemptOutcome.failure(classified).withBody(body == null || body.replayable(), body != null);
            return new AttemptResult(null, outcome, null, failure, ctx.operation().service().serviceName(),
                    ctx.operation(), null);
        }

        private static boolean isTransport(Throwable t) {
            return t instanceof java.io.IOException || t instanceof TimeoutException
                    || t instanceof TransientTransportException;
        }

        /** A request id from the body (query, EC2) wins over the headers', as in botocore. */
        AttemptResult withBodyRequestId(String id) {
            if (id == null || result == null) {
                return this;
            }
            CallResult r = new CallResult(result.output(), result.statusCode(), result.headers(), id, 0);
            return new AttemptResult(r, outcome, error, failure, service, op, headers);
        }

        AttemptResult timed(long nanos) {
            this.nanos = nanos;
            return this;
        }

        Throwable error(int attempts) {
            if (error != null) {
                return new ServiceException(service, op.name(), error.code(), error.message(), error.statusCode(),
                        error.requestId(), error.extendedRequestId(), error.shape(), error.fields(), attempts);
            }
            if (failure instanceof SdkException) {
                return failure;
            }
            return new SdkClientException(service + "." + op.name() + " failed after " + attempts + " attempt(s): "
                    + failure, failure);
        }

        String describe() {
            if (error != null) {
                return "HTTP " + error.statusCode() + " " + error.code();
            }
            if (failure != null) {
                return failure.getClass().getSimpleName() + ": " + failure.getMessage();
            }
            return "HTTP " + result.statusCode();
        }

        private static String requestId(Headers h) {
            String id = h.first("x-amzn-requestid");
            if (id == null) {
                id = h.first("x-amz-request-id");
            }
            return id != null ? id : h.first("x-amzn-request-id");
        }
    }
}
