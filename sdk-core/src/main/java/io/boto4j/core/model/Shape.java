package io.boto4j.core.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named shape of a service model. Members are built on first use; the raw JSON stays
 * reachable through {@link #trait(String)} for traits this class does not name.
 */
public final class Shape {
    private final String name;
    private final ShapeType type;
    private final JsonNode json;
    private final ServiceModel model;
    private volatile Map<String, Member> members;
    private volatile Member listMember;
    private volatile Member mapKey;
    private volatile Member mapValue;

    Shape(String name, JsonNode json, ServiceModel model) {
        this.name = name;
        this.json = json;
        this.model = model;
        try {
            this.type = ShapeType.of(Traits.text(json, "type"));
        } catch (IllegalArgumentException e) {
            throw new ModelException("shape '" + name + "': " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public ShapeType type() {
        return type;
    }

    public ServiceModel serviceModel() {
        return model;
    }

    /** A raw trait of the shape (missing node when absent). */
    public JsonNode trait(String trait) {
        return Traits.node(json, trait);
    }

    /** Structure members in model order; empty for other types. */
    public Map<String, Member> members() {
        Map<String, Member> m = members;
        if (m == null) {
            m = buildMembers();
            members = m;
        }
        return m;
    }

    public Member member(String memberName) {
        return members().get(memberName);
    }

    private Map<String, Member> buildMembers() {
        JsonNode node = Traits.node(json, "members");
        if (type != ShapeType.STRUCTURE || !node.isObject()) {
            return Map.of();
        }
        Set<String> req = required();
        Map<String, Member> m = new LinkedHashMap<>();
        node.properties().iterator().forEachRemaining(e ->
                m.put(e.getKey(), new Member(e.getKey(), e.getValue(), model, req.contains(e.getKey()))));
        return Collections.unmodifiableMap(m);
    }

    /** Names of required members (structures). */
    public Set<String> required() {
        JsonNode r = Traits.node(json, "required");
        if (!r.isArray() || r.isEmpty()) {
            return Set.of();
        }
        Set<String> s = new HashSet<>();
        r.forEach(n -> s.add(n.asText()));
        return s;
    }

    /** The element reference of a list. */
    public Member listMember() {
        Member m = listMember;
        if (m == null && type == ShapeType.LIST) {
            m = new Member("member", json.get("member"), model, false);
            listMember = m;
        }
        return m;
    }

    public Member mapKey() {
        Member m = mapKey;
        if (m == null && type == ShapeType.MAP) {
            m = new Member("key", json.get("key"), model, false);
            mapKey = m;
        }
        return m;
    }

    public Member mapValue() {
        Member m = mapValue;
        if (m == null && type == ShapeType.MAP) {
            m = new Member("value", json.get("value"), model, false);
            mapValue = m;
        }
        return m;
    }

    /** Enum values of a string shape; empty when it is not an enum. */
    public List<String> enumValues() {
        JsonNode e = Traits.node(json, "enum");
        if (!e.isArray()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(e.size());
        e.forEach(n -> values.add(n.asText()));
        return values;
    }

    /** The {@code min} trait (length for strings/blobs/lists/maps, value for numbers), or null. */
    public Number min() {
        return Traits.number(json, "min");
    }

    public Number max() {
        return Traits.number(json, "max");
    }

    public String pattern() {
        return Traits.text(json, "pattern");
    }

    public boolean isDocument() {
        return Traits.flag(json, "document");
    }

    public boolean isUnion() {
        return Traits.flag(json, "union");
    }

    public boolean isException() {
        return Traits.flag(json, "exception");
    }

    public boolean isFault() {
        return Traits.flag(json, "fault");
    }

    /** The error code from the {@code error} trait, falling back to the shape name. */
    public String errorCode() {
        String code = Traits.text(trait("error"), "code");
        return code != null ? code : name;
    }

    /** The HTTP status from the {@code error} trait, or null. */
    public Integer errorHttpStatus() {
        Number n = Traits.number(trait("error"), "httpStatusCode");
        return n == null ? null : n.intValue();
    }

    public boolean isSenderFault() {
        return Traits.flag(trait("error"), "senderFault");
    }

    public boolean isStreaming() {
        return Traits.flag(json, "streaming");
    }

    public boolean isEventStream() {
        return Traits.flag(json, "eventstream");
    }

    public boolean isEvent() {
        return Traits.flag(json, "event");
    }

    public boolean requiresLength() {
        return Traits.flag(json, "requiresLength");
    }

    public boolean isSensitive() {
        return Traits.flag(json, "sensitive");
    }

    public boolean isDeprecated() {
        return Traits.flag(json, "deprecated");
    }

    /** The member sent as the whole HTTP body (rest protocols), or null. */
    public String payload() {
        return Traits.text(json, "payload");
    }

    public String timestampFormat() {
        return Traits.text(json, "timestampFormat");
    }

    public boolean isFlattened() {
        return Traits.flag(json, "flattened");
    }

    public String locationName() {
        return Traits.text(json, "locationName");
    }

    public XmlNamespace xmlNamespace() {
        return xmlNamespace(trait("xmlNamespace"));
    }

    public String documentation() {
        return Traits.text(json, "documentation");
    }

    static XmlNamespace xmlNamespace(JsonNode n) {
        if (n.isMissingNode()) {
            return null;
        }
        if (n.isTextual()) {
            return new XmlNamespace(null, n.asText());
        }
        return new XmlNamespace(Traits.text(n, "prefix"), Traits.text(n, "uri"));
    }

    @Override
    public String toString() {
        return "Shape[" + name + ": " + type.modelName() + "]";
    }
}
