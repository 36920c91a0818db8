package io.boto4j.s3.internal;

import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;
import io.boto4j.core.protocol.xml.SecureXml;
import io.boto4j.core.protocol.xml.XmlFormatException;

import javax.xml.stream.XMLStreamReader;

/**
 * S3's "200 OK" that is an error (botocore 1.43.107's {@code _handle_200_error}, before-parse of
 * every S3 operation, with {@code _update_status_code} on needs-retry): CopyObject,
 * UploadPartCopy and CompleteMultipartUpload answer 200 at once and report a failure that
 * happens later in the body, as {@code <Error>}. botocore then takes the status for 500, so the
 * call is retried as a server error and, if retries run out, raised as the error in the body.
 * <ul>
 *   <li>Which operations ({@link #inspects}): every operation with an output shape, no event
 *       stream output, and no blob or string payload member (a streamed body such as
 *       GetObject's cannot be told from an error).
 *   <li>Which bodies ({@link #looksLikeError}): a 200 with a non-empty body that is not a
 *       well-formed XML document (a connection cut mid-body), or whose root element is
 *       {@code Error} without a namespace. Any other status is left alone.
 * </ul>
 */
public final class OkWithError {
    /** The status botocore gives such a response. */
    public static final int TREATED_AS_STATUS = 500;

    private OkWithError() {
    }

    /** Whether botocore inspects this operation's 200 bodies. */
    public static boolean inspects(OperationModel operation) {
        Shape output = operation.outputShape();
        if (output == null || operation.hasEventStreamOutput()) {
            return false;
        }
        String payload = output.payload();
        Member member = payload == null ? null : output.member(payload);
        return member == null || (member.type() != ShapeType.BLOB && member.type() != ShapeType.STRING);
    }

    /** Whether a response of this status and (whole) body is an error in a 200. */
    public static boolean looksLikeError(int status, byte[] body) {
        if (status != 200 || body == null || body.length == 0) {
            return false;
        }
        try {
            return SecureXml.read(body, OkWithError::rootIsErrorAfterWholeDocument);
        } catch (XmlFormatException e) {
            // Truncated or not XML: botocore treats it as a server error to retry.
            return true;
        }
    }

    /** Reads to the end (a truncated document must fail), answering whether the root was {@code <Error>}. */
    private static boolean rootIsErrorAfterWholeDocument(XMLStreamReader root) throws javax.xml.stream.XMLStreamException {
        String namespace = root.getNamespaceURI();
        boolean error = "Error".equals(root.getLocalName()) && (namespace == null || namespace.isEmpty());
        while (root.hasNext()) {
            root.next();
        }
        return error;
    }
}
