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
 * reachable through {@link #trait(String)} for traits this class does not name. The traits
 * read on every call (validation limits, enum values, payload, the streaming and format
 * traits) are resolved from the JSON once, on first use, and kept ({@link CallTraits}).
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
    private volatile CallTraits callTraits;
    private volatile Map<Derived<?>, Object> derived;

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

    /** The traits read per call, from the JSON once: Jackson lookups (and boxing) per call cost measurably. */
    private record CallTraits(Set<String> required, List<String> enumValues, Number min, Number max, String pattern,
                              String payload, String timestampFormat, String locationName, boolean document,
                              boolean union, boolean streaming, boolean eventStream, boolean event,
                              boolean requiresLength, boolean sensitive, boolean flattened) {
    }

    private CallTraits callTraits() {
        CallTraits t = callTraits;
        if (t == null) {
            t = new CallTraits(readRequired(), readEnumValues(), Traits.number(json, "min"),
                    Traits.number(json, "max"), Traits.text(json, "pattern"), Traits.text(json, "payload"),
                    Traits.text(json, "timestampFormat"), Traits.text(json, "locationName"),
                    Traits.flag(json, "document"), Traits.flag(json, "union"), Traits.flag(json, "streaming"),
                    Traits.flag(json, "eventstream"), Traits.flag(json, "event"), Traits.flag(json, "requiresLength"),
                    Traits.flag(json, "sensitive"), Traits.flag(json, "flattened"));
            callTraits = t;
        }
        return t;
    }

    public ShapeType type() {
        return type;
    }

    /**
     * What a codec or the pipeline works out from this shape once and keeps with it (a binding
     * plan, say), so that no call walks the model for it again. Computed on first use; two
     * threads may both compute it, the first result is kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Derived<T> key) {
        Map<Derived<?>, Object> d = derived;
        if (d == null) {
            synchronized (this) {
                d = derived;
                if (d == null) {
                    d = new java.util.concurrent.ConcurrentHashMap<>(4);
                    derived = d;
                }
            }
        }
        Object value = d.get(key);
        if (value == null) {
            value = java.util.Objects.requireNonNull(key.compute.apply(this), "derived value");
            Object raced = d.putIfAbsent(key, value);
            if (raced != null) {
                value = raced;
            }
        }
        return (T) value;
    }

    /**
     * The key of a value derived from shapes (see {@link #derived}); one constant per kind of
     * value, compared by identity.
     *
     * @param <T> the derived value's type
     */
    public static final class Derived<T> {
        private final java.util.function.Function<Shape, T> compute;

        /** @param compute works the value out from a shape; must not return null */
        public Derived(java.util.function.Function<Shape, T> compute) {
            this.compute = java.util.Objects.requireNonNull(compute, "compute");
        }
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

    /** Names of required members (structures); unmodifiable. */
    public Set<String> required() {
        return callTraits().required();
    }

    private Set<String> readRequired() {
        JsonNode r = Traits.node(json, "required");
        if (!r.isArray() || r.isEmpty()) {
            return Set.of();
        }
        Set<String> s = new HashSet<>();
        r.forEach(n -> s.add(n.asText()));
        return Collections.unmodifiableSet(s);
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

    /** Enum values of a string shape, in model order; empty when it is not an enum. Unmodifiable. */
    public List<String> enumValues() {
        return callTraits().enumValues();
    }

    private List<String> readEnumValues() {
        JsonNode e = Traits.node(json, "enum");
        if (!e.isArray()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(e.size());
        e.forEach(n -> values.add(n.asText()));
        return Collections.unmodifiableList(values);
    }

    /** The {@code min} trait (length for strings/blobs/lists/maps, value for numbers), or null. */
    public Number min() {
        return callTraits().min();
    }

    public Number max() {
        return callTraits().max();
    }

    public String pattern() {
        return callTraits().pattern();
    }

    public boolean isDocument() {
        return callTraits().document();
    }

    public boolean isUnion() {
        return callTraits().union();
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
        return callTraits().streaming();
    }

    public boolean isEventStream() {
        return callTraits().eventStream();
    }

    public boolean isEvent() {
        return callTraits().event();
    }

    public boolean requiresLength() {
        return callTraits().requiresLength();
    }

    public boolean isSensitive() {
        return callTraits().sensitive();
    }

    public boolean isDeprecated() {
        return Traits.flag(json, "deprecated");
    }

    /** The member sent as the whole HTTP body (rest protocols), or null. */
    public String payload() {
        return callTraits().payload();
    }

    public String timestampFormat() {
        return callTraits().timestampFormat();
    }

    public boolean isFlattened() {
        return callTraits().flattened();
    }

    public String locationName() {
        return callTraits().locationName();
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
