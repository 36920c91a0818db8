package io.boto4j.core.protocol.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.protocol.ServiceErrorDetails;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST codecs on a tiny S3-like model: binding, errors, and what the suites do not cover. */
class RestCodecTest {
    private static final String MODEL = """
            {"metadata": {"protocol": "rest-xml", "apiVersion": "2006-03-01"},
             "operations": {
               "GetObject": {"name": "GetObject", "http": {"method": "GET", "requestUri": "/{Bucket}/{Key+}?x-id=GetObject"},
                 "input": {"shape": "GetObjectRequest"}, "output": {"shape": "GetObjectOutput"},
                 "errors": [{"shape": "NoSuchKey"}]},
               "PutObject": {"name": "PutObject", "http": {"method": "PUT", "requestUri": "/{Bucket}/{Key+}?x-id=PutObject"},
                 "input": {"shape": "PutObjectRequest"}},
               "HeadObject": {"name": "HeadObject", "http": {"method": "HEAD", "requestUri": "/{Bucket}/{Key+}"},
                 "input": {"shape": "GetObjectRequest"}}
             },
             "shapes": {
               "GetObjectRequest": {"type": "structure", "required": ["Bucket", "Key"], "members": {
                 "Bucket": {"shape": "S", "location": "uri", "locationName": "Bucket"},
                 "Key": {"shape": "S", "location": "uri", "locationName": "Key"},
                 "IfMatch": {"shape": "SList", "location": "header", "locationName": "If-Match"},
                 "Meta": {"shape": "Meta", "location": "headers", "locationName": "x-amz-meta-"}}},
               "GetObjectOutput": {"type": "structure", "payload": "Body", "members": {
                 "Body": {"shape": "Stream"},
                 "Meta": {"shape": "Meta", "location": "headers", "locationName": "x-amz-meta-"},
                 "Length": {"shape": "L", "location": "header", "locationName": "Content-Length"}}},
               "PutObjectRequest": {"type": "structure", "payload": "Body", "members": {
                 "Bucket": {"shape": "S", "location": "uri", "locationName": "Bucket"},
                 "Key": {"shape": "S", "location": "uri", "locationName": "Key"},
                 "Body": {"shape": "Stream"}}},
               "NoSuchKey": {"type": "structure", "members": {}, "exception": true},
               "S": {"type": "string"}, "L": {"type": "long"},
               "SList": {"type": "list", "member": {"shape": "S"}},
               "Meta": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "S"}},
               "Stream": {"type": "blob", "streaming": true}
             }}
            """;

    private static final ServiceModel S3 = load();
    private static final URI ENDPOINT = URI.create("https://s3.amazonaws.com");

    private static ServiceModel load() {
        try {
            return ServiceModel.fromJson("s3", new ObjectMapper().readTree(MODEL));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void serializesLabelsLiteralQueryListHeadersAndPrefixHeaders() {
        OperationModel op = S3.operation("GetObject");
        SdkHttpRequest req = new RestXmlProtocolCodec().serialize(op, params(
                "Bucket", "my-bucket", "Key", "dir/a b+c.txt",
                "IfMatch", List.of("x", "y,z"), "Meta", Map.of("color", "blue")), ENDPOINT);
        assertEquals("GET", req.method());
        assertEquals("/my-bucket/dir/a%20b%2Bc.txt", req.encodedPath());
        assertEquals("x-id=GetObject", req.encodedQuery());
        assertEquals("x,\"y,z\"", req.headers().first("If-Match"));
        assertEquals("blue", req.headers().first("x-amz-meta-color"));
        assertNull(req.body());
        assertNull(req.headers().first("Content-Type"));
    }

    @Test
    void rawPayloadIsSentAsIsWithoutADefaultContentTypeInRestXml() {
        SdkHttpRequest req = new RestXmlProtocolCodec().serialize(S3.operation("PutObject"),
                params("Bucket", "b", "Key", "k", "Body", "hello"), ENDPOINT);
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), req.bodyBytes());
        assertEquals("5", req.headers().first("Content-Length"));
        assertNull(req.headers().first("Content-Type"), "S3 must keep its binary/octet-stream default");
    }

    @Test
    void unsetRawPayloadIsAnEmptyBodyWithALength() {
        SdkHttpRequest req = new RestXmlProtocolCodec().serialize(S3.operation("PutObject"),
                params("Bucket", "b", "Key", "k"), ENDPOINT);
        assertEquals(0, req.bodyBytes().length);
        assertEquals("0", req.headers().first("Content-Length"));
    }

    @Test
    void missingLabelNamesParameterAndOperation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RestXmlProtocolCodec()
                .serialize(S3.operation("GetObject"), params("Bucket", "b"), ENDPOINT));
        assertTrue(e.getMessage().contains("'Key'") && e.getMessage().contains("GetObject"), e.getMessage());
    }

    @Test
    void parsesStreamingPayloadAndPrefixHeaders() {
        Headers h = new Headers().add("x-amz-meta-Color", "blue").add("Content-Length", "5");
        Map<String, Object> out = new RestXmlProtocolCodec().parse(S3.operation("GetObject"),
                new SdkHttpResponse(200, h, "hello".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), (byte[]) out.get("Body"));
        assertEquals(Map.of("Color", "blue"), out.get("Meta"));
        assertEquals(5L, out.get("Length"));
    }

    @Test
    void emptyStreamingPayloadIsStillPresent() {
        Map<String, Object> out = new RestXmlProtocolCodec().parse(S3.operation("GetObject"),
                new SdkHttpResponse(200, new Headers(), new byte[0]));
        assertArrayEquals(new byte[0], (byte[]) out.get("Body"));
    }

    @Test
    void s3ErrorWithErrorRoot() {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code>"
                + "<Message>The specified key does not exist.</Message><Key>k</Key>"
                + "<RequestId>REQ1</RequestId><HostId>HOST1</HostId></Error>";
        ServiceErrorDetails err = new RestXmlProtocolCodec().parseError(S3.operation("GetObject"),
                new SdkHttpResponse(404, new Headers(), body.getBytes(StandardCharsets.UTF_8)));
        assertEquals("NoSuchKey", err.code());
        assertEquals("The specified key does not exist.", err.message());
        assertEquals("NoSuchKey", err.shape().name());
        assertEquals("REQ1", err.requestId());
        assertEquals("HOST1", err.extendedRequestId());
        assertEquals(404, err.statusCode());
    }

    @Test
    void bodilessHeadErrorTakesItsCodeFromTheStatus() {
        Headers h = new Headers().add("x-amz-request-id", "REQ2").add("x-amz-id-2", "HOST2");
        ServiceErrorDetails err = new RestXmlProtocolCodec().parseError(S3.operation("HeadObject"),
                new SdkHttpResponse(404, h, new byte[0]));
        assertEquals("404", err.code());
        assertEquals("Not Found", err.message());
        assertNull(err.shape());
        assertEquals("REQ2", err.requestId());
        assertEquals("HOST2", err.extendedRequestId());
    }

    @Test
    void restJsonModeledErrorWithANonJsonBodyKeepsItsCode() {
        Headers h = new Headers().add("x-amzn-errortype", "NoSuchKey:http://internal.amazon.com/");
        ServiceErrorDetails err = new RestJsonProtocolCodec().parseError(S3.operation("GetObject"),
                new SdkHttpResponse(404, h, "<html>not found</html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("NoSuchKey", err.code());
        assertEquals("NoSuchKey", err.shape().name());
        assertTrue(err.fields().isEmpty());
    }

    @Test
    void restJsonErrorFromBodyTypeWhenNotJsonFallsBackToStatus() {
        ServiceErrorDetails err = new RestJsonProtocolCodec().parseError(S3.operation("GetObject"),
                new SdkHttpResponse(502, new Headers(), "<html>bad gateway</html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("502", err.code());
        assertNull(err.shape());
    }
}
