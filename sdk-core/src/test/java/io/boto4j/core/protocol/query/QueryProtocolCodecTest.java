package io.boto4j.core.protocol.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.protocol.Protocols;
import io.boto4j.core.ResponseParseException;
import io.boto4j.core.protocol.ServiceErrorDetails;
import io.boto4j.core.protocol.xml.XmlFormatException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryProtocolCodecTest {
    private static final URI ENDPOINT = URI.create("https://svc.us-east-1.amazonaws.com");

    private static ServiceModel model(String protocol) {
        String json = """
            {
              "metadata": {"protocol": "%s", "apiVersion": "2011-06-15"},
              "operations": {
                "Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"},
                       "input": {"shape": "In"},
                       "output": {"shape": "Out"%s},
                       "errors": [{"shape": "Throttled"}]}
              },
              "shapes": {
                "In": {"type": "structure", "members": {
                  "name": {"shape": "String"},
                  "Renamed": {"shape": "String", "locationName": "other"},
                  "Queried": {"shape": "String", "locationName": "ignored", "queryName": "QN"},
                  "Tags": {"shape": "TagList"},
                  "Ids": {"shape": "IdList"},
                  "Attrs": {"shape": "AttrMap"},
                  "Nested": {"shape": "NestedMap"},
                  "When": {"shape": "Timestamp"},
                  "Blob": {"shape": "Blob"},
                  "Ratio": {"shape": "Double"},
                  "Flag": {"shape": "Boolean"}
                }},
                "Out": {"type": "structure", "members": {
                  "Value": {"shape": "String"},
                  "Tags": {"shape": "TagList"}
                }},
                "Throttled": {"type": "structure", "members": {
                  "Message": {"shape": "String"},
                  "RetryAfter": {"shape": "Integer"}
                }, "error": {"code": "Throttling", "httpStatusCode": 400, "senderFault": true}, "exception": true},
                "Tag": {"type": "structure", "members": {"Key": {"shape": "String"}, "Value": {"shape": "String"}}},
                "TagList": {"type": "list", "member": {"shape": "Tag", "locationName": "Tag"}},
                "IdList": {"type": "list", "member": {"shape": "String"}, "flattened": true},
                "AttrMap": {"type": "map", "key": {"shape": "String", "locationName": "Name"},
                            "value": {"shape": "String", "locationName": "Value"}, "flattened": true},
                "NestedMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "IdList"}},
                "String": {"type": "string"},
                "Integer": {"type": "integer"},
                "Double": {"type": "double"},
                "Boolean": {"type": "boolean"},
                "Blob": {"type": "blob"},
                "Timestamp": {"type": "timestamp"}
              }
            }
            """.formatted(protocol, protocol.equals("ec2") ? "" : ", \"resultWrapper\": \"OpResult\"");
        try {
            return ServiceModel.fromJson("svc", new ObjectMapper().readTree(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> input() {
        return map("name", "a b&c", "Renamed", "r", "Queried", "q",
                "Tags", List.of(map("Key", "k1", "Value", "v1"), map("Key", "k2")),
                "Ids", List.of("i-1", "i-2"),
                "Attrs", map("color", "red"),
                "Nested", map("x", List.of("1", "2")),
                "When", Instant.parse("2020-01-02T03:04:05.678Z"),
                "Blob", "hi".getBytes(StandardCharsets.UTF_8),
                "Ratio", 1.0E20, "Flag", true);
    }

    private static String body(SdkHttpRequest request) {
        return new String(request.bodyBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void queryFlattensMembersLikeBotocore() {
        ServiceModel m = model("query");
        SdkHttpRequest req = Protocols.forName("query").serialize(m.operation("Op"), input(), ENDPOINT);
        assertEquals("Action=Op&Version=2011-06-15&name=a%20b%26c&other=r&ignored=q"
                + "&Tags.Tag.1.Key=k1&Tags.Tag.1.Value=v1&Tags.Tag.2.Key=k2"
                + "&Ids.1=i-1&Ids.2=i-2"
                + "&Attrs.1.Name=color&Attrs.1.Value=red"
                + "&Nested.entry.1.key=x&Nested.entry.1.value.1=1&Nested.entry.1.value.2=2"
                + "&When=2020-01-02T03%3A04%3A05.678000Z&Blob=aGk%3D&Ratio=1e%2B20&Flag=true", body(req));
        assertEquals("POST", req.method());
        assertEquals("application/x-www-form-urlencoded; charset=utf-8", req.headers().first("Content-Type"));
        assertEquals(Integer.toString(req.bodyBytes().length), req.headers().first("Content-Length"));
    }

    @Test
    void ec2UsesQueryNameCapitalizesAndNumbersListsDirectly() {
        ServiceModel m = model("ec2");
        SdkHttpRequest req = Protocols.forName("ec2").serialize(m.operation("Op"),
                map("name", "n", "Renamed", "r", "Queried", "q", "Tags", List.of(map("Key", "k")), "Ids", List.of()),
                ENDPOINT);
        assertEquals("Action=Op&Version=2011-06-15&Name=n&Other=r&QN=q&Tags.1.Key=k", body(req));
    }

    @Test
    void ec2MapsKeepBotocoresLowercaseDefaults() {
        SdkHttpRequest req = Protocols.forName("ec2").serialize(model("ec2").operation("Op"),
                map("Attrs", map("color", "red"), "Nested", map("x", List.of("1"))), ENDPOINT);
        assertEquals("Action=Op&Version=2011-06-15&Attrs.1.Name=color&Attrs.1.Value=red"
                + "&Nested.entry.1.key=x&Nested.entry.1.value.1=1", body(req));
    }

    @Test
    void queryKeepsEmptyListsEc2DropsThem() {
        Map<String, Object> in = map("Tags", List.of());
        assertTrue(body(Protocols.forName("query").serialize(model("query").operation("Op"), in, ENDPOINT))
                .endsWith("&Tags="));
        assertEquals("Action=Op&Version=2011-06-15",
                body(Protocols.forName("ec2").serialize(model("ec2").operation("Op"), in, ENDPOINT)));
    }

    @Test
    void readsTheResultWrapper() {
        ProtocolCodec codec = Protocols.forName("query");
        String xml = "<OpResponse xmlns=\"https://svc.amazonaws.com/doc/2011-06-15/\"><OpResult><Value>v</Value>"
                + "<Tags><Tag><Key>k</Key></Tag></Tags></OpResult>"
                + "<ResponseMetadata><RequestId>rid</RequestId></ResponseMetadata></OpResponse>";
        Map<String, Object> out = codec.parse(model("query").operation("Op"), response(200, xml));
        assertEquals(map("Value", "v", "Tags", List.of(map("Key", "k"))), out);
    }

    @Test
    void ec2ReadsTheRootAndIgnoresRequestId() {
        String xml = "<OpResponse><requestId>rid</requestId><Value>v</Value></OpResponse>";
        Map<String, Object> out = Protocols.forName("ec2").parse(model("ec2").operation("Op"), response(200, xml));
        assertEquals(map("Value", "v"), out);
    }

    @Test
    void emptyBodyIsAnEmptyResult() {
        assertEquals(Map.of(), Protocols.forName("query").parse(model("query").operation("Op"), response(200, "")));
    }

    @Test
    void queryErrorFindsTheModeledShapeByErrorCode() {
        String xml = "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Slow down</Message>"
                + "<RetryAfter>5</RetryAfter></Error><RequestId>req-1</RequestId></ErrorResponse>";
        ServiceModel m = model("query");
        ServiceErrorDetails e = Protocols.forName("query").parseError(m.operation("Op"), response(400, xml));
        assertEquals("Throttling", e.code());
        assertEquals("Slow down", e.message());
        assertSame(m.shape("Throttled"), e.shape());
        assertEquals(map("Message", "Slow down", "RetryAfter", 5), e.fields());
        assertEquals("req-1", e.requestId());
        assertEquals(400, e.statusCode());
    }

    @Test
    void ec2ErrorEnvelopeAndUnmodeledCode() {
        String xml = "<Response><Errors><Error><Code>InvalidInstanceID.Malformed</Code><Message>bad id</Message>"
                + "</Error></Errors><RequestID>req-2</RequestID></Response>";
        ServiceErrorDetails e = Protocols.forName("ec2").parseError(model("ec2").operation("Op"), response(400, xml));
        assertEquals("InvalidInstanceID.Malformed", e.code());
        assertEquals("bad id", e.message());
        assertNull(e.shape());
        assertEquals(Map.of(), e.fields());
        assertEquals("req-2", e.requestId());
    }

    @Test
    void nonXmlErrorBodyGivesTheStatusAsCode() {
        ServiceErrorDetails e = Protocols.forName("query").parseError(model("query").operation("Op"),
                response(503, "<html><body>Service Unavailable</body></html>"));
        assertEquals("503", e.code());
        assertNull(e.shape());
    }

    @Test
    void responsesWithADoctypeAreRefused() {
        String xxe = "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<OpResponse><OpResult><Value>&x;</Value></OpResult></OpResponse>";
        ResponseParseException refused = assertThrows(ResponseParseException.class,
                () -> Protocols.forName("query").parse(model("query").operation("Op"), response(200, xxe)));
        assertInstanceOf(XmlFormatException.class, refused.getCause());
        assertTrue(refused.getMessage().contains("document type declarations are not accepted"), refused.getMessage());
        ServiceErrorDetails e = Protocols.forName("query").parseError(model("query").operation("Op"),
                response(400, "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                        + "<ErrorResponse><Error><Code>&x;</Code></Error></ErrorResponse>"));
        assertEquals("400", e.code(), "a DTD-bearing error body is treated as not XML");
    }

    /** botocore's query serializer sends every operation to '/' (Import/Export models '/?Operation=X'). */
    @Test
    void theRequestUriOfTheModelIsNotUsed() throws Exception {
        ServiceModel m = ServiceModel.fromJson("svc", new ObjectMapper().readTree("""
                {"metadata": {"protocol": "query", "apiVersion": "2010-06-01"},
                 "operations": {"ListJobs": {"name": "ListJobs",
                     "http": {"method": "POST", "requestUri": "/?Operation=ListJobs"}}},
                 "shapes": {}}"""));
        SdkHttpRequest req = Protocols.forName("query").serialize(m.operation("ListJobs"), new LinkedHashMap<>(),
                URI.create("https://importexport.amazonaws.com"));
        assertEquals("https://importexport.amazonaws.com/", req.uri().toString());
    }

    /** As botocore, a success's request id comes from the body: ResponseMetadata for query, requestId for EC2. */
    @Test
    void requestIdsFromTheBody() {
        assertEquals("q-1", Protocols.forName("query").requestId(response(200, "<OpResponse><OpResult/>"
                + "<ResponseMetadata><RequestId> q-1 </RequestId></ResponseMetadata></OpResponse>")));
        assertEquals("e-1", Protocols.forName("ec2").requestId(response(200,
                "<OpResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>e-1</requestId></OpResponse>")));
        assertNull(Protocols.forName("query").requestId(response(200, "<OpResponse><OpResult/></OpResponse>")));
        assertNull(Protocols.forName("ec2").requestId(response(200, "")));
        assertNull(Protocols.forName("ec2").requestId(response(200, "not xml")));
    }

    private static SdkHttpResponse response(int status, String body) {
        return new SdkHttpResponse(status, new Headers(), body.getBytes(StandardCharsets.UTF_8));
    }
}
