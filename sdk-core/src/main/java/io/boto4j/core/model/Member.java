package io.boto4j.core.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A reference from a container (structure member, list member, map key/value, operation
 * input/output) to a shape, with the reference's own traits. Serialization traits are read
 * as botocore does: the member's value when it has one, else the target shape's.
 */
public final class Member {
    private final String name;
    private final String targetName;
    private final JsonNode json;
    private final ServiceModel model;
    private final boolean required;
    private volatile Shape target;

    Member(String name, JsonNode json, ServiceModel model, boolean required) {
        this.name = name;
        this.json = json;
        this.model = model;
        this.required = required;
        this.targetName = Traits.text(json, "shape");
        if (targetName == null) {
            throw new ModelException("member '" + name + "' names no shape");
        }
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
        return Traits.text(json, "location");
    }

    public String locationName() {
        return text("locationName");
    }

    /** The wire name: {@code locationName} when set, else the member name. */
    public String wireName() {
        String ln = locationName();
        return ln != null ? ln : name;
    }

    public String queryName() {
        return text("queryName");
    }

    public boolean isFlattened() {
        return flag("flattened");
    }

    public XmlNamespace xmlNamespace() {
        return Shape.xmlNamespace(trait("xmlNamespace"));
    }

    public boolean isXmlAttribute() {
        return flag("xmlAttribute");
    }

    public boolean isJsonValue() {
        return flag("jsonvalue");
    }

    public String timestampFormat() {
        return text("timestampFormat");
    }

    public boolean isHostLabel() {
        return flag("hostLabel");
    }

    public boolean isIdempotencyToken() {
        return flag("idempotencyToken");
    }

    public boolean isStreaming() {
        return flag("streaming");
    }

    public boolean isEventPayload() {
        return flag("eventpayload");
    }

    public boolean isEventHeader() {
        return flag("eventheader");
    }

    /** The endpoint parameter this member feeds ({@code contextParam.name}), or null. */
    public String contextParam() {
        JsonNode n = Traits.node(json, "contextParam");
        return n.isMissingNode() ? null : Traits.text(n, "name");
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
