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

    private XmlLayout(Shape shape) {
        Map<String, Member> names = new HashMap<>();
        List<Member> attrs = new ArrayList<>();
        List<Member> elems = new ArrayList<>();
        for (Member m : shape.members().values()) {
            if (m.location() != null || m.isEventHeader()) {
                continue; // bound to the HTTP message (rest protocols), not to the body
            }
            if (m.isXmlAttribute()) {
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
}
