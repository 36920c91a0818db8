package io.boto4j.core.internal.retry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.retry.AttemptOutcome;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * One service's legacy retry rules, built from botocore's {@code _retry.json} the way
 * {@code botocore/translate.py} does: the global {@code __default__} with {@code $ref}s resolved,
 * the service's {@code __default__} (keyed by endpoint prefix) merged on top key by key (so a
 * service policy with a default policy's name replaces it), and the client's max attempts last.
 *
 * <p>botocore also looks for per-operation sections but passes the endpoint prefix as the
 * operation name, so they never apply; neither does boto4j.
 */
public final class LegacyRetryConfig {

    /** One named policy: when it applies to an attempt outcome. */
    public record Policy(String name, Predicate<AttemptOutcome> appliesTo) {
    }

    private final int maxAttempts;
    private final Double delayBase;
    private final double growthFactor;
    private final List<Policy> policies;

    private LegacyRetryConfig(int maxAttempts, Double delayBase, double growthFactor, List<Policy> policies) {
        this.maxAttempts = maxAttempts;
        this.delayBase = delayBase;
        this.growthFactor = growthFactor;
        this.policies = List.copyOf(policies);
    }

    /** What botocore does without a {@code _retry.json}: registers no handler, so never retries. */
    public static LegacyRetryConfig noRetries() {
        return new LegacyRetryConfig(1, 1.0, 1, List.of());
    }

    /**
     * @param retryFile              the whole {@code _retry.json} document
     * @param endpointPrefix         the service's endpoint prefix (the key botocore looks up)
     * @param totalMaxAttemptsOverride the client's total attempts, if configured
     * @throws IllegalArgumentException when the document uses a construct botocore rejects
     */
    public static LegacyRetryConfig from(JsonNode retryFile, String endpointPrefix,
                                         OptionalInt totalMaxAttemptsOverride) {
        JsonNode retry = retryFile.path("retry");
        JsonNode definitions = retryFile.path("definitions");
        ObjectNode merged = retry.path("__default__").isObject()
                ? ((ObjectNode) retry.path("__default__")).deepCopy() : JsonNodeFactory.instance.objectNode();
        resolveReferences(merged, definitions);
        JsonNode service = retry.path(endpointPrefix).path("__default__");
        if (service.isObject()) {
            ObjectNode serviceCopy = ((ObjectNode) service).deepCopy();
            resolveReferences(serviceCopy, definitions);
            mergeInto(merged, serviceCopy);
        }
        int maxAttempts = totalMaxAttemptsOverride.isPresent() ? totalMaxAttemptsOverride.getAsInt()
                : merged.path("max_attempts").asInt(1);
        JsonNode delay = merged.path("delay");
        if (!"exponential".equals(delay.path("type").asText())) {
            throw new IllegalArgumentException("Unsupported legacy retry delay type: " + delay.path("type"));
        }
        JsonNode base = delay.path("base");
        Double delayBase = "rand".equals(base.asText()) ? null : base.asDouble();
        if (delayBase != null && delayBase <= 0) {
            throw new IllegalArgumentException("The 'base' param must be greater than 0, got: " + delayBase);
        }
        List<Policy> policies = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = merged.path("policies").properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            policies.add(new Policy(e.getKey(), condition(e.getKey(), e.getValue().path("applies_when"))));
        }
        return new LegacyRetryConfig(maxAttempts, delayBase, delay.path("growth_factor").asDouble(), policies);
    }

    private static Predicate<AttemptOutcome> condition(String name, JsonNode appliesWhen) {
        JsonNode response = appliesWhen.path("response");
        if (response.isObject()) {
            if (response.has("service_error_code")) {
                int status = response.path("http_status_code").asInt();
                String code = response.path("service_error_code").asText();
                return o -> o.hasResponse() && o.statusCode() == status && code.equals(o.errorCode());
            }
            if (response.has("http_status_code")) {
                int status = response.path("http_status_code").asInt();
                return o -> o.hasResponse() && o.statusCode() == status;
            }
            if (response.has("crc32body")) {
                // The outcome carries the x-amz-crc32 verdict; that is the only header the data names.
                return o -> o.hasResponse() && o.checksumMismatch();
            }
            throw new IllegalArgumentException("Unknown retry policy: " + name);
        }
        if (appliesWhen.has("socket_errors")) {
            for (JsonNode kind : appliesWhen.path("socket_errors")) {
                if (!"GENERAL_CONNECTION_ERROR".equals(kind.asText())) {
                    throw new IllegalArgumentException("Unknown socket error kind in policy " + name + ": " + kind);
                }
            }
            return o -> !o.hasResponse() && o.transportFailure().isGeneralConnectionError();
        }
        throw new IllegalArgumentException("Unknown retry policy: " + name);
    }

    /** botocore's {@code resolve_references}: a one-key {"$ref": name} object becomes the definition. */
    private static void resolveReferences(ObjectNode node, JsonNode definitions) {
        Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
        List<Map.Entry<String, JsonNode>> replacements = new ArrayList<>();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = e.getValue();
            if (!value.isObject()) {
                continue;
            }
            if (value.size() == 1 && value.has("$ref")) {
                String ref = value.get("$ref").asText();
                JsonNode def = definitions.get(ref);
                if (def == null) {
                    throw new IllegalArgumentException("Unknown retry definition: " + ref);
                }
                replacements.add(Map.entry(e.getKey(), def.deepCopy()));
            } else {
                resolveReferences((ObjectNode) value, definitions);
            }
        }
        replacements.forEach(r -> node.set(r.getKey(), r.getValue()));
    }

    /** botocore's {@code merge_dicts}: objects merge recursively, anything else overwrites. */
    private static void mergeInto(ObjectNode target, ObjectNode source) {
        source.properties().iterator().forEachRemaining(e -> {
            JsonNode existing = target.get(e.getKey());
            if (existing instanceof ObjectNode existingObject && e.getValue() instanceof ObjectNode sourceObject) {
                mergeInto(existingObject, sourceObject);
            } else {
                target.set(e.getKey(), e.getValue());
            }
        });
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public List<Policy> policies() {
        return policies;
    }

    /** True when some policy applies to the outcome. */
    public boolean matches(AttemptOutcome outcome) {
        for (Policy p : policies) {
            if (p.appliesTo().test(outcome)) {
                return true;
            }
        }
        return false;
    }

    /**
     * botocore's {@code delay_exponential}: {@code base * growth^(attempt-1)} seconds, where a
     * base of {@code "rand"} is a fresh uniform random number. No upper bound, as in botocore.
     */
    public double delaySeconds(int attempt, double randomValue) {
        double base = delayBase == null ? randomValue : delayBase;
        return base * Math.pow(growthFactor, attempt - 1);
    }
}
