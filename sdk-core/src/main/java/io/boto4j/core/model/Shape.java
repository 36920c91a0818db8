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

    /**
     * The shape's name, as a key of the model's {@code shapes} object.
     *
     * @return the name, e.g. {@code PutObjectRequest}
     */
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

    /**
     * The shape's type, from its {@code type} trait.
     *
     * @return the type; never null (an unknown type fails when the model is read)
     */
    public ShapeType type() {
        return type;
    }

    /**
     * What a codec or the pipeline works out from this shape once and keeps with it (a binding
     * plan, say), so that no call walks the model for it again. Computed on first use; two
     * threads may both compute it, the first result is kept.
     *
     * @param <T> the derived value's type
     * @param key the kind of value, a shared constant
     * @return the value kept for this shape, computed now when it is the first request
     * @throws NullPointerException when the key's computation returns null
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

        /**
         * Creates a key for one kind of derived value. {@link Shape#derived} calls {@code compute} the
         * first time a shape is asked for the value and caches the result on that shape (two threads
         * racing may both compute it; the first result stored wins), so {@code compute} must be pure.
         *
         * @param compute works the value out from a shape; must not return null
         * @throws NullPointerException when {@code compute} is null
         */
        public Derived(java.util.function.Function<Shape, T> compute) {
            this.compute = java.util.Objects.requireNonNull(compute, "compute");
        }
    }

    /**
     * The model this shape belongs to.
     *
     * @return the service model that holds the shape
     */
    public ServiceModel serviceModel() {
        return model;
    }

    /**
     * A raw trait of the shape (missing node when absent).
     *
     * @param trait the trait's key in the shape's JSON, e.g. {@code xmlOrder}
     * @return the trait's JSON, or a {@link com.fasterxml.jackson.databind.node.MissingNode} when absent or null; never null
     */
    public JsonNode trait(String trait) {
        return Traits.node(json, trait);
    }

    /**
     * Structure members in model order; empty for other types.
     *
     * @return an unmodifiable map of member name to member, built on first use
     */
    public Map<String, Member> members() {
        Map<String, Member> m = members;
        if (m == null) {
            m = buildMembers();
            members = m;
        }
        return m;
    }

    /**
     * A structure member by name.
     *
     * @param memberName the member's name as in the model, e.g. {@code Bucket}
     * @return the member, or null when the shape has no such member (or is not a structure)
     */
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

    /**
     * Names of required members (structures); unmodifiable.
     *
     * @return the names from the {@code required} trait; empty when there is none
     */
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

    /**
     * The element reference of a list.
     *
     * @return the list's {@code member}, or null when the shape is not a list
     */
    public Member listMember() {
        Member m = listMember;
        if (m == null && type == ShapeType.LIST) {
            m = new Member("member", json.get("member"), model, false);
            listMember = m;
        }
        return m;
    }

    /**
     * The key reference of a map.
     *
     * @return the map's {@code key}, or null when the shape is not a map
     */
    public Member mapKey() {
        Member m = mapKey;
        if (m == null && type == ShapeType.MAP) {
            m = new Member("key", json.get("key"), model, false);
            mapKey = m;
        }
        return m;
    }

    /**
     * The value reference of a map.
     *
     * @return the map's {@code value}, or null when the shape is not a map
     */
    public Member mapValue() {
        Member m = mapValue;
        if (m == null && type == ShapeType.MAP) {
            m = new Member("value", json.get("value"), model, false);
            mapValue = m;
        }
        return m;
    }

    /**
     * Enum values of a string shape, in model order; empty when it is not an enum. Unmodifiable.
     *
     * @return the values of the {@code enum} trait
     */
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

    /**
     * The {@code min} trait (length for strings/blobs/lists/maps, value for numbers), or null.
     *
     * @return the minimum as the model writes it (an integer or a decimal), or null
     */
    public Number min() {
        return callTraits().min();
    }

    /**
     * The {@code max} trait (length for strings/blobs/lists/maps, value for numbers), or null.
     *
     * @return the maximum as the model writes it (an integer or a decimal), or null
     */
    public Number max() {
        return callTraits().max();
    }

    /**
     * The {@code pattern} trait of a string shape: a regular expression its values must match.
     *
     * @return the pattern, or null when the shape has none
     */
    public String pattern() {
        return callTraits().pattern();
    }

    /**
     * Whether this is a document shape ({@code document} trait): free-form JSON-like data.
     *
     * @return true for a document shape
     */
    public boolean isDocument() {
        return callTraits().document();
    }

    /**
     * Whether this structure is a union ({@code union} trait): exactly one member may be set.
     *
     * @return true for a union
     */
    public boolean isUnion() {
        return callTraits().union();
    }

    /**
     * Whether this structure describes an error ({@code exception} trait).
     *
     * @return true for an error shape
     */
    public boolean isException() {
        return Traits.flag(json, "exception");
    }

    /**
     * Whether this error is the service's fault ({@code fault} trait) rather than the caller's.
     *
     * @return true for a server-side error shape
     */
    public boolean isFault() {
        return Traits.flag(json, "fault");
    }

    /**
     * The error code from the {@code error} trait, falling back to the shape name.
     *
     * @return the code that identifies this error in responses; never null
     */
    public String errorCode() {
        String code = Traits.text(trait("error"), "code");
        return code != null ? code : name;
    }

    /**
     * The HTTP status from the {@code error} trait, or null.
     *
     * @return the status code, e.g. 404, or null when the trait gives none
     */
    public Integer errorHttpStatus() {
        Number n = Traits.number(trait("error"), "httpStatusCode");
        return n == null ? null : n.intValue();
    }

    /**
     * Whether the {@code error} trait marks this error as the sender's fault ({@code senderFault}).
     *
     * @return true for a client-side error (the query protocols' {@code Sender} type)
     */
    public boolean isSenderFault() {
        return Traits.flag(trait("error"), "senderFault");
    }

    /**
     * Whether this blob or string is streamed ({@code streaming} trait) rather than held in memory.
     *
     * @return true for a streaming shape
     */
    public boolean isStreaming() {
        return callTraits().streaming();
    }

    /**
     * Whether this structure is an event stream ({@code eventstream} trait).
     *
     * @return true for an event stream union
     */
    public boolean isEventStream() {
        return callTraits().eventStream();
    }

    /**
     * Whether this structure is one event of an event stream ({@code event} trait).
     *
     * @return true for an event shape
     */
    public boolean isEvent() {
        return callTraits().event();
    }

    /**
     * Whether a streaming body of this shape must have a known length ({@code requiresLength} trait).
     *
     * @return true when the body must be sent with a {@code Content-Length}
     */
    public boolean requiresLength() {
        return callTraits().requiresLength();
    }

    /**
     * Whether values of this shape are secret ({@code sensitive} trait) and must not be logged.
     *
     * @return true for a sensitive shape
     */
    public boolean isSensitive() {
        return callTraits().sensitive();
    }

    /**
     * Whether the model marks this shape as deprecated.
     *
     * @return true for a deprecated shape
     */
    public boolean isDeprecated() {
        return Traits.flag(json, "deprecated");
    }

    /**
     * The member sent as the whole HTTP body (rest protocols), or null.
     *
     * @return the payload member's name, or null
     */
    public String payload() {
        return callTraits().payload();
    }

    /**
     * The {@code timestampFormat} trait of a timestamp shape.
     *
     * @return {@code iso8601}, {@code rfc822} or {@code unixTimestamp}, or null for the protocol's default
     */
    public String timestampFormat() {
        return callTraits().timestampFormat();
    }

    /**
     * Whether a list or map is flattened in XML ({@code flattened} trait): no wrapper element.
     *
     * @return true for a flattened list or map
     */
    public boolean isFlattened() {
        return callTraits().flattened();
    }

    /**
     * The shape's {@code locationName} trait: the name it is serialized under, e.g. a list element's XML name.
     *
     * @return the name, or null when the shape has none
     */
    public String locationName() {
        return callTraits().locationName();
    }

    /**
     * The shape's {@code xmlNamespace} trait, for rest-xml.
     *
     * @return the namespace to declare, or null when the shape has none
     */
    public XmlNamespace xmlNamespace() {
        return xmlNamespace(trait("xmlNamespace"));
    }

    /**
     * The shape's documentation, as the model writes it (HTML).
     *
     * @return the documentation, or null when the model has none for it
     */
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
