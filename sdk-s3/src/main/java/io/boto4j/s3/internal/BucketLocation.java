package io.boto4j.s3.internal;

import io.boto4j.core.protocol.xml.SecureXml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * botocore's {@code parse_get_bucket_location} (after-call of GetBucketLocation): the model
 * cannot describe the answer, a bare {@code <LocationConstraint>} element whose text is the
 * region, and an empty element for us-east-1. Reads the root element's text as ElementTree's
 * {@code root.text} does: the text before its first child element, comments skipped; none is null.
 */
public final class BucketLocation {
    private BucketLocation() {
    }

    /**
     * The {@code LocationConstraint} of a GetBucketLocation body: the region, or null for
     * us-east-1 (botocore returns {@code None} there too).
     *
     * @throws io.boto4j.core.protocol.xml.XmlFormatException when the body is not XML (botocore
     *         fails there as well)
     */
    public static String parse(byte[] body) {
        return SecureXml.read(body, BucketLocation::textBeforeFirstChild);
    }

    private static String textBeforeFirstChild(XMLStreamReader root) throws javax.xml.stream.XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (root.hasNext()) {
            int event = root.next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(root.getText());
            }
        }
        return text.length() == 0 ? null : text.toString();
    }
}
