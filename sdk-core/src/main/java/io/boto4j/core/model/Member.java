package io.boto4j.core.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A reference from a container (structure member, list member, map key/value, operation
 * input/output) to a shape, with the reference's own traits. Serialization traits are read
 * as botocore does: the member's value when it has one, else the target shape's.
 *
 * <p>The traits the codecs, the validator and the endpoint resolver read on every call are
 * resolved from the JSON once and kept ({@link WireTraits}): reading them from Jackson nodes
 * per call (a hash lookup on the member, then on the shape, for each of the dozens of members
 * of an output) was a measurable share of a call's CPU (sdk-bench, issue 10).
 */
public final class Member {
    private final String name;
    private final String targetName;
    private final JsonNode json;
    private final ServiceModel model;
    private final boolean required;
    /** The member's own {@code location} and {@code contextParam}: never merged with the shape, so read up front. */
    private final String location;
    private final String contextParam;
    private volatile Shape target;
    private volatile WireTraits wire;

    Member(String name, JsonNode json, ServiceModel model, boolean required) {
        this.name = name;
        this.json = json;
        this.model = model;
        this.required = required;
        this.targetName = Traits.text(json, "shape");
        if (targetName == null) {
            throw new ModelException("member '" + name + "' names no shape");
        }
        this.location = Traits.text(json, "location");
        JsonNode context = Traits.node(json, "contextParam");
        this.contextParam = context.isMissingNode() ? null : Traits.text(context, "name");
    }

    /**
     * The merged (member, else shape) traits read per call, resolved on first use: building it
     * resolves the target shape, which the accessors it serves did anyway.
     */
    private record WireTraits(String locationName, String wireName, String queryName, String timestampFormat,
                              boolean flattened, boolean xmlAttribute, boolean jsonValue, boolean hostLabel,
                              boolean idempotencyToken, boolean streaming, boolean eventPayload,
                              boolean eventHeader) {
    }

    private WireTraits wire() {
        WireTraits w = wire;
        if (w == null) {
            String locationName = text("locationName");
            w = new WireTraits(locationName, locationName != null ? locationName : name, text("queryName"),
                    text("timestampFormat"), flag("flattened"), flag("xmlAttribute"), flag("jsonvalue"),
                    flag("hostLabel"), flag("idempotencyToken"), flag("streaming"), flag("eventpayload"),
                    flag("eventheader"));
            wire = w;
        }
        return w;
    }

    /** The member name as callers spell it in input and output maps. */
    public String name() {
        return name;
    }

    public String targetName() {
        return targetName;
    }

    public Shape shape() {
        Shape s = target;
        if (s == null) {
            s = model.shape(targetName);
            target = s;
        }
        return s;
    }

    public ShapeType type() {
        return shape().type();
    }

    /** Whether the containing structure lists this member as required. */
    public boolean isRequired() {
        return required;
    }

    /** The raw trait on the member reference itself (missing node when absent). */
    public JsonNode memberTrait(String trait) {
        return Traits.node(json, trait);
    }

    /** The trait from the member, falling back to the target shape, as botocore merges them. */
    public JsonNode trait(String trait) {
        JsonNode n = Traits.node(json, trait);
        return n.isMissingNode() ? shape().trait(trait) : n;
    }

    private String text(String trait) {
        JsonNode n = trait(trait);
        return n.isMissingNode() ? null : n.asText();
    }

    private boolean flag(String trait) {
        JsonNode n = trait(trait);
        return n.isBoolean() && n.booleanValue();
    }

    /** header, headers, querystring, uri, statusCode, or null for the body. */
    public String location() {
        return location;
    }

    public String locationName() {
        return wire().locationName();
    }

    /** The wire name: {@code locationName} when set, else the member name. */
    public String wireName() {
        return wire().wireName();
    }

    public String queryName() {
        return wire().queryName();
    }

    public boolean isFlattened() {
        return wire().flattened();
    }

    public XmlNamespace xmlNamespace() {
        return Shape.xmlNamespace(trait("xmlNamespace"));
    }

    public boolean isXmlAttribute() {
        return wire().xmlAttribute();
    }

    public boolean isJsonValue() {
        return wire().jsonValue();
    }

    public String timestampFormat() {
        return wire().timestampFormat();
    }

    public boolean isHostLabel() {
        return wire().hostLabel();
    }

    public boolean isIdempotencyToken() {
        return wire().idempotencyToken();
    }

    public boolean isStreaming() {
        return wire().streaming();
    }

    public boolean isEventPayload() {
        return wire().eventPayload();
    }

    public boolean isEventHeader() {
        return wire().eventHeader();
    }

    /** The endpoint parameter this member feeds ({@code contextParam.name}), or null. */
    public String contextParam() {
        return contextParam;
    }

    public boolean isDeprecated() {
        return Traits.flag(json, "deprecated") || shape().isDeprecated();
    }

    public String documentation() {
        String d = Traits.text(json, "documentation");
        return d != null ? d : shape().documentation();
    }

    @Override
    public String toString() {
        return name + ": " + targetName;
    }
}
