package io.boto4j.core.protocol.cbor;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.protocol.ServiceErrorDetails;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RpcV2CborCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();
    private static final URI ENDPOINT = URI.create("https://example.com");

    private static final String MODEL = """
            {"metadata": {"protocol": "smithy-rpc-v2-cbor", "targetPrefix": "Svc"},
             "operations": {
               "Op": {"name": "Op", "input": {"shape": "In"}, "output": {"shape": "In"},
                      "errors": [{"shape": "Boom"}]},
               "Bare": {"name": "Bare"}
             },
             "shapes": {
               "In": {"type": "structure", "members": {
                 "T": {"shape": "Time"}, "B": {"shape": "Blob"}, "D": {"shape": "Double"},
                 "F": {"shape": "Float"}, "M": {"shape": "StringMap"}, "L": {"shape": "Strings"}}},
               "Time": {"type": "timestamp"}, "Blob": {"type": "blob"}, "Double": {"type": "double"},
               "Float": {"type": "float"}, "String": {"type": "string"},
               "StringMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
               "Strings": {"type": "list", "member": {"shape": "String"}},
               "Boom": {"type": "structure", "exception": true, "members": {"Reason": {"shape": "String"}}}
             }}""";

    private static OperationModel op(String name) throws Exception {
        return ServiceModel.fromJson("svc", JSON.readTree(MODEL)).operation(name);
    }

    private static SdkHttpRequest serialize(Map<String, Object> input) throws Exception {
        return new RpcV2CborCodec().serialize(op("Op"), input, ENDPOINT);
    }

    private static Map<String, Object> parse(String hex) throws Exception {
        return new RpcV2CborCodec().parse(op("Op"), new SdkHttpResponse(200, new Headers(), HEX.parseHex(hex)));
    }

    @Test
    void timestampsAreTagOneEpochSeconds() throws Exception {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("T", Instant.ofEpochSecond(1));
        // a1 (map of 1) 61 54 ("T") c1 (tag 1) 01
        assertEquals("a16154c101", HEX.formatHex(serialize(in).bodyBytes()));
        in.put("T", Instant.ofEpochMilli(1500));
        // c1 fb <double 1.5>
        assertEquals("a16154c1fb3ff8000000000000", HEX.formatHex(serialize(in).bodyBytes()));
        assertEquals(Instant.ofEpochMilli(1500), parse("a16154c1fb3ff8000000000000").get("T"));
        assertEquals(Instant.ofEpochSecond(1), parse("a16154c101").get("T"));
    }

    @Test
    void blobsAreByteStrings() throws Exception {
        Map<String, Object> in = Map.of("B", new byte[] {1, 2});
        // 61 42 ("B") 42 (bytes of 2) 01 02
        assertEquals("a161424201" + "02", HEX.formatHex(serialize(in).bodyBytes()));
        assertArrayEquals(new byte[] {1, 2}, (byte[]) parse("a16142420102").get("B"));
    }

    @Test
    void nonFiniteFloatsStayIeeeValues() throws Exception {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("D", Double.NaN);
        in.put("F", Float.NEGATIVE_INFINITY);
        String hex = HEX.formatHex(serialize(in).bodyBytes());
        assertTrue(hex.startsWith("a26144fb7ff8"), hex);
        assertTrue(hex.endsWith("6146faff800000"), hex);
        // Half-precision values as servers may send them: f9 7c00 = +Infinity, f9 7e00 = NaN.
        assertEquals(Double.POSITIVE_INFINITY, parse("a16144f97c00").get("D"));
        assertTrue(((Float) parse("a16146f97e00").get("F")).isNaN());
    }

    @Test
    void indefiniteLengthItemsAreAccepted() throws Exception {
        // bf (map) 61 4c ("L") 9f (list) 7f 61 61 61 62 ff (chunked "ab") ff ff
        Map<String, Object> out = parse("bf614c9f7f61616162ffffff");
        assertEquals(java.util.List.of("ab"), out.get("L"));
    }

    @Test
    void nullMapValuesAreSkippedButListNullsKept() throws Exception {
        // {"M": {"a": null, "b": "x"}, "L": ["x", null]}
        Map<String, Object> out = parse("a2614da26161f661626178614c826178f6");
        assertEquals(Map.of("b", "x"), out.get("M"));
        assertEquals(java.util.Arrays.asList("x", null), out.get("L"));
    }

    @Test
    void containersHaveDefiniteLengths() throws Exception {
        Map<String, Object> in = Map.of("L", java.util.List.of("a"), "M", Map.of());
        String hex = HEX.formatHex(serialize(in).bodyBytes());
        assertEquals("a2614da0614c816161", hex);
    }

    @Test
    void emptyInputIsAnEmptyMapButNoInputShapeMeansNoBody() throws Exception {
        SdkHttpRequest withShape = serialize(Map.of());
        assertEquals("a0", HEX.formatHex(withShape.bodyBytes()));
        assertEquals("application/cbor", withShape.headers().first("Content-Type"));
        assertEquals("1", withShape.headers().first("Content-Length"));
        assertEquals("/service/Svc/operation/Op", withShape.encodedPath());

        SdkHttpRequest bare = new RpcV2CborCodec().serialize(op("Bare"), Map.of(), ENDPOINT);
        assertNull(bare.body());
        assertFalse(bare.headers().contains("Content-Type"));
        assertEquals("application/cbor", bare.headers().first("Accept"));
        assertEquals("rpc-v2-cbor", bare.headers().first("smithy-protocol"));
        assertFalse(bare.headers().contains("x-amzn-query-mode"));
    }

    @Test
    void errorsReadTypeAndFields() throws Exception {
        // {"__type": "ns#Boom", "Reason": "r", "message": "m"}
        String hex = "a3" + "665f5f74797065" + "676e7323426f6f6d" + "66526561736f6e" + "6172"
                + "676d657373616765" + "616d";
        Headers h = new Headers().add("x-amzn-requestid", "req-1");
        ServiceErrorDetails err = new RpcV2CborCodec().parseError(op("Op"), new SdkHttpResponse(400, h, HEX.parseHex(hex)));
        assertEquals("Boom", err.code());
        assertEquals("m", err.message());
        assertEquals(Map.of("Reason", "r"), err.fields());
        assertEquals("req-1", err.requestId());
    }

    @Test
    void unparseableErrorBodiesFallBackToTheStatus() throws Exception {
        ServiceErrorDetails err = new RpcV2CborCodec().parseError(op("Op"),
                new SdkHttpResponse(503, new Headers(), "<html>busy</html>".getBytes()));
        assertEquals("503", err.code());
        assertNull(err.shape());
    }
}
