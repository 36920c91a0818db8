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
    private final List<String> operationNames;
    private final ConcurrentHashMap<String, OperationModel> operations = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Shape> shapes = new ConcurrentHashMap<>();
    private volatile Map<String, Shape> exceptionsByCode;

    private ServiceModel(String serviceName, JsonNode json) {
        this.metadata = Traits.node(json, "metadata");
        this.operationsJson = Traits.node(json, "operations");
        this.shapesJson = Traits.node(json, "shapes");
        this.clientContextParams = Traits.node(json, "clientContextParams");
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

    /** The name the model was loaded under, e.g. {@code s3}, {@code dynamodb}. */
    public String serviceName() {
        return serviceName;
    }

    public JsonNode metadata() {
        return metadata;
    }

    public String metadata(String key) {
        return Traits.text(metadata, key);
    }

    public String apiVersion() {
        return metadata("apiVersion");
    }

    public String endpointPrefix() {
        return metadata("endpointPrefix");
    }

    public String serviceId() {
        return metadata("serviceId");
    }

    public String signingName() {
        String s = metadata("signingName");
        return s != null ? s : endpointPrefix();
    }

    public String signatureVersion() {
        return metadata("signatureVersion");
    }

    /** The legacy single protocol name. */
    public String protocol() {
        return metadata("protocol");
    }

    /** The {@code protocols} list in priority order, or the single {@code protocol}. */
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

    public String jsonVersion() {
        return metadata("jsonVersion");
    }

    public String targetPrefix() {
        return metadata("targetPrefix");
    }

    public boolean isAwsQueryCompatible() {
        return !Traits.node(metadata, "awsQueryCompatible").isMissingNode();
    }

    /** The service-level {@code auth} list; may be empty. */
    public List<String> auth() {
        JsonNode a = Traits.node(metadata, "auth");
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    public JsonNode clientContextParams() {
        return clientContextParams;
    }

    public String documentation() {
        return metadata("documentation");
    }

    /** Operation names in model order. */
    public List<String> operationNames() {
        return operationNames;
    }

    public boolean hasOperation(String name) {
        return operationsJson.has(name);
    }

    /** The named operation; {@link ModelException} with the closest names when unknown. */
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

    public boolean hasShape(String name) {
        return shapesJson.has(name);
    }

    /** The named shape; {@link ModelException} when the model does not define it. */
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

    /** Shape names in model order. */
    public List<String> shapeNames() {
        List<String> names = new ArrayList<>(shapesJson.size());
        shapesJson.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The exception shape an error code names, by its {@code error.code} trait or, failing that,
     * its shape name; null when no exception shape matches. The index is built on first use.
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
