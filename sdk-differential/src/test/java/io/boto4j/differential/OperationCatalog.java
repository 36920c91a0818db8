package io.boto4j.differential;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.loader.ModelSource;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.model.Shape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every operation of every bundled service, grouped by the protocol botocore speaks to it (the
 * first of botocore's own order that the model lists: see {@link #botocoreProtocol}).
 */
final class OperationCatalog {
    /** botocore 1.43.107's {@code PRIORITY_ORDERED_SUPPORTED_PROTOCOLS}. */
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> PROTOCOLS = List.of("json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query",
            "ec2");

    /** One operation, and what can be compared of it. */
    record Operation(String service, String name, String protocol, boolean eventStreamInput,
                     boolean eventStreamOutput, List<String> errors) {
        String id() {
            return service + "." + name;
        }
    }

    private final Map<String, List<Operation>> byProtocol = new LinkedHashMap<>();
    private final List<Operation> all = new ArrayList<>();

    private OperationCatalog() {
        PROTOCOLS.forEach(p -> byProtocol.put(p, new ArrayList<>()));
    }

    /** The operations of {@code services} (their models loaded in full). */
    static OperationCatalog load(ModelLoader loader, Collection<String> services) {
        OperationCatalog c = new OperationCatalog();
        for (String service : services) {
            ServiceModel model = loader.serviceModel(service);
            String protocol = botocoreProtocol(model);
            for (String name : model.operationNames()) {
                OperationModel op = model.operation(name);
                List<String> errors = op.errors().stream().map(Shape::name).toList();
                Operation o = new Operation(service, name, protocol, hasEventStream(op.inputShape()),
                        hasEventStream(op.outputShape()), errors);
                c.all.add(o);
                c.byProtocol.computeIfAbsent(protocol, p -> new ArrayList<>()).add(o);
            }
        }
        return c;
    }

    /**
     * Every service's botocore protocol, read from the {@code metadata} at the head of each model
     * without parsing the rest: a sample then loads only the services it draws.
     */
    static Map<String, String> protocolByService(ModelLoader loader) {
        Map<String, String> out = new TreeMap<>();
        for (String service : loader.knownServices()) {
            String path = service + "/" + loader.latestApiVersion(service) + "/service-2.json";
            JsonNode metadata = metadataOf(loader, path);
            List<String> listed = new ArrayList<>();
            metadata.path("protocols").forEach(p -> listed.add(p.asText()));
            String protocol = PROTOCOLS.stream().filter(listed::contains).findFirst()
                    .orElse(metadata.path("protocol").asText());
            out.put(service, protocol);
        }
        return out;
    }

    private static JsonNode metadataOf(ModelLoader loader, String path) {
        for (ModelSource source : loader.sources()) {
            if (!source.exists(path)) {
                continue;
            }
            try (InputStream in = source.open(path).orElseThrow();
                 JsonParser p = JSON.getFactory().createParser(in)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    break;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("metadata")) {
                        return JSON.readTree(p);
                    }
                    p.skipChildren();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        throw new IllegalStateException("no metadata in " + path);
    }

    /** botocore's choice: the first of its order that the model's {@code protocols} lists, else {@code protocol}. */
    static String botocoreProtocol(ServiceModel model) {
        List<String> listed = model.protocols();
        for (String p : PROTOCOLS) {
            if (listed.contains(p)) {
                return p;
            }
        }
        return model.protocol();
    }

    List<Operation> all() {
        return all;
    }

    List<Operation> ofProtocol(String protocol) {
        return byProtocol.getOrDefault(protocol, List.of());
    }

    private static boolean hasEventStream(Shape shape) {
        if (shape == null) {
            return false;
        }
        for (Member m : shape.members().values()) {
            if (m.shape().isEventStream()) {
                return true;
            }
        }
        return false;
    }
}
