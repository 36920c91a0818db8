package io.boto4j.core.protocol.xml;

import io.boto4j.core.protocol.ResponseLimits;
import io.boto4j.core.protocol.support.ResponseParsing;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The StAX factories every XML protocol uses, configured once. Responses come from the network,
 * so the reader never loads DTDs or resolves external entities (XXE), a document that declares
 * a DTD at all is refused rather than half-processed (so no entity can expand), and elements
 * nest at most {@link ResponseLimits#MAX_NESTING_DEPTH} deep. The JDK's own StAX implementation
 * is used whatever else is on the class path, so these settings hold as written.
 */
public final class SecureXml {
    private static final XMLInputFactory INPUT = newInputFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private SecureXml() {
    }

    /** The JDK's name for its bound on element depth (JAXP's {@code maxElementDepth}). */
    private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";

    private static XMLInputFactory newInputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(MAX_ELEMENT_DEPTH, Integer.toString(ResponseLimits.MAX_NESTING_DEPTH));
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Element and attribute names are matched by local name, as botocore strips namespaces.
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * A reader positioned on the root element of {@code body}.
     *
     * @param body the whole document, not null; its encoding is read from the declaration
     *             (UTF-8 without one)
     * @return a reader on the root's START_ELEMENT, for the caller to close
     * @throws XmlFormatException when the body is empty, malformed or declares a DTD
     */
    public static XMLStreamReader openAtRoot(byte[] body) {
        try {
            XMLStreamReader r = INPUT.createXMLStreamReader(new ByteArrayInputStream(body));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    r.close();
                    throw new XmlFormatException("XML document type declarations are not accepted");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return r;
                }
            }
            r.close();
            throw new XmlFormatException("XML body has no root element");
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** The parser's complaint and where, without the multi-line layout the JDK gives it. */
    private static XmlFormatException malformed(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int text = message.indexOf("Message: ");
        String what = ResponseParsing.excerpt(text < 0 ? message : message.substring(text + "Message: ".length()));
        javax.xml.stream.Location at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
        return new XmlFormatException("malformed XML body" + where + ": " + what, e);
    }

    /**
     * One step of reading a document, given the reader on its root element.
     *
     * @param <T> what the step reads
     */
    @FunctionalInterface
    public interface RootReader<T> {
        /**
         * Reads what is wanted from the document.
         *
         * @param root the reader on the root's START_ELEMENT; closed by the caller afterwards
         * @return what was read
         * @throws XMLStreamException when the document is malformed
         */
        T read(XMLStreamReader root) throws XMLStreamException;
    }

    /**
     * Opens {@code body}, hands the reader on the root element to {@code step} and closes it;
     * parse errors of any kind become {@link XmlFormatException}.
     *
     * @param <T>  what {@code step} reads
     * @param body the whole document, not null
     * @param step reads from the root element
     * @return what {@code step} returned
     * @throws XmlFormatException when the body is empty, malformed or declares a DTD
     */
    public static <T> T read(byte[] body, RootReader<T> step) {
        XMLStreamReader r = openAtRoot(body);
        try {
            return step.read(r);
        } catch (XMLStreamException e) {
            throw malformed(e);
        } finally {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing is left to release: the body is an in-memory array
            }
        }
    }

    /**
     * A writer without an XML declaration (botocore sends none) that encodes UTF-8.
     *
     * @param out where the bytes go; not closed by the writer's {@code close()}
     * @return a new writer, not thread-safe
     * @throws XmlFormatException when the JDK cannot create one
     */
    public static XMLStreamWriter newWriter(OutputStream out) {
        try {
            return OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        } catch (XMLStreamException e) {
            throw new XmlFormatException("cannot create an XML writer", e);
        }
    }
}
