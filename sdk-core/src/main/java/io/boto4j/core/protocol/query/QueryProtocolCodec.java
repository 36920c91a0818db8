package io.boto4j.core.protocol.query;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.protocol.ServiceErrorDetails;
import io.boto4j.core.protocol.support.ContentLength;
import io.boto4j.core.protocol.support.ErrorCodes;
import io.boto4j.core.protocol.support.HostPrefix;
import io.boto4j.core.protocol.support.IdempotencyTokens;
import io.boto4j.core.protocol.support.ResponseParsing;
import io.boto4j.core.protocol.xml.SecureXml;
import io.boto4j.core.protocol.xml.XmlErrorEnvelope;
import io.boto4j.core.protocol.xml.XmlFormatException;
import io.boto4j.core.protocol.xml.XmlValueReader;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code query} protocol (SQS of old, SNS, IAM, STS, CloudFormation, ...) and its {@code ec2}
 * variant: the input goes as a form-encoded POST body ({@code Action}, {@code Version} and the
 * flattened members), the output comes back as XML, wrapped in {@code <OpResult>} for query.
 */
public final class QueryProtocolCodec implements ProtocolCodec {
    /** As botocore sends it, with the charset (the protocol test suites list the media type alone). */
    static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

    private final QueryDialect dialect;

    private QueryProtocolCodec(QueryDialect dialect) {
        this.dialect = dialect;
    }

    /** The codec for the {@code query} protocol. */
    public static QueryProtocolCodec query() {
        return new QueryProtocolCodec(QueryDialect.QUERY);
    }

    /** The codec for the {@code ec2} protocol. */
    public static QueryProtocolCodec ec2() {
        return new QueryProtocolCodec(QueryDialect.EC2);
    }

    @Override
    public String name() {
        return dialect.protocol();
    }

    @Override
    public SdkHttpRequest serialize(OperationModel operation, Map<String, Object> input, URI endpoint) {
        Shape inputShape = operation.inputShape();
        Map<String, Object> params = IdempotencyTokens.fill(inputShape, input);
        QueryFormWriter form = new QueryFormWriter(dialect)
                .param("Action", operation.wireName())
                .param("Version", operation.service().apiVersion());
        if (inputShape != null && params != null) {
            form.structure(inputShape, params);
        }
        byte[] body = form.body().getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest request = new SdkHttpRequest(operation.httpMethod(),
                HostPrefix.apply(operation, params, endpoint), "/"); // botocore ignores requestUri here
        request.headers().set("Content-Type", CONTENT_TYPE);
        return ContentLength.frame(request.body(body));
    }

    @Override
    public Map<String, Object> parse(OperationModel operation, SdkHttpResponse response) {
        Shape output = operation.outputShape();
        byte[] body = response.body();
        if (output == null || isBlank(body)) {
            return new LinkedHashMap<>();
        }
        String wrapper = resultWrapper(operation);
        return SecureXml.read(body, root -> {
            if (wrapper != null && !XmlValueReader.findChild(root, wrapper)) {
                return new LinkedHashMap<>();
            }
            return XmlValueReader.readStructure(root, output);
        });
    }

    /**
     * As botocore: query's {@code <ResponseMetadata><RequestId>} and EC2's {@code <requestId>},
     * children of the root; null when absent or when the body is not XML.
     */
    @Override
    public String requestId(SdkHttpResponse response) {
        byte[] body = response.body();
        if (body == null || isBlank(body)) {
            return null;
        }
        try {
            return SecureXml.read(body, root -> {
                if (dialect == QueryDialect.EC2) {
                    return XmlValueReader.findChild(root, "requestId") ? XmlValueReader.text(root).trim() : null;
                }
                if (!XmlValueReader.findChild(root, "ResponseMetadata")) {
                    return null;
                }
                return XmlValueReader.findChild(root, "RequestId") ? XmlValueReader.text(root).trim() : null;
            });
        } catch (XmlFormatException notXml) {
            return null;
        }
    }

    /**
     * The element holding the output: the model's {@code resultWrapper}; for query, when the
     * model leaves it out, {@code <OpName>Result} as the awsQuery protocol always sends it;
     * for ec2 none (the members sit directly in the root).
     */
    private String resultWrapper(OperationModel operation) {
        String declared = operation.resultWrapper();
        if (declared != null || dialect == QueryDialect.EC2) {
            return declared;
        }
        return operation.wireName() + "Result";
    }

    @Override
    public ServiceErrorDetails parseError(OperationModel operation, SdkHttpResponse response) {
        byte[] body = response.body();
        int status = response.statusCode();
        XmlErrorEnvelope envelope = XmlErrorEnvelope.read(body);
        if (envelope == null || envelope.code() == null) {
            // Not an AWS error body (empty, or a proxy's HTML page): all we know is the status.
            String requestId = envelope == null ? null : envelope.requestId();
            return new ServiceErrorDetails(Integer.toString(status), null, null, Map.of(), requestId, null, status);
        }
        String code = ErrorCodes.bare(envelope.code());
        Shape shape = ErrorCodes.find(operation, code);
        Map<String, Object> fields = shape == null ? Map.of()
                : ResponseParsing.errorFields(() -> envelope.readFields(body, shape));
        return new ServiceErrorDetails(code, envelope.message(), shape, fields, envelope.requestId(),
                envelope.hostId(), status);
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
