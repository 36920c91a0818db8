package io.boto4j.s3.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.testsupport.Botocore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EncodingType=url on listings, against botocore's {@code decode_list_object*}. */
class UrlEncodedListingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ENCODED = List.of("a%20b+c", "%C3%A9t%C3%A9%2B", "100%", "%zz%2", "%C3",
            "%E2%82", "%E2%82€", "plain", "%f0%9f%98%80", "%2F%2f", "x%00y", "😀%20");

    private static Map<String, Object> listing(String operation) {
        Map<String, Object> r = new HashMap<>();
        r.put("EncodingType", "url");
        int i = 0;
        for (String member : List.of("Delimiter", "Marker", "NextMarker", "Prefix", "StartAfter", "KeyMarker",
                "NextKeyMarker", "ContinuationToken", "NextContinuationToken", "VersionIdMarker")) {
            r.put(member, ENCODED.get(i++ % ENCODED.size()));
        }
        List<Object> contents = new ArrayList<>();
        List<Object> prefixes = new ArrayList<>();
        List<Object> versions = new ArrayList<>();
        for (String e : ENCODED) {
            contents.add(new HashMap<>(Map.of("Key", e, "ETag", "%20")));
            prefixes.add(new HashMap<>(Map.of("Prefix", e)));
            versions.add(new HashMap<>(Map.of("Key", e, "VersionId", "a+b")));
        }
        r.put("Contents", contents);
        r.put("CommonPrefixes", prefixes);
        r.put("Versions", versions);
        r.put("DeleteMarkers", new ArrayList<>(List.of(new HashMap<>(Map.of("Key", "d%20m")))));
        return r;
    }

    @Test
    void decodesWhatBotocoreDecodesForEachOperation() throws Exception {
        Botocore.assumeAvailable();
        List<String> operations = List.of("ListObjects", "ListObjectsV2", "ListObjectVersions");
        List<Map<String, Object>> cases = new ArrayList<>();
        for (String op : operations) {
            for (boolean autoSet : new boolean[] {true, false}) {
                cases.add(Map.of("kind", "decode", "operation", op, "autoSet", autoSet, "parsed", listing(op)));
            }
        }
        List<JsonNode> botocore = Botocore.run("botocore_s3_customizations.py", cases);
        for (int i = 0; i < cases.size(); i++) {
            String op = (String) cases.get(i).get("operation");
            boolean autoSet = (Boolean) cases.get(i).get("autoSet");
            Map<String, Object> mine = listing(op);
            UrlEncodedListings.decode(op, mine, autoSet);
            assertEquals(botocore.get(i).path("parsed"), JSON.valueToTree(mine), op + " autoSet=" + autoSet);
        }
    }

    @Test
    void encodingIsAskedForOnlyWhenTheCallerDidNot() throws Exception {
        Map<String, Object> params = new HashMap<>(Map.of("Bucket", "b"));
        assertTrue(UrlEncodedListings.requestEncoding("ListObjectsV2", params));
        assertEquals("url", params.get("EncodingType"));
        Map<String, Object> chosen = new HashMap<>(Map.of("Bucket", "b", "EncodingType", "url"));
        assertFalse(UrlEncodedListings.requestEncoding("ListObjects", chosen));
        assertFalse(UrlEncodedListings.requestEncoding("ListMultipartUploads", new HashMap<>()),
                "botocore 1.43.107 leaves ListMultipartUploads alone");

        Botocore.assumeAvailable();
        List<JsonNode> botocore = Botocore.run("botocore_s3_customizations.py", List.of(
                Map.of("kind", "setEncoding", "params", Map.of("Bucket", "b")),
                Map.of("kind", "setEncoding", "params", Map.of("Bucket", "b", "EncodingType", "url"))));
        assertEquals("url", botocore.get(0).path("params").path("EncodingType").asText());
        assertTrue(botocore.get(0).path("autoSet").asBoolean());
        assertFalse(botocore.get(1).path("autoSet").asBoolean());
    }

    @Test
    void unquotePlusIsPythons() {
        assertEquals("a b c", UrlEncodedListings.unquotePlus("a%20b+c"));
        assertEquals("100%", UrlEncodedListings.unquotePlus("100%"));
        assertEquals("%zz", UrlEncodedListings.unquotePlus("%zz"));
        assertEquals("\ufffd", UrlEncodedListings.unquotePlus("%C3"));
        assertEquals("😀 ", UrlEncodedListings.unquotePlus("😀%20"));
        assertEquals("%٣٣", UrlEncodedListings.unquotePlus("%٣٣"), "only ASCII hex digits");
    }
}
