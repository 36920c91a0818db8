package io.boto4j.core.protocol.rest;

import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;
import io.boto4j.core.protocol.ServiceErrorDetails;
import io.boto4j.core.protocol.support.ErrorCodes;
import io.boto4j.core.protocol.support.ResponseParsing;
import io.boto4j.core.protocol.xml.SecureXml;
import io.boto4j.core.protocol.xml.XmlErrorEnvelope;
import io.boto4j.core.protocol.xml.XmlValueReader;
import io.boto4j.core.protocol.xml.XmlValueWriter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code rest-xml} protocol (S3, Route 53, CloudFront): the REST HTTP binding with XML
 * documents. The request root element is named by the input's {@code locationName} and carries
 * its {@code xmlNamespace}; errors come as S3's {@code <Error>} or as
 * {@code <ErrorResponse><Error>}, and bodiless errors (HEAD) take their code from the status.
 */
public final class RestXmlProtocolCodec extends RestProtocolCodec {

    @Override
    public String name() {
        return "rest-xml";
    }

    @Override
    protected String documentContentType() {
        return null; // botocore's rest-xml serializer names none
    }

    @Override
    protected byte[] writeInputDocument(OperationModel op, Shape inputShape, Map<String, Object> values) {
        Member input = op.input();
        return XmlValueWriter.toBytes(input, rootName(input), values);
    }

    @Override
    protected byte[] writePayloadDocument(Member payload, Object value) {
        return XmlValueWriter.toBytes(payload, rootName(payload), value);
    }

    /** The element a document is written as: the reference's {@code locationName}, else its shape's name. */
    private static String rootName(Member ref) {
        String name = ref.locationName();
        return name != null ? name : ref.shape().name();
    }

    /**
     * No default Content-Type for blob payloads, as botocore: S3 stores an object sent without
     * one as {@code binary/octet-stream}, and a default here would change what it records.
     */
    @Override
    protected byte[] emptyInputDocument(Shape inputShape) {
        return null;
    }

    @Override
    protected byte[] emptyPayloadDocument(Member payload) {
        return null;
    }

    @Override
    protected Map<String, Object> readDocument(Shape shape, byte[] body) {
        return SecureXml.read(body, root -> XmlValueReader.readStructure(root, shape));
    }

    @Override
    protected Object readPayloadDocument(Member payload, byte[] body) {
        return SecureXml.read(body, root -> XmlValueReader.read(root, payload));
    }

    @Override
    public ServiceErrorDetails parseError(OperationModel op, SdkHttpResponse response) {
        XmlErrorEnvelope envelope = XmlErrorEnvelope.read(response.body());
        ServiceErrorDetails error = unmodeledError(envelope, response);
        Shape shape = ErrorCodes.find(op, error.code());
        if (shape == null) {
            return error;
        }
        Map<String, Object> fields = ResponseParsing.errorFields(() -> {
            Map<String, Object> read = new LinkedHashMap<>();
            ResponseBinding.read(shape, response, read);
            if (envelope != null) {
                read.putAll(envelope.readFields(response.body(), shape));
            }
            return read;
        });
        return new ServiceErrorDetails(error.code(), error.message(), shape, fields, error.requestId(),
                error.extendedRequestId(), error.statusCode());
    }

    /**
     * What an XML error answer says without the operation's model (no error shape, no fields):
     * the code and message of its {@code <Error>} element, else the status and its reason phrase
     * (as botocore names a bodiless error); the request ids from the headers, else from the body.
     * For answers read without a client, such as those to presigned URLs.
     */
    public static ServiceErrorDetails unmodeledError(SdkHttpResponse response) {
        return unmodeledError(XmlErrorEnvelope.read(response.body()), response);
    }

    private static ServiceErrorDetails unmodeledError(XmlErrorEnvelope envelope, SdkHttpResponse response) {
        String requestId = response.headers().first("x-amz-request-id");
        if (requestId == null) {
            requestId = response.headers().first("x-amzn-requestid");
        }
        String hostId = response.headers().first("x-amz-id-2");
        String code;
        String message;
        if (envelope == null || envelope.code() == null) {
            // No usable body (HEAD requests, proxies): botocore names the error after the status.
            code = Integer.toString(response.statusCode());
            message = HttpReasons.phrase(response.statusCode());
        } else {
            code = ErrorCodes.bare(envelope.code());
            message = envelope.message();
        }
        if (envelope != null) {
            requestId = requestId != null ? requestId : envelope.requestId();
            hostId = hostId != null ? hostId : envelope.hostId();
        }
        return new ServiceErrorDetails(code, message, null, Map.of(), requestId, hostId, response.statusCode());
    }
}
