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

    /**
     * The member name as callers spell it in input and output maps.
     *
     * @return the name, e.g. {@code Bucket}; {@code member}, {@code key} or {@code value} for list and map references
     */
    public String name() {
        return name;
    }

    /**
     * The name of the shape this member refers to.
     *
     * @return the target shape's name, from the reference's {@code shape} key; never null
     */
    public String targetName() {
        return targetName;
    }

    /**
     * The shape this member refers to, looked up on first use.
     *
     * @return the target shape
     * @throws ModelException when the model does not define the target shape
     */
    public Shape shape() {
        Shape s = target;
        if (s == null) {
            s = model.shape(targetName);
            target = s;
        }
        return s;
    }

    /**
     * The type of the target shape.
     *
     * @return the target shape's type
     */
    public ShapeType type() {
        return shape().type();
    }

    /**
     * Whether the containing structure lists this member as required.
     *
     * @return true when the member is in its structure's {@code required} list
     */
    public boolean isRequired() {
        return required;
    }

    /**
     * The raw trait on the member reference itself (missing node when absent).
     *
     * @param trait the trait's key in the reference's JSON, e.g. {@code location}
     * @return the trait's JSON, or a {@link com.fasterxml.jackson.databind.node.MissingNode}; never null
     */
    public JsonNode memberTrait(String trait) {
        return Traits.node(json, trait);
    }

    /**
     * The trait from the member, falling back to the target shape, as botocore merges them.
     *
     * @param trait the trait's key, e.g. {@code timestampFormat}
     * @return the member's value, else the shape's, else a {@link com.fasterxml.jackson.databind.node.MissingNode}; never null
     */
    public JsonNode trait(String trait) {
        JsonNode n = Traits.node(json, trait);
        return n.isMissingNode() ? shape().trait(trait) : n;
    }

    private String text(String trait) {
        JsonNode n = trait(trait);
        return n.isMissingNode() ? null : n.asText();
    }

    private boolean flag(String trait) {
        return Traits.isSet(trait(trait));
    }

    /**
     * header, headers, querystring, uri, statusCode, or null for the body.
     *
     * @return the member's own {@code location} trait (never taken from the shape)
     */
    public String location() {
        return location;
    }

    /**
     * The {@code locationName} trait (member, else shape): the name on the wire for rest protocols and XML.
     *
     * @return the location name, or null when neither sets one
     */
    public String locationName() {
        return wire().locationName();
    }

    /**
     * The wire name: {@code locationName} when set, else the member name.
     *
     * @return the name to serialize the member under; never null
     */
    public String wireName() {
        return wire().wireName();
    }

    /**
     * The {@code queryName} trait (member, else shape), which the ec2 protocol serializes under.
     *
     * @return the query name, or null when neither sets one
     */
    public String queryName() {
        return wire().queryName();
    }

    /**
     * Whether this list or map is flattened in XML ({@code flattened}, member else shape).
     *
     * @return true for a flattened list or map
     */
    public boolean isFlattened() {
        return wire().flattened();
    }

    /**
     * The {@code xmlNamespace} trait (member, else shape), for rest-xml.
     *
     * @return the namespace to declare on the member's element, or null
     */
    public XmlNamespace xmlNamespace() {
        return Shape.xmlNamespace(trait("xmlNamespace"));
    }

    /**
     * Whether the member is an XML attribute of its parent element rather than a child element.
     *
     * @return true for an {@code xmlAttribute} member
     */
    public boolean isXmlAttribute() {
        return wire().xmlAttribute();
    }

    /**
     * Whether this string carries JSON text ({@code jsonvalue}): base64-encoded in a header; the caller
     * may give the JSON value itself, which the SDK encodes.
     *
     * @return true for a {@code jsonvalue} member
     */
    public boolean isJsonValue() {
        return wire().jsonValue();
    }

    /**
     * The {@code timestampFormat} trait (member, else shape).
     *
     * @return {@code iso8601}, {@code rfc822} or {@code unixTimestamp}, or null for the protocol's default
     */
    public String timestampFormat() {
        return wire().timestampFormat();
    }

    /**
     * Whether the member's value is put into the endpoint's host ({@code hostLabel}, with the operation's {@code endpoint.hostPrefix}).
     *
     * @return true for a host label
     */
    public boolean isHostLabel() {
        return wire().hostLabel();
    }

    /**
     * Whether the member is an idempotency token, which the SDK fills with a random UUID when the caller
     * leaves it out of the top-level input.
     *
     * @return true for an {@code idempotencyToken} member
     */
    public boolean isIdempotencyToken() {
        return wire().idempotencyToken();
    }

    /**
     * Whether the member is streamed ({@code streaming}, member else shape) rather than held in memory.
     *
     * @return true for a streaming member
     */
    public boolean isStreaming() {
        return wire().streaming();
    }

    /**
     * Whether this member of an event is the event's payload ({@code eventpayload}).
     *
     * @return true for an event's payload member
     */
    public boolean isEventPayload() {
        return wire().eventPayload();
    }

    /**
     * Whether this member of an event travels as an event stream header ({@code eventheader}).
     *
     * @return true for an event header member
     */
    public boolean isEventHeader() {
        return wire().eventHeader();
    }

    /**
     * The endpoint parameter this member feeds ({@code contextParam.name}), or null.
     *
     * @return the endpoint rule parameter's name, e.g. {@code Bucket}, or null
     */
    public String contextParam() {
        return contextParam;
    }

    /**
     * Whether the member or its target shape is marked deprecated.
     *
     * @return true when either is deprecated
     */
    public boolean isDeprecated() {
        return Traits.flag(json, "deprecated") || shape().isDeprecated();
    }

    /**
     * The member's documentation, else its target shape's (HTML, as the model writes it).
     *
     * @return the documentation, or null when neither has any
     */
    public String documentation() {
        String d = Traits.text(json, "documentation");
        return d != null ? d : shape().documentation();
    }

    @Override
    public String toString() {
        return name + ": " + targetName;
    }
}
