package io.boto4j.core.protocol.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.model.Shape;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonBodyCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SHAPES = """
            {
              "Top": {"type": "structure", "members": {
                "F": {"shape": "Float"}, "D": {"shape": "Double"},
                "B": {"shape": "Blob"},
                "Unix": {"shape": "Time"},
                "Iso": {"shape": "Time", "timestampFormat": "iso8601"},
                "Http": {"shape": "Time", "timestampFormat": "rfc822"},
                "IsoShape": {"shape": "IsoTime"},
                "Doc": {"shape": "Doc"},
                "U": {"shape": "Choice"},
                "Empty": {"shape": "Empty"},
                "Renamed": {"shape": "String", "locationName": "wire"},
                "Header": {"shape": "String", "location": "header", "locationName": "X-H"},
                "Strings": {"shape": "Strings"},
                "StringMap": {"shape": "StringMap"},
                "Dec": {"shape": "Dec"},
                "Json": {"shape": "String", "jsonvalue": true}
              }},
              "Float": {"type": "float"}, "Double": {"type": "double"}, "Blob": {"type": "blob"},
              "Time": {"type": "timestamp"},
              "IsoTime": {"type": "timestamp", "timestampFormat": "iso8601"},
              "Doc": {"type": "structure", "members": {}, "document": true},
              "Choice": {"type": "structure", "union": true, "members": {
                "S": {"shape": "String"}, "N": {"shape": "Integer"}}},
              "Empty": {"type": "structure", "members": {}},
              "String": {"type": "string"}, "Integer": {"type": "integer"},
              "Strings": {"type": "list", "member": {"shape": "String"}},
              "StringMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
              "Dec": {"type": "bigdecimal"}
            }""";

    private static Shape top() throws Exception {
        String model = "{\"metadata\":{\"protocol\":\"json\"},\"operations\":{},\"shapes\":" + SHAPES + "}";
        return ServiceModel.fromJson("test", JSON.readTree(model)).shape("Top");
    }

    private static JsonNode write(Map<String, Object> value) throws Exception {
        byte[] out = JsonBodyWriter.INSTANCE.writeStructure(top(), value, JsonBodyWriter.BODY_MEMBERS);
        return JSON.readTree(out);
    }

    private static String writeText(Map<String, Object> value) throws Exception {
        return new String(JsonBodyWriter.INSTANCE.writeStructure(top(), value, JsonBodyWriter.BODY_MEMBERS),
                StandardCharsets.UTF_8);
    }

    private static Map<String, Object> read(String json) throws Exception {
        return JsonBodyReader.INSTANCE.readStructure(top(), JsonBodyReader.parse(json.getBytes(StandardCharsets.UTF_8)),
                JsonBodyWriter.BODY_MEMBERS);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void nonFiniteFloatsAreWrittenAndReadAsTheirNames() throws Exception {
        JsonNode n = write(map("F", Float.NaN, "D", Double.NEGATIVE_INFINITY));
        assertEquals("NaN", n.get("F").textValue());
        assertEquals("-Infinity", n.get("D").textValue());
        Map<String, Object> r = read("{\"F\":\"Infinity\",\"D\":\"NaN\"}");
        assertEquals(Float.POSITIVE_INFINITY, r.get("F"));
        assertTrue(((Double) r.get("D")).isNaN());
    }

    @Test
    void finiteFloatsStayNumbers() throws Exception {
        JsonNode n = write(map("F", 1.5f, "D", 0.1));
        assertTrue(n.get("F").isNumber());
        assertEquals("0.1", n.get("D").asText());
        assertEquals(1.5f, read("{\"F\":1.5}").get("F"));
    }

    @Test
    void blobsAreBase64BothWaysAndStringsAreSentAsUtf8() throws Exception {
        byte[] bytes = {0, (byte) 0xff, 10, 'a'};
        assertEquals("AP8KYQ==", write(map("B", bytes)).get("B").textValue());
        assertEquals("w6k=", write(map("B", "é")).get("B").textValue());
        assertArrayEquals(bytes, (byte[]) read("{\"B\":\"AP8KYQ==\"}").get("B"));
    }

    @Test
    void timestampsFollowTheFormatTraitOnMemberOrShape() throws Exception {
        Instant t = Instant.parse("2000-01-02T20:34:56Z");
        JsonNode n = write(map("Unix", t, "Iso", t, "Http", t, "IsoShape", t));
        assertTrue(n.get("Unix").isIntegralNumber());
        assertEquals(946845296L, n.get("Unix").longValue());
        assertEquals("2000-01-02T20:34:56Z", n.get("Iso").textValue());
        assertEquals("Sun, 02 Jan 2000 20:34:56 GMT", n.get("Http").textValue());
        assertEquals("2000-01-02T20:34:56Z", n.get("IsoShape").textValue());
    }

    @Test
    void timestampsHaveAFractionOnlyWhenPresentToTheMicrosecondAsBotocore() throws Exception {
        assertEquals("{\"Unix\":946845296.12}", writeText(map("Unix", Instant.parse("2000-01-02T20:34:56.120Z"))));
        assertEquals("{\"Unix\":946845296.123456}",
                writeText(map("Unix", Instant.parse("2000-01-02T20:34:56.123456789Z"))));
        assertEquals("2000-01-02T20:34:56.120000Z", write(map("Iso", Instant.parse("2000-01-02T20:34:56.120Z")))
                .get("Iso").textValue());
        assertEquals("2000-01-02T20:34:56.000001Z", write(map("Iso", Instant.parse("2000-01-02T20:34:56.000001Z")))
                .get("Iso").textValue());
        assertEquals("2000-01-02T20:34:56Z", write(map("Iso", Instant.parse("2000-01-02T20:34:56.000000999Z")))
                .get("Iso").textValue());
    }

    @Test
    void timestampsAreReadFromAnyFormat() throws Exception {
        Instant t = Instant.parse("2000-01-02T20:34:56.123Z");
        assertEquals(t, read("{\"Unix\":946845296.123}").get("Unix"));
        assertEquals(t, read("{\"Unix\":\"2000-01-02T20:34:56.123Z\"}").get("Unix"));
        assertEquals(Instant.parse("2000-01-02T20:34:56Z"), read("{\"Iso\":946845296}").get("Iso"));
        assertEquals(Instant.parse("2000-01-02T20:34:56Z"), read("{\"Iso\":\"Sun, 02 Jan 2000 20:34:56 GMT\"}").get("Iso"));
    }

    @Test
    void documentsArePlainJsonBothWays() throws Exception {
        List<Object> list = new ArrayList<>(Arrays.asList(1, "two", null, true, 2.5));
        Map<String, Object> doc = map("a", list, "b", map("c", 9_000_000_000L));
        JsonNode n = write(map("Doc", doc));
        assertEquals("{\"a\":[1,\"two\",null,true,2.5],\"b\":{\"c\":9000000000}}", n.get("Doc").toString());
        Map<String, Object> r = read("{\"Doc\":{\"a\":[1,\"two\",null,true,2.5],\"b\":{\"c\":9000000000}}}");
        assertEquals(doc, r.get("Doc"));
        assertEquals("x", read("{\"Doc\":\"x\"}").get("Doc"));
    }

    @Test
    void unionsTakeExactlyOneMember() throws Exception {
        assertEquals("{\"S\":\"x\"}", write(map("U", map("S", "x", "N", null))).get("U").toString());
        assertThrows(IllegalArgumentException.class, () -> write(map("U", map("S", "x", "N", 1))));
        assertThrows(IllegalArgumentException.class, () -> write(map("U", map("S", null))));
        assertEquals(map("N", 3), read("{\"U\":{\"__type\":\"ns#Choice\",\"N\":3}}").get("U"));
        assertEquals(map(JsonBodyReader.UNKNOWN_UNION_MEMBER, Map.of("name", "Later")),
                read("{\"U\":{\"Later\":1}}").get("U"));
    }

    @Test
    void emptyStructuresAreEmptyObjects() throws Exception {
        assertEquals("{}", new String(JsonBodyWriter.INSTANCE.writeStructure(top(), null, JsonBodyWriter.ALL_MEMBERS),
                StandardCharsets.UTF_8));
        assertEquals("{}", write(map("Empty", map())).get("Empty").toString());
        assertEquals(map("Empty", map()), read("{\"Empty\":{}}"));
        assertEquals(map(), read(""));
        assertEquals(map(), read("  \n"));
    }

    @Test
    void wireNamesLocationsAndNulls() throws Exception {
        JsonNode n = write(map("Renamed", "r", "Header", "h", "Strings", null));
        assertEquals("{\"wire\":\"r\"}", n.toString());
        Map<String, Object> r = read("{\"wire\":\"r\",\"Renamed\":\"no\",\"X-H\":\"no\",\"Header\":\"no\",\"Extra\":1}");
        assertEquals(map("Renamed", "r"), r);
        assertFalse(read("{\"wire\":null}").containsKey("Renamed"));
    }

    @Test
    void nullsInListsAndMapsAreKept() throws Exception {
        JsonNode n = write(map("Strings", Arrays.asList("a", null), "StringMap", map("k", null)));
        assertEquals("{\"Strings\":[\"a\",null],\"StringMap\":{\"k\":null}}", n.toString());
        Map<String, Object> r = read("{\"Strings\":[\"a\",null],\"StringMap\":{\"k\":null}}");
        assertEquals(Arrays.asList("a", null), r.get("Strings"));
        assertTrue(((Map<?, ?>) r.get("StringMap")).containsKey("k"));
        assertNull(((Map<?, ?>) r.get("StringMap")).get("k"));
    }

    @Test
    void bigDecimalsStayExact() throws Exception {
        assertEquals(new java.math.BigDecimal("1.2345678901234567890123"),
                read("{\"Dec\":1.2345678901234567890123}").get("Dec"));
        assertEquals("{\"Dec\":1.2345678901234567890123}",
                writeText(map("Dec", new java.math.BigDecimal("1.2345678901234567890123"))));
    }

    @Test
    void jsonValueStringsAcceptPlainValues() throws Exception {
        assertEquals("{\"a\":1}", write(map("Json", map("a", 1))).get("Json").textValue());
        assertEquals("{\"a\":1}", write(map("Json", "{\"a\":1}")).get("Json").textValue());
    }

    @Test
    void writesPayloadValuesOfAnyShape() throws Exception {
        Member strings = top().member("Strings");
        assertEquals("[\"x\"]", new String(JsonBodyWriter.INSTANCE.writeValue(strings, List.of("x")),
                StandardCharsets.UTF_8));
    }
}
