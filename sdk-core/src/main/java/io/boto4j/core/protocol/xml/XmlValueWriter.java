package io.boto4j.core.protocol.xml;

import io.boto4j.core.model.Member;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.XmlNamespace;
import io.boto4j.core.protocol.support.TextValues;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes SDK values as XML the way the model describes them (rest-xml request bodies), streaming
 * to a StAX writer: element names from {@code locationName}, {@code xmlNamespace} declarations
 * (with prefixes), {@code xmlAttribute} members as attributes, flattened lists and maps as
 * repeated elements. Null values and members bound to HTTP headers, URI or query are left out.
 */
public final class XmlValueWriter {
    private XmlValueWriter() {
    }

    /**
     * The whole document: {@code value} as the element {@code rootName}. {@code ref} is the
     * reference that carries the root's traits (the operation input, or the payload member).
     *
     * @param ref      the reference whose shape and traits (namespace) the root gets
     * @param rootName the root element's name
     * @param value    the value, validated; null gives no bytes at all
     * @return the UTF-8 bytes, without an XML declaration
     * @throws XmlFormatException when the StAX writer fails
     * @throws IllegalArgumentException when a value does not fit its shape
     */
    public static byte[] toBytes(Member ref, String rootName, Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        XMLStreamWriter w = SecureXml.newWriter(out);
        try {
            write(w, ref, rootName, value);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new XmlFormatException("cannot write XML for " + ref.name() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Writes {@code value} as one element named {@code name} (several when a flattened list or map).
     *
     * @param w     the writer, positioned where an element may go
     * @param ref   the member whose shape and traits drive the writing
     * @param name  the element's name
     * @param value the value; null writes nothing
     * @throws XMLStreamException when the writer fails
     * @throws IllegalArgumentException when the value does not fit the shape
     */
    public static void write(XMLStreamWriter w, Member ref, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        Shape shape = ref.shape();
        switch (shape.type()) {
            case STRUCTURE:
                writeStructure(w, ref, name, TextValues.asMap(value, ref));
                break;
            case LIST:
                writeList(w, ref, name, TextValues.asList(value, ref));
                break;
            case MAP:
                writeMap(w, ref, name, TextValues.asMap(value, ref));
                break;
            default:
                w.writeStartElement(name);
                namespace(w, ref.xmlNamespace());
                w.writeCharacters(TextValues.format(ref, value));
                w.writeEndElement();
        }
    }

    private static void writeStructure(XMLStreamWriter w, Member ref, String name, Map<String, Object> value)
            throws XMLStreamException {
        XmlLayout layout = XmlLayout.of(ref.shape());
        w.writeStartElement(name);
        namespace(w, ref.xmlNamespace());
        for (Member m : layout.attributeMembers()) {
            Object v = value.get(m.name());
            if (v != null) {
                w.writeAttribute(m.wireName(), TextValues.format(m, v));
            }
        }
        // In the value's order, as botocore writes the caller's dict: validated input is in model
        // order, and a filled-in idempotency token comes last, where botocore puts it.
        for (String memberName : value.keySet()) {
            Member m = layout.elementMember(memberName);
            if (m != null) {
                write(w, m, m.wireName(), value.get(memberName));
            }
        }
        w.writeEndElement();
    }

    private static void writeList(XMLStreamWriter w, Member ref, String name, List<?> items)
            throws XMLStreamException {
        Member item = ref.shape().listMember();
        if (ref.isFlattened()) {
            // Items stand directly in the parent, each under the list's own name.
            for (Object v : items) {
                write(w, item, name, v);
            }
            return;
        }
        String itemName = item.locationName() != null ? item.locationName() : "member";
        w.writeStartElement(name);
        namespace(w, ref.xmlNamespace());
        for (Object v : items) {
            write(w, item, itemName, v);
        }
        w.writeEndElement();
    }

    private static void writeMap(XMLStreamWriter w, Member ref, String name, Map<String, Object> entries)
            throws XMLStreamException {
        Shape shape = ref.shape();
        Member key = shape.mapKey();
        Member val = shape.mapValue();
        String keyName = key.locationName() != null ? key.locationName() : "key";
        String valueName = val.locationName() != null ? val.locationName() : "value";
        boolean flat = ref.isFlattened();
        if (!flat) {
            w.writeStartElement(name);
            namespace(w, ref.xmlNamespace());
        }
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            w.writeStartElement(flat ? name : "entry");
            write(w, key, keyName, e.getKey());
            write(w, val, valueName, e.getValue());
            w.writeEndElement();
        }
        if (!flat) {
            w.writeEndElement();
        }
    }

    private static void namespace(XMLStreamWriter w, XmlNamespace ns) throws XMLStreamException {
        if (ns == null || ns.uri() == null) {
            return;
        }
        if (ns.prefix() == null || ns.prefix().isEmpty()) {
            w.writeDefaultNamespace(ns.uri());
        } else {
            w.writeNamespace(ns.prefix(), ns.uri());
        }
    }

}
