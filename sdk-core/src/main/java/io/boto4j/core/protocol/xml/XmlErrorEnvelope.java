package io.boto4j.core.protocol.xml;

import io.boto4j.core.model.Shape;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.List;
import java.util.Map;

/**
 * The fixed part of an XML error body, in each of the shapes AWS uses:
 * <ul>
 *   <li>query and most rest-xml services: {@code <ErrorResponse><Error>..</Error><RequestId/></ErrorResponse>}</li>
 *   <li>ec2: {@code <Response><Errors><Error>..</Error></Errors><RequestID/></Response>}</li>
 *   <li>S3: {@code <Error><Code/><Message/><RequestId/><HostId/></Error>}</li>
 * </ul>
 * The modeled fields of the error are read afterwards with {@link #readFields}, once the code
 * has told which error shape applies.
 *
 * @param code      {@code Error/Code} as sent (not yet stripped of namespaces), or null
 * @param message   {@code Error/Message} (or {@code message}), or null
 * @param type      {@code Error/Type} (Sender/Receiver), or null
 * @param requestId {@code RequestId} or {@code RequestID}, beside or inside {@code Error}, or null
 * @param hostId    S3's {@code HostId}, or null
 * @param errorPath local names leading from the root to the {@code Error} element (empty when
 *                  the root is the {@code Error} element)
 */
public record XmlErrorEnvelope(String code, String message, String type, String requestId, String hostId,
                               List<String> errorPath) {

    /**
     * Reads the envelope of {@code body}; null when the body is empty, not XML, or holds no
     * {@code Error} element (a proxy's HTML page, say).
     *
     * @param body the error response's body, or null
     * @return the envelope, or null
     */
    public static XmlErrorEnvelope read(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return SecureXml.read(body, XmlErrorEnvelope::readRoot);
        } catch (XmlFormatException notXml) {
            return null;
        }
    }

    private static XmlErrorEnvelope readRoot(XMLStreamReader r) throws XMLStreamException {
        Builder b = new Builder();
        String root = r.getLocalName();
        if (root.equals("Error")) {
            b.readError(r);
            return b.build(List.of());
        }
        List<String> path = null;
        while (XmlValueReader.nextChild(r)) {
            String name = r.getLocalName();
            if (name.equals("Error") && path == null) {
                b.readError(r);
                path = List.of("Error");
            } else if (name.equals("Errors") && path == null) {
                if (XmlValueReader.findChild(r, "Error")) {
                    b.readError(r);
                    path = List.of("Errors", "Error");
                    skipRest(r);
                }
            } else if (name.equals("RequestId") || name.equals("RequestID")) {
                b.requestId = XmlValueReader.text(r);
            } else {
                XmlValueReader.skip(r);
            }
        }
        return path == null ? null : b.build(path);
    }

    /** Leaves the current element, skipping its remaining children. */
    private static void skipRest(XMLStreamReader r) throws XMLStreamException {
        while (XmlValueReader.nextChild(r)) {
            XmlValueReader.skip(r);
        }
    }

    /**
     * The modeled fields of {@code errorShape}, read from the {@code Error} element of
     * {@code body} (the element's children are the shape's members).
     *
     * @param body       the same body {@link #read} read this envelope from
     * @param errorShape the modeled error shape the code names
     * @return a new map of the shape's members found, by member name
     * @throws XmlFormatException when the body is malformed or a value does not fit its member
     */
    public Map<String, Object> readFields(byte[] body, Shape errorShape) {
        return SecureXml.read(body, r -> {
            for (String step : errorPath) {
                if (!XmlValueReader.findChild(r, step)) {
                    return Map.of();
                }
            }
            return XmlValueReader.readStructure(r, errorShape);
        });
    }

    private static final class Builder {
        String code;
        String message;
        String type;
        String requestId;
        String hostId;

        void readError(XMLStreamReader r) throws XMLStreamException {
            while (XmlValueReader.nextChild(r)) {
                switch (r.getLocalName()) {
                    case "Code":
                        code = XmlValueReader.text(r).trim();
                        break;
                    case "Message":
                    case "message":
                        message = XmlValueReader.text(r);
                        break;
                    case "Type":
                        type = XmlValueReader.text(r).trim();
                        break;
                    case "RequestId":
                    case "RequestID":
                        requestId = XmlValueReader.text(r).trim();
                        break;
                    case "HostId":
                        hostId = XmlValueReader.text(r).trim();
                        break;
                    default:
                        XmlValueReader.skip(r);
                }
            }
        }

        XmlErrorEnvelope build(List<String> path) {
            return new XmlErrorEnvelope(code, message, type, requestId, hostId, path);
        }
    }
}
