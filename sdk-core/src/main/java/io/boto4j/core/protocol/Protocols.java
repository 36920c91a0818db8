package io.boto4j.core.protocol;

import io.boto4j.core.ResponseParseException;
import io.boto4j.core.model.ModelException;
import io.boto4j.core.model.ServiceModel;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The wire protocols boto4j speaks, and the choice of one for a service. Every codec handed out
 * reports a response it cannot read as a {@link ResponseParseException} ({@link ParseFailureBoundary}).
 */
public final class Protocols {
    private static final Map<String, Supplier<ProtocolCodec>> FACTORIES = new TreeMap<>();
    private static final Map<String, ProtocolCodec> INSTANCES = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        // Each protocol registers here: name as the model spells it -> codec.
        FACTORIES.put("query", io.boto4j.core.protocol.query.QueryProtocolCodec::query);
        FACTORIES.put("ec2", io.boto4j.core.protocol.query.QueryProtocolCodec::ec2);
        FACTORIES.put("json", io.boto4j.core.protocol.json.JsonProtocolCodec::new);
        FACTORIES.put("rest-json", io.boto4j.core.protocol.rest.RestJsonProtocolCodec::new);
        FACTORIES.put("rest-xml", io.boto4j.core.protocol.rest.RestXmlProtocolCodec::new);
        FACTORIES.put("smithy-rpc-v2-cbor", io.boto4j.core.protocol.cbor.RpcV2CborCodec::new);
    }

    private Protocols() {
    }

    /**
     * The protocol names this runtime supports.
     *
     * @return an immutable list of the names, sorted
     */
    public static List<String> supported() {
        return List.copyOf(FACTORIES.keySet());
    }

    /**
     * Whether this runtime speaks a protocol.
     *
     * @param name the protocol's name as a model spells it, e.g. {@code rest-json}; exact case
     * @return whether {@link #forName} gives a codec for it
     */
    public static boolean isSupported(String name) {
        return FACTORIES.containsKey(name);
    }

    /**
     * The codec for a protocol name.
     *
     * @param name the protocol's name as a model spells it, e.g. {@code rest-json}
     * @return the process-wide, thread-safe codec of that protocol
     * @throws ModelException naming the protocol and the supported ones when it is not supported
     */
    public static ProtocolCodec forName(String name) {
        Supplier<ProtocolCodec> f = FACTORIES.get(name);
        if (f == null) {
            throw new ModelException("unsupported protocol '" + name + "' (supported: " + supported() + ")");
        }
        return INSTANCES.computeIfAbsent(name, n -> new ParseFailureBoundary(f.get()));
    }

    /**
     * botocore's order of preference (1.43.107, {@code PRIORITY_ORDERED_SUPPORTED_PROTOCOLS}):
     * a service is spoken to in the first of these that its model lists, whatever the order of
     * the model's own {@code protocols} list.
     */
    static final List<String> PRIORITY = List.of("json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query",
            "ec2");

    /**
     * The codec botocore would use: the first protocol of {@link #PRIORITY} that the model's
     * {@code protocols} list names; a model without that list uses its single {@code protocol}.
     *
     * @param model the service's model
     * @return the process-wide, thread-safe codec
     * @throws ModelException when none of the model's protocols is supported
     */
    public static ProtocolCodec forService(ServiceModel model) {
        List<String> listed = model.protocols();
        for (String p : PRIORITY) {
            if (listed.contains(p) && isSupported(p)) {
                return forName(p);
            }
        }
        throw new ModelException("service '" + model.serviceName() + "' uses protocols " + listed
                + ", none of which is supported (supported: " + supported() + ")");
    }
}
