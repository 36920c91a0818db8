package io.boto4j.core.protocol.xml;

import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a structure's members map to XML names, derived once per shape: the element names of
 * the body members and the attribute members. Shapes are shared, long-lived model objects, so the
 * cache lives as long as the models do.
 */
final class XmlLayout {
    private static final Map<Shape, XmlLayout> CACHE = new ConcurrentHashMap<>();

    private final Map<String, Member> byElement;
    private final List<Member> attributes;
    private final List<Member> elements;
    private final Map<String, Member> elementsByMemberName = new HashMap<>();

    private XmlLayout(Shape shape) {
        Map<String, Member> names = new HashMap<>();
        List<Member> attrs = new ArrayList<>();
        List<Member> elems = new ArrayList<>();
        for (Member m : shape.members().values()) {
            if (isResponseBound(m) || m.isEventHeader()) {
                continue; // bound to the HTTP message (rest protocols), not to the body
            }
            if (m.location() != null) {
                // uri/querystring members mean nothing in a response, so botocore reads them from
                // the body (a shape shared by input and output); requests never write them there.
                names.put(m.wireName(), m);
                names.putIfAbsent(flattenedItemAlias(m), m);
            } else if (m.isXmlAttribute()) {
                attrs.add(m);
            } else {
                names.put(m.wireName(), m);
                elems.add(m);
            }
        }
        for (Member m : elems) {
            names.putIfAbsent(flattenedItemAlias(m), m);
        }
        this.byElement = names;
        this.attributes = List.copyOf(attrs);
        this.elements = List.copyOf(elems);
        elems.forEach(m -> elementsByMemberName.put(m.name(), m));
    }

    /** Members a response carries outside the body: botocore's known response locations. */
    private static boolean isResponseBound(Member m) {
        String location = m.location();
        return "header".equals(location) || "headers".equals(location) || "statusCode".equals(location);
    }

    static XmlLayout of(Shape structure) {
        return CACHE.computeIfAbsent(structure, XmlLayout::new);
    }

    /**
     * A second name a flattened list's items may arrive under. Smithy names them after the
     * structure member (what the writer sends); botocore's parser looks for the list member's
     * {@code locationName} instead. The reader accepts both, so either kind of server works.
     */
    private static String flattenedItemAlias(Member m) {
        if (m.type() == ShapeType.LIST && m.isFlattened()) {
            String itemName = m.shape().listMember().locationName();
            if (itemName != null) {
                return itemName;
            }
        }
        return m.wireName();
    }

    Member memberForElement(String localName) {
        return byElement.get(localName);
    }

    List<Member> attributeMembers() {
        return attributes;
    }

    /** Body members written as child elements, in model order. */
    List<Member> elementMembers() {
        return elements;
    }

    /** The body member written as a child element under this member name, or null. */
    Member elementMember(String memberName) {
        return elementsByMemberName.get(memberName);
    }
}
