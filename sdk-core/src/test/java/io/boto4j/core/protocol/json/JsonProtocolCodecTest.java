package io.boto4j.core.protocol.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.protocol.Protocols;
import io.boto4j.core.protocol.ServiceErrorDetails;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonProtocolCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String MODEL = """
            {"metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Svc_2020"%s},
             "operations": {
               "Op": {"name": "Op", "input": {"shape": "In"}, "errors": [{"shape": "Declared"}],
                      "endpoint": {"hostPrefix": "{Label}."}}
             },
             "shapes": {
               "In": {"type": "structure", "members": {
                 "Label": {"shape": "String", "hostLabel": true},
                 "Token": {"shape": "String", "idempotencyToken": true}}},
               "String": {"type": "string"},
               "Declared": {"type": "structure", "exception": true, "members": {"Detail": {"shape": "String"}}},
               "Undeclared": {"type": "structure", "exception": true, "error": {"code": "OldCode"},
                              "members": {"message": {"shape": "String"}}}
             }}""";

    private static OperationModel op(String extraMetadata) throws Exception {
        return ServiceModel.fromJson("svc", JSON.readTree(String.format(MODEL, extraMetadata))).operation("Op");
    }

    private static ServiceErrorDetails error(String extraMetadata, Headers headers, String body) throws Exception {
        return Protocols.forName("json").parseError(op(extraMetadata),
                new SdkHttpResponse(400, headers, body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void requestCarriesTargetVersionHostPrefixAndToken() throws Exception {
        SdkHttpRequest r = Protocols.forName("json").serialize(op(""), Map.of("Label", "acct"),
                URI.create("https://svc.example.com"));
        assertEquals("Svc_2020.Op", r.headers().first("X-Amz-Target"));
        assertEquals("application/x-amz-json-1.1", r.headers().first("Content-Type"));
        assertEquals("acct.svc.example.com", r.endpoint().getHost());
        Map<?, ?> body = JSON.readValue(r.bodyBytes(), Map.class);
        assertEquals("acct", body.get("Label"));
        assertEquals(36, ((String) body.get("Token")).length());
        assertEquals(Integer.toString(r.bodyBytes().length), r.headers().first("Content-Length"));
        assertNull(r.headers().first("x-amzn-query-mode"));
    }

    /** The wire carries the model's name field where it differs from the operation's key. */
    @Test
    void theTargetNamesTheWireName() throws Exception {
        OperationModel op = ServiceModel.fromJson("svc", JSON.readTree("""
                {"metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Svc_2020"},
                 "operations": {"List": {"name": "List2020_05_31"}}, "shapes": {}}""")).operation("List");
        SdkHttpRequest r = Protocols.forName("json").serialize(op, Map.of(), URI.create("https://svc.example.com"));
        assertEquals("Svc_2020.List2020_05_31", r.headers().first("X-Amz-Target"));
        assertEquals("List", op.name());
    }

    @Test
    void dunderTypeWinsOverCodeAndHeader() throws Exception {
        Headers h = new Headers().add("X-Amzn-Errortype", "FromHeader");
        assertEquals("Declared", error("", h, "{\"__type\":\"ns#Declared\",\"code\":\"FromCode\"}").code());
        assertEquals("FromCode", error("", h, "{\"code\":\"FromCode\"}").code());
        assertEquals("FromHeader", error("", h, "{}").code());
        assertEquals("400", error("", new Headers(), "").code());
    }

    @Test
    void modeledErrorFieldsAndMessage() throws Exception {
        ServiceErrorDetails e = error("", new Headers().add("x-amzn-RequestId", "rid"),
                "{\"__type\":\"Declared\",\"Detail\":\"d\",\"Message\":\"m\"}");
        assertEquals("Declared", e.shape().name());
        assertEquals(Map.of("Detail", "d"), e.fields());
        assertEquals("m", e.message());
        assertEquals("rid", e.requestId());
        assertEquals(400, e.statusCode());
    }

    @Test
    void undeclaredErrorsAreFoundByTheirErrorCodeTrait() throws Exception {
        ServiceErrorDetails e = error("", new Headers(), "{\"__type\":\"OldCode\",\"message\":\"m\"}");
        assertNotNull(e.shape());
        assertEquals("Undeclared", e.shape().name());
        assertEquals(Map.of("message", "m"), e.fields());
    }

    @Test
    void queryCompatibleServicesUseTheQueryErrorHeader() throws Exception {
        String qc = ", \"awsQueryCompatible\": {}";
        Headers h = new Headers().add("x-amzn-query-error", "OldCode;Sender");
        ServiceErrorDetails e = error(qc, h, "{\"__type\":\"ns#Undeclared\",\"message\":\"m\"}");
        assertEquals("OldCode", e.code());
        assertEquals("Undeclared", e.shape().name());
        // A malformed header leaves the body's code alone.
        Headers bad = new Headers().add("x-amzn-query-error", ";Sender");
        assertEquals("Undeclared", error(qc, bad, "{\"__type\":\"ns#Undeclared\"}").code());
        SdkHttpRequest r = Protocols.forName("json").serialize(op(qc), Map.of("Label", "a"), URI.create("https://h"));
        assertEquals("true", r.headers().first("x-amzn-query-mode"));
    }

    @Test
    void nonJsonErrorBodiesBecomeTheMessage() throws Exception {
        ServiceErrorDetails e = error("", new Headers(), "<html>Bad Gateway</html>");
        assertEquals("400", e.code());
        assertEquals("<html>Bad Gateway</html>", e.message());
        assertTrue(e.fields().isEmpty());
    }
}
