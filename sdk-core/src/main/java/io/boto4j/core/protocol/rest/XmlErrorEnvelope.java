package io.boto4j.core.protocol.rest;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;

/**
 * The envelope of a rest-xml error body: S3's {@code <Error>} root, or the
 * {@code <ErrorResponse><Error>...</Error><RequestId/></ErrorResponse>} form of Route 53,
 * CloudFront and the protocol suites. Only the envelope's fixed fields are read here; the
 * modeled fields are read from the {@code <Error>} element by the body reader.
 *
 * @param code      {@code Error/Code}, or null
 * @param message   {@code Error/Message}, or null
 * @param requestId {@code RequestId} inside {@code Error} or beside it, or null
 * @param hostId    S3's {@code HostId}, or null
 */
record XmlErrorEnvelope(String code, String message, String requestId, String hostId) {
    private static final XMLInputFactory INPUT = secureFactory();

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Reads the envelope; null when the body is not XML or has no {@code Error} element. */
    static XmlErrorEnvelope read(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        String code = null;
        String message = null;
        String requestId = null;
        String hostId = null;
        boolean sawError = false;
        XMLStreamReader r = null;
        try {
            r = INPUT.createXMLStreamReader(new ByteArrayInputStream(body));
            int depth = 0;
            boolean inError = false;
            int errorDepth = -1;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    if (!inError && "Error".equals(name) && depth <= 2) {
                        inError = true;
                        sawError = true;
                        errorDepth = depth;
                        continue;
                    }
                    boolean errorChild = inError && depth == errorDepth + 1;
                    boolean envelopeChild = !inError && depth == 2;
                    if (!errorChild && !envelopeChild) {
                        continue;
                    }
                    switch (name) {
                        case "Code":
                            if (errorChild) {
                                code = r.getElementText();
                                depth--;
                            }
                            break;
                        case "Message":
                            if (errorChild) {
                                message = r.getElementText();
                                depth--;
                            }
                            break;
                        case "RequestId":
                            requestId = r.getElementText();
                            depth--;
                            break;
                        case "HostId":
                            hostId = r.getElementText();
                            depth--;
                            break;
                        default:
                            break;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (inError && depth == errorDepth) {
                        inError = false;
                    }
                    depth--;
                }
            }
        } catch (XMLStreamException notXml) {
            return sawError ? new XmlErrorEnvelope(code, message, requestId, hostId) : null;
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
        return sawError ? new XmlErrorEnvelope(code, message, requestId, hostId) : null;
    }
}
