package io.boto4j.core.internal.hooks;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.ContextKey;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.protocol.ServiceErrorDetails;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Endpoint discovery for operations marked {@code endpointdiscovery} (required by Timestream,
 * optional for DynamoDB), as botocore: the service's {@code endpointoperation} is called once
 * per set of identifiers, its address cached for the returned {@code CachePeriodInMinutes},
 * one discovery in flight per key however many calls wait, and the entry evicted when the
 * service answers 421 or {@code InvalidEndpointException}.
 */
public final class EndpointDiscovery implements Hook {
    private static final ContextKey<String> CACHE_KEY = ContextKey.named("endpoint discovery cache key");

    private final ServiceModel model;
    private final String endpointOperation;
    private final String mode;
    private final boolean customEndpoint;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, CompletableFuture<Discovered>> cache = new ConcurrentHashMap<>();

    private record Discovered(URI endpoint, Instant expires) {
    }

    /**
     * @param mode           {@code endpoint_discovery_enabled}: {@code auto}, {@code true} or {@code false}
     * @param customEndpoint whether the client has an endpoint URL of its own (no discovery then)
     */
    public EndpointDiscovery(ServiceModel model, String mode, boolean customEndpoint) {
        this.model = model;
        this.mode = mode == null ? "auto" : mode.toLowerCase(Locale.ROOT);
        this.customEndpoint = customEndpoint;
        String op = null;
        for (String name : model.operationNames()) {
            if (model.operation(name).isEndpointOperation()) {
                op = name;
                break;
            }
        }
        this.endpointOperation = op;
    }

    @Override
    public boolean appliesTo(OperationModel operation) {
        return !operation.endpointDiscovery().isMissingNode() && endpointOperation != null && !customEndpoint;
    }

    @Override
    public int order() {
        return BUILT_IN_ORDER + 200;
    }

    /** Whether this call goes to a discovered endpoint. */
    private boolean applies(OperationModel op) {
        boolean required = op.endpointDiscovery().path("required").asBoolean(false);
        if (mode.equals("false")) {
            if (required) {
                throw new SdkClientException(model.serviceName() + "." + op.name() + " requires endpoint discovery,"
                        + " which endpoint_discovery_enabled=false turns off");
            }
            return false;
        }
        return required || mode.equals("true");
    }

    /** Points the call's request at the discovered endpoint (discovering it first if needed). */
    @Override
    public CompletionStage<Void> afterSerialization(CallContext ctx) {
        OperationModel op = ctx.operation();
        if (!applies(op)) {
            return CONTINUE;
        }
        boolean required = op.endpointDiscovery().path("required").asBoolean(false);
        Map<String, String> ids = identifiers(op, ctx.input());
        String key = ids.isEmpty() ? "" : op.name() + ids;
        CompletableFuture<Discovered> entry = cache.compute(key, (k, existing) ->
                existing == null || isStale(existing) ? discover(ctx, op, ids) : existing);
        return entry.handle((found, failure) -> {
            if (failure != null) {
                cache.remove(key, entry);
                if (required) {
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException
                            && failure.getCause() != null ? failure.getCause() : failure;
                    if (cause instanceof ServiceException service) {
                        throw service; // the service's answer, as botocore raises it
                    }
                    throw new SdkClientException("Endpoint discovery for " + model.serviceName() + "." + op.name()
                            + " failed: " + cause.getMessage(), cause);
                }
                return null; // optional: the regular endpoint will do
            }
            ctx.request().endpoint(found.endpoint());
            ctx.put(CACHE_KEY, key);
            return null;
        });
    }

    private boolean isStale(CompletableFuture<Discovered> f) {
        return f.isDone() && (f.isCompletedExceptionally() || f.join().expires().isBefore(clock.instant()));
    }

    /** Forgets the endpoint a call used when the service says it is no longer the right one. */
    @Override
    public CompletionStage<Void> afterAttempt(AttemptContext attempt) {
        ServiceErrorDetails error = attempt.serviceError();
        String key = attempt.call().get(CACHE_KEY);
        if (key != null && error != null
                && (error.statusCode() == 421 || "InvalidEndpointException".equals(error.code()))) {
            cache.remove(key);
        }
        return CONTINUE;
    }

    private CompletableFuture<Discovered> discover(CallContext ctx, OperationModel op, Map<String, String> ids) {
        OperationModel describe = model.operation(endpointOperation);
        Map<String, Object> input = new LinkedHashMap<>();
        if (describe.inputShape() != null && describe.inputShape().member("Operation") != null && !ids.isEmpty()) {
            input.put("Operation", op.name());
            input.put("Identifiers", ids);
        }
        return ctx.runtime().invoke(endpointOperation, input).thenApply(result -> {
            List<?> endpoints = (List<?>) result.output().get("Endpoints");
            if (endpoints == null || endpoints.isEmpty()) {
                throw new SdkClientException(endpointOperation + " returned no endpoints");
            }
            Map<?, ?> first = (Map<?, ?>) endpoints.get(0);
            String address = String.valueOf(first.get("Address"));
            long minutes = first.get("CachePeriodInMinutes") instanceof Number n ? n.longValue() : 1;
            URI uri;
            try {
                uri = URI.create(address.contains("://") ? address : "https://" + address);
            } catch (IllegalArgumentException e) {
                throw new SdkClientException(endpointOperation + " returned an address that is not a URL", e);
            }
            if (uri.getHost() == null) {
                throw new SdkClientException(endpointOperation + " returned an address without a host");
            }
            return new Discovered(uri, clock.instant().plus(Duration.ofMinutes(Math.max(1, minutes))));
        });
    }

    private static Map<String, String> identifiers(OperationModel op, Map<String, Object> input) {
        Map<String, String> ids = new TreeMap<>();
        if (op.inputShape() == null) {
            return ids;
        }
        for (Member m : op.inputShape().members().values()) {
            if (m.memberTrait("endpointdiscoveryid").asBoolean(false) && input.get(m.name()) != null) {
                ids.put(m.name(), String.valueOf(input.get(m.name())));
            }
        }
        return ids;
    }
}
