package io.boto4j.core.protocol.xml;

import io.boto4j.core.protocol.support.ResponseParsing;
import io.boto4j.core.protocol.support.TextValues;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;
import io.boto4j.core.protocol.support.Timestamps;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads SDK values from XML as the model describes them, streaming over a StAX reader: the
 * shared core of the rest-xml, query and ec2 response parsers.
 *
 * <p>Every read method expects the reader on the START_ELEMENT of the value's element and
 * leaves it on the matching END_ELEMENT. Names are matched by local name (namespaces are
 * ignored, as botocore does); elements the model does not know are skipped; an empty element
 * is an empty string (or empty list, map, structure); timestamps are accepted in any format.
 */
public final class XmlValueReader {
    /** The key botocore uses for a union member this model does not know. */
    public static final String UNKNOWN_UNION_MEMBER = "SDK_UNKNOWN_MEMBER";

    private XmlValueReader() {
    }

    /**
     * Reads the current element as a value of {@code ref}'s shape (traits of the reference apply).
     *
     * @param r   the reader on the element's START_ELEMENT; left on its END_ELEMENT
     * @param ref the member whose shape and traits (flattened, timestamp format) apply
     * @return the value: a map, a list (of one item for a flattened list, which the caller
     *         gathers), or a scalar
     * @throws XMLStreamException when the document is malformed
     * @throws XmlFormatException when a scalar's text does not fit its shape, or the body ends early
     */
    public static Object read(XMLStreamReader r, Member ref) throws XMLStreamException {
        Shape shape = ref.shape();
        switch (shape.type()) {
            case STRUCTURE:
                return readStructure(r, shape);
            case LIST: {
                List<Object> list = new ArrayList<>();
                if (ref.isFlattened()) {
                    list.add(read(r, shape.listMember())); // one item; the caller collects the rest
                } else {
                    readListItems(r, shape, list);
                }
                return list;
            }
            case MAP: {
                Map<String, Object> map = new LinkedHashMap<>();
                if (ref.isFlattened()) {
                    readMapEntry(r, shape, map);
                } else {
                    readMapEntries(r, shape, map);
                }
                return map;
            }
            default:
                return scalar(ref, shape, text(r));
        }
    }

    /**
     * Reads the current element as a structure: members from child elements by wire name and
     * from attributes ({@code xmlAttribute}); flattened lists and maps gather their repeated
     * elements.
     *
     * @param r     the reader on the structure's START_ELEMENT; left on its END_ELEMENT
     * @param shape the structure's shape
     * @return a new map by member name, attribute members first, then elements in the document's
     *         order; a union whose elements are all unknown to the model gets
     *         {@link #UNKNOWN_UNION_MEMBER} naming the first (as the JSON reader does)
     * @throws XMLStreamException when the document is malformed
     * @throws XmlFormatException when a scalar's text does not fit its shape, or the body ends early
     */
    public static Map<String, Object> readStructure(XMLStreamReader r, Shape shape) throws XMLStreamException {
        XmlLayout layout = XmlLayout.of(shape);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Member m : layout.attributeMembers()) {
            String value = attribute(r, m.wireName());
            if (value != null) {
                out.put(m.name(), scalar(m, m.shape(), value));
            }
        }
        String unknownTag = null;
        while (nextChild(r)) {
            String name = r.getLocalName();
            Member m = layout.memberForElement(name);
            if (m == null) {
                if (unknownTag == null) {
                    unknownTag = name;
                }
                skip(r);
            } else if (m.isFlattened() && m.shape().type() == ShapeType.LIST) {
                collectFlattenedItem(r, m, out);
            } else if (m.isFlattened() && m.shape().type() == ShapeType.MAP) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) out.computeIfAbsent(m.name(), k -> new LinkedHashMap<>());
                readMapEntry(r, m.shape(), map);
            } else {
                out.put(m.name(), read(r, m));
            }
        }
        // botocore tags a union as unknown only when what it got is no member it knows.
        if (shape.isUnion() && out.isEmpty() && unknownTag != null) {
            out.put(UNKNOWN_UNION_MEMBER, Map.of("name", unknownTag));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collectFlattenedItem(XMLStreamReader r, Member m, Map<String, Object> out)
            throws XMLStreamException {
        List<Object> list = (List<Object>) out.computeIfAbsent(m.name(), k -> new ArrayList<>());
        list.add(read(r, m.shape().listMember()));
    }

    /** Every child element is an item, whatever its name (botocore does not check it). */
    private static void readListItems(XMLStreamReader r, Shape list, List<Object> out) throws XMLStreamException {
        Member item = list.listMember();
        while (nextChild(r)) {
            out.add(read(r, item));
        }
    }

    private static void readMapEntries(XMLStreamReader r, Shape map, Map<String, Object> out)
            throws XMLStreamException {
        while (nextChild(r)) {
            readMapEntry(r, map, out);
        }
    }

    /** One {@code <entry>} (or flattened entry element) holding a key and a value element. */
    private static void readMapEntry(XMLStreamReader r, Shape map, Map<String, Object> out)
            throws XMLStreamException {
        Member keyRef = map.mapKey();
        Member valueRef = map.mapValue();
        String keyName = nameOr(keyRef, "key");
        String valueName = nameOr(valueRef, "value");
        Object key = null;
        Object value = null;
        while (nextChild(r)) {
            String name = r.getLocalName();
            if (name.equals(keyName)) {
                key = read(r, keyRef);
            } else if (name.equals(valueName)) {
                value = read(r, valueRef);
            } else {
                skip(r);
            }
        }
        if (key != null) {
            out.put(key.toString(), value);
        }
    }

    private static String nameOr(Member ref, String fallback) {
        String n = ref.locationName();
        return n != null ? n : fallback;
    }

    /** Converts element or attribute text to the shape's value type. */
    static Object scalar(Member ref, Shape shape, String text) {
        try {
            // "true" only, as botocore: anything else reads as false.
            return shape.type() == io.boto4j.core.model.ShapeType.BOOLEAN ? (Object) "true".equals(text.trim())
                    : TextValues.parse(shape.type(), text);
        } catch (RuntimeException e) {
            throw new XmlFormatException("cannot read '" + ResponseParsing.quote(text) + "' as "
                    + shape.type().modelName() + " for " + ref.name() + ": " + ResponseParsing.describe(e), e);
        }
    }

    /**
     * Advances to the next child element of the current element. Returns false, leaving the
     * reader on the parent's END_ELEMENT, when there is none.
     *
     * @param r the reader inside the parent (on its START_ELEMENT or a child's END_ELEMENT)
     * @return true when the reader is now on a child's START_ELEMENT
     * @throws XMLStreamException when the document is malformed
     * @throws XmlFormatException when the body ends inside the parent
     */
    public static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        throw new XmlFormatException("XML body ends inside an element");
    }

    /**
     * Advances to the child element named {@code localName}, skipping other children. Returns
     * false, leaving the reader on the parent's END_ELEMENT, when there is none.
     *
     * @param r         the reader inside the parent
     * @param localName the child's local name, e.g. {@code Error}
     * @return true when the reader is now on that child's START_ELEMENT
     * @throws XMLStreamException when the document is malformed
     */
    public static boolean findChild(XMLStreamReader r, String localName) throws XMLStreamException {
        while (nextChild(r)) {
            if (r.getLocalName().equals(localName)) {
                return true;
            }
            skip(r);
        }
        return false;
    }

    /**
     * Skips the current element and everything in it, ending on its END_ELEMENT.
     *
     * @param r the reader on the element's START_ELEMENT
     * @throws XMLStreamException when the document is malformed or ends inside the element
     */
    public static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * The text directly inside the current element ("" when empty); nested elements are skipped.
     *
     * @param r the reader on the element's START_ELEMENT; left on its END_ELEMENT
     * @return the text as sent, not trimmed, entities resolved
     * @throws XMLStreamException when the document is malformed or ends inside the element
     */
    public static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = null;
        String only = "";
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                case XMLStreamConstants.ENTITY_REFERENCE:
                    // Usually a single event (the factory coalesces); avoid a builder then.
                    if (sb == null && only.isEmpty()) {
                        only = r.getText();
                    } else {
                        if (sb == null) {
                            sb = new StringBuilder(only);
                        }
                        sb.append(r.getText());
                    }
                    break;
                case XMLStreamConstants.START_ELEMENT:
                    skip(r);
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    return sb == null ? only : sb.toString();
                default:
                    break;
            }
        }
    }

    /**
     * The value of the current element's attribute named {@code name}: a local name, or a
     * {@code prefix:local} name as models spell namespaced attributes ({@code xsi:type}).
     *
     * @param r    the reader on the element's START_ELEMENT
     * @param name the attribute's name as the model spells it
     * @return the attribute's value, or null when the element has none of that name
     */
    public static String attribute(XMLStreamReader r, String name) {
        int colon = name.indexOf(':');
        String prefix = colon < 0 ? null : name.substring(0, colon);
        String local = colon < 0 ? name : name.substring(colon + 1);
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (!local.equals(r.getAttributeLocalName(i))) {
                continue;
            }
            String p = r.getAttributePrefix(i);
            boolean noPrefix = p == null || p.isEmpty();
            if (prefix == null ? noPrefix : prefix.equals(p)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }
}
