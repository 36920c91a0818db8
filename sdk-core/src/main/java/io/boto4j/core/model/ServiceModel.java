package io.boto4j.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A botocore-format service model ({@code service-2.json}). Operations and shapes are built
 * on first use and then cached, so a large model costs little until it is used; instances are
 * thread-safe and meant to be shared by every client of the service.
 */
public final class ServiceModel {
    private final String serviceName;
    private final JsonNode metadata;
    private final JsonNode operationsJson;
    private final JsonNode shapesJson;
    private final JsonNode clientContextParams;
    private final String documentation;
    private final List<String> operationNames;
    private final ConcurrentHashMap<String, OperationModel> operations = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Shape> shapes = new ConcurrentHashMap<>();
    private volatile Map<String, Shape> exceptionsByCode;

    private ServiceModel(String serviceName, JsonNode json) {
        this.metadata = Traits.node(json, "metadata");
        this.operationsJson = Traits.node(json, "operations");
        this.shapesJson = Traits.node(json, "shapes");
        this.clientContextParams = Traits.node(json, "clientContextParams");
        this.documentation = Traits.text(json, "documentation");
        this.serviceName = serviceName != null ? serviceName : derivedName(metadata);
        List<String> names = new ArrayList<>();
        operationsJson.fieldNames().forEachRemaining(names::add);
        this.operationNames = Collections.unmodifiableList(names);
    }

    /**
     * Builds a model from the parsed {@code service-2.json}.
     *
     * @param serviceName the name the model was loaded under (botocore's directory name,
     *                    e.g. {@code s3}); null derives it from {@code endpointPrefix}
     * @param serviceJson the whole {@code service-2.json} document; kept and read lazily, so it must not change afterwards
     * @return the model; operations and shapes are checked only when first used
     * @throws ModelException when {@code serviceJson} is not a JSON object
     */
    public static ServiceModel fromJson(String serviceName, JsonNode serviceJson) {
        if (serviceJson == null || !serviceJson.isObject()) {
            throw new ModelException("service model" + (serviceName == null ? "" : " '" + serviceName + "'")
                    + " is not a JSON object");
        }
        return new ServiceModel(serviceName, serviceJson);
    }

    private static String derivedName(JsonNode metadata) {
        String prefix = Traits.text(metadata, "endpointPrefix");
        if (prefix != null) {
            return prefix;
        }
        String id = Traits.text(metadata, "serviceId");
        return id == null ? "unknown" : id.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /**
     * The name the model was loaded under, e.g. {@code s3}, {@code dynamodb}.
     *
     * @return the service's name; never null
     */
    public String serviceName() {
        return serviceName;
    }

    /**
     * The model's {@code metadata} object, for keys this class does not name.
     *
     * @return the raw metadata (a {@link com.fasterxml.jackson.databind.node.MissingNode} when absent); do not modify it
     */
    public JsonNode metadata() {
        return metadata;
    }

    /**
     * One metadata value as text.
     *
     * @param key the metadata key, e.g. {@code globalEndpoint}
     * @return the value as text, or null when absent
     */
    public String metadata(String key) {
        return Traits.text(metadata, key);
    }

    /**
     * The API version of the model.
     *
     * @return the {@code apiVersion}, e.g. {@code 2006-03-01}, or null
     */
    public String apiVersion() {
        return metadata("apiVersion");
    }

    /**
     * The endpoint prefix, the first label of the service's legacy host names.
     *
     * @return the {@code endpointPrefix}, e.g. {@code sqs}, or null
     */
    public String endpointPrefix() {
        return metadata("endpointPrefix");
    }

    /**
     * The service ID, the stable name of the service across SDKs.
     *
     * @return the {@code serviceId}, e.g. {@code SQS} or {@code CloudWatch Logs}, or null
     */
    public String serviceId() {
        return metadata("serviceId");
    }

    /**
     * The name SigV4 signs with: {@code signingName}, else the endpoint prefix.
     *
     * @return the signing name, e.g. {@code s3}; null only when the model has neither
     */
    public String signingName() {
        String s = metadata("signingName");
        return s != null ? s : endpointPrefix();
    }

    /**
     * The service's default signature version.
     *
     * @return the {@code signatureVersion}, e.g. {@code v4} or {@code s3v4}, or null
     */
    public String signatureVersion() {
        return metadata("signatureVersion");
    }

    /**
     * The legacy single protocol name.
     *
     * @return the {@code protocol}, e.g. {@code rest-xml} or {@code json}, or null
     */
    public String protocol() {
        return metadata("protocol");
    }

    /**
     * The {@code protocols} list in priority order, or the single {@code protocol}.
     *
     * @return a new list of protocol names; empty when the model names none
     */
    public List<String> protocols() {
        JsonNode p = Traits.node(metadata, "protocols");
        List<String> out = new ArrayList<>();
        if (p.isArray()) {
            p.forEach(n -> out.add(n.asText()));
        } else if (protocol() != null) {
            out.add(protocol());
        }
        return out;
    }

    /**
     * The JSON protocol's version, which goes into the {@code Content-Type}.
     *
     * @return the {@code jsonVersion}, e.g. {@code 1.0}, or null
     */
    public String jsonVersion() {
        return metadata("jsonVersion");
    }

    /**
     * The prefix of the JSON protocol's {@code X-Amz-Target} header.
     *
     * @return the {@code targetPrefix}, e.g. {@code DynamoDB_20120810}, or null
     */
    public String targetPrefix() {
        return metadata("targetPrefix");
    }

    /**
     * Whether the service keeps its former query protocol's error codes ({@code awsQueryCompatible}).
     *
     * @return true when errors may carry the query code in {@code x-amzn-query-error}
     */
    public boolean isAwsQueryCompatible() {
        return !Traits.node(metadata, "awsQueryCompatible").isMissingNode();
    }

    /**
     * The service-level {@code auth} list; may be empty.
     *
     * @return a new list of auth scheme IDs in priority order, e.g. {@code aws.auth#sigv4}
     */
    public List<String> auth() {
        JsonNode a = Traits.node(metadata, "auth");
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * The model's {@code clientContextParams}: endpoint parameters set per client.
     *
     * @return the raw object (a {@link com.fasterxml.jackson.databind.node.MissingNode} when absent); do not modify it
     */
    public JsonNode clientContextParams() {
        return clientContextParams;
    }

    /**
     * The service's documentation (HTML), the model's top-level {@code documentation} as botocore's
     * {@code ServiceModel.documentation} reads it. The bundled models have theirs stripped.
     *
     * @return the documentation, or null when the model has none
     */
    public String documentation() {
        return documentation;
    }

    /**
     * Operation names in model order.
     *
     * @return an unmodifiable list of the operations' names
     */
    public List<String> operationNames() {
        return operationNames;
    }

    /**
     * Whether the model defines an operation.
     *
     * @param name the operation's name, e.g. {@code GetObject}
     * @return true when the model defines it
     */
    public boolean hasOperation(String name) {
        return operationsJson.has(name);
    }

    /**
     * The named operation; {@link ModelException} with the closest names when unknown.
     *
     * @param name the operation's name, e.g. {@code GetObject}
     * @return the operation, built on first use and shared
     * @throws ModelException when the model has no such operation
     */
    public OperationModel operation(String name) {
        OperationModel op = operations.get(name);
        if (op != null) {
            return op;
        }
        JsonNode json = operationsJson.get(name);
        if (json == null) {
            throw new ModelException("service '" + serviceName + "' has no operation '" + name + "'"
                    + Names.didYouMean(name, operationNames));
        }
        // Known by its key, as botocore: CloudFront's ListDistributions has the wire name
        // ListDistributions2020_05_31 (OperationModel.wireName()).
        op = new OperationModel(name, json, this);
        OperationModel prior = operations.putIfAbsent(name, op);
        return prior != null ? prior : op;
    }

    /**
     * Whether the model defines a shape.
     *
     * @param name the shape's name
     * @return true when the model defines it
     */
    public boolean hasShape(String name) {
        return shapesJson.has(name);
    }

    /**
     * The named shape; {@link ModelException} when the model does not define it.
     *
     * @param name the shape's name, e.g. {@code PutObjectRequest}
     * @return the shape, built on first use and shared
     * @throws ModelException when the model does not define it
     */
    public Shape shape(String name) {
        Shape s = shapes.get(name);
        if (s != null) {
            return s;
        }
        JsonNode json = shapesJson.get(name);
        if (json == null) {
            throw new ModelException("service '" + serviceName + "' has no shape '" + name + "'");
        }
        s = new Shape(name, json, this);
        Shape prior = shapes.putIfAbsent(name, s);
        return prior != null ? prior : s;
    }

    /**
     * Shape names in model order.
     *
     * @return a new list of the shapes' names
     */
    public List<String> shapeNames() {
        List<String> names = new ArrayList<>(shapesJson.size());
        shapesJson.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The exception shape an error code names, by its {@code error.code} trait or, failing that,
     * its shape name; null when no exception shape matches. The index is built on first use.
     *
     * @param code the error code from a response, e.g. {@code NoSuchBucket}; must not be null
     * @return the exception shape, or null
     */
    public Shape exceptionShape(String code) {
        Map<String, Shape> index = exceptionsByCode;
        if (index == null) {
            index = indexExceptions();
            exceptionsByCode = index;
        }
        return index.get(code);
    }

    private Map<String, Shape> indexExceptions() {
        Map<String, Shape> byName = new HashMap<>();
        Map<String, Shape> byCode = new HashMap<>();
        shapesJson.properties().iterator().forEachRemaining(e -> {
            if (Traits.flag(e.getValue(), "exception")) {
                Shape s = shape(e.getKey());
                byName.put(s.name(), s);
                byCode.putIfAbsent(s.errorCode(), s);
            }
        });
        byName.forEach(byCode::putIfAbsent);
        return Map.copyOf(byCode);
    }

    static JsonNode missing() {
        return MissingNode.getInstance();
    }

    @Override
    public String toString() {
        return "ServiceModel[" + serviceName + " " + apiVersion() + ", " + operationNames.size()
                + " operations]";
    }
}
