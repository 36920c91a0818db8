package io.boto4j.core.validation;

import io.boto4j.core.ParamValidationException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParamValidatorTest {
    private static final String MODEL = """
            {"metadata": {"protocol": "rest-xml", "apiVersion": "2006-03-01", "endpointPrefix": "s3"},
             "operations": {
               "DeleteObjects": {"name": "DeleteObjects", "http": {"method": "POST", "requestUri": "/{Bucket}?delete"},
                                 "input": {"shape": "DeleteObjectsRequest"}},
               "NoInput": {"name": "NoInput", "http": {"method": "GET", "requestUri": "/"}}
             },
             "shapes": {
               "DeleteObjectsRequest": {"type": "structure", "required": ["Bucket", "Delete"], "members": {
                  "Bucket": {"shape": "BucketName"}, "Delete": {"shape": "Delete"},
                  "When": {"shape": "Time"}, "Data": {"shape": "Blob"}, "Count": {"shape": "Count"},
                  "Size": {"shape": "Size"}, "Ratio": {"shape": "Ratio"}, "Doc": {"shape": "Doc"},
                  "Choice": {"shape": "Choice"}, "Tags": {"shape": "Tags"}, "Secret": {"shape": "Secret"},
                  "Type": {"shape": "BucketName", "location": "header", "locationName": "Content-Type"},
                  "Token": {"shape": "Secret", "location": "header", "locationName": "x-token"},
                  "Meta": {"shape": "Tags", "location": "headers", "locationName": "x-amz-meta-"}}},
               "Delete": {"type": "structure", "required": ["Objects"], "members": {"Objects": {"shape": "Objects"}, "Quiet": {"shape": "Flag"}}},
               "Objects": {"type": "list", "member": {"shape": "Obj"}, "min": 1},
               "Obj": {"type": "structure", "required": ["Key"], "members": {"Key": {"shape": "Key"}}},
               "Key": {"type": "string", "min": 1},
               "BucketName": {"type": "string"},
               "Secret": {"type": "string", "sensitive": true},
               "Flag": {"type": "boolean"},
               "Time": {"type": "timestamp"},
               "Blob": {"type": "blob"},
               "Count": {"type": "integer", "min": 0},
               "Size": {"type": "long"},
               "Ratio": {"type": "double"},
               "Doc": {"type": "structure", "members": {}, "document": true},
               "Choice": {"type": "structure", "union": true, "members": {"A": {"shape": "Key"}, "B": {"shape": "Count"}}},
               "Tags": {"type": "map", "key": {"shape": "Key"}, "value": {"shape": "Key"}}
             }}""";

    private static OperationModel op(String name) throws Exception {
        return ServiceModel.fromJson("s3", new ObjectMapper().readTree(MODEL)).operation(name);
    }

    private static Map<String, Object> valid() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("Bucket", "b");
        in.put("Delete", Map.of("Objects", List.of(Map.of("Key", "k"))));
        return in;
    }

    @Test
    void reportsEveryProblemWithItsPathOperationAndService() throws Exception {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("Delete", Map.of("Objects", List.of(Map.of("Key", "a"), Map.of("Key", "b"), Map.of("Key", "c"),
                Map.of("Key", 7), Map.of()), "Quiet", "yes"));
        in.put("Bogus", 1);
        ParamValidationException e = assertThrows(ParamValidationException.class,
                () -> ParamValidator.validate(op("DeleteObjects"), in));
        assertEquals("s3", e.service());
        assertEquals("DeleteObjects", e.operation());
        List<String> paths = e.problems().stream().map(ParamValidationException.Problem::path).toList();
        assertEquals(List.of("Bogus", "Bucket", "Delete.Objects[3].Key", "Delete.Objects[4].Key", "Delete.Quiet"), paths);
        assertTrue(e.getMessage().startsWith("Parameter validation failed for s3.DeleteObjects:"), e.getMessage());
        assertTrue(e.getMessage().contains("Unknown parameter in input: \"Bogus\", must be one of: Bucket, Delete"), e.getMessage());
        assertTrue(e.getMessage().contains("Missing required parameter Delete.Objects[4].Key"), e.getMessage());
        assertTrue(e.getMessage().contains("Invalid type for parameter Delete.Objects[3].Key: expected a string (a String), got an integer"), e.getMessage());
    }

    @Test
    void checksMinLengthsAndRanges() throws Exception {
        Map<String, Object> in = valid();
        in.put("Delete", Map.of("Objects", List.of()));
        in.put("Count", -1);
        ParamValidationException e = assertThrows(ParamValidationException.class,
                () -> ParamValidator.validate(op("DeleteObjects"), in));
        assertEquals(List.of("Delete.Objects", "Count"),
                e.problems().stream().map(ParamValidationException.Problem::path).toList());
        Map<String, Object> emptyKey = valid();
        emptyKey.put("Delete", Map.of("Objects", List.of(Map.of("Key", ""))));
        assertThrows(ParamValidationException.class, () -> ParamValidator.validate(op("DeleteObjects"), emptyKey));
    }

    @Test
    void convertsConvenientFormsToCanonicalValues() throws Exception {
        Map<String, Object> in = valid();
        in.put("When", "2024-01-31T12:00:00Z");
        in.put("Data", ByteBuffer.wrap(new byte[] {1, 2}));
        in.put("Size", 5);
        in.put("Ratio", 1);
        in.put("Tags", Map.of("k", "v"));
        Map<String, Object> out = ParamValidator.validate(op("DeleteObjects"), in);
        assertEquals(Instant.parse("2024-01-31T12:00:00Z"), out.get("When"));
        assertArrayEquals(new byte[] {1, 2}, (byte[]) out.get("Data"));
        assertEquals(5L, out.get("Size"));
        assertEquals(1.0d, out.get("Ratio"));
        assertEquals(List.of("Bucket", "Delete", "When", "Data", "Size", "Ratio", "Tags"), List.copyOf(out.keySet()));

        in.put("When", OffsetDateTime.parse("2024-01-31T13:00:00+01:00"));
        assertEquals(Instant.parse("2024-01-31T12:00:00Z"), ParamValidator.validate(op("DeleteObjects"), in).get("When"));
        in.put("When", 1706702400);
        assertEquals(Instant.parse("2024-01-31T12:00:00Z"), ParamValidator.validate(op("DeleteObjects"), in).get("When"));
    }

    @Test
    void badTimestampTextIsNamed() throws Exception {
        Map<String, Object> in = valid();
        in.put("When", "yesterday");
        ParamValidationException e = assertThrows(ParamValidationException.class,
                () -> ParamValidator.validate(op("DeleteObjects"), in));
        assertTrue(e.getMessage().contains("Invalid timestamp for parameter When"), e.getMessage());
    }

    @Test
    void unionsNeedExactlyOneMember() throws Exception {
        Map<String, Object> in = valid();
        in.put("Choice", Map.of("A", "x", "B", 1));
        assertThrows(ParamValidationException.class, () -> ParamValidator.validate(op("DeleteObjects"), in));
        in.put("Choice", Map.of("B", 1));
        assertEquals(Map.of("B", 1), ParamValidator.validate(op("DeleteObjects"), in).get("Choice"));
    }

    @Test
    void documentsTakeJsonLikeValues() throws Exception {
        Map<String, Object> in = valid();
        in.put("Doc", Map.of("a", List.of(1, "two", true)));
        assertInstanceOf(Map.class, ParamValidator.validate(op("DeleteObjects"), in).get("Doc"));
        in.put("Doc", Map.of("a", new Object()));
        assertThrows(ParamValidationException.class, () -> ParamValidator.validate(op("DeleteObjects"), in));
    }

    @Test
    void neverEchoesValues() throws Exception {
        Map<String, Object> in = valid();
        in.put("Secret", 12345678);
        ParamValidationException e = assertThrows(ParamValidationException.class,
                () -> ParamValidator.validate(op("DeleteObjects"), in));
        assertFalse(e.getMessage().contains("12345678"), e.getMessage());
    }

    @Test
    void headerValuesCannotBreakTheLineOrCarryControlCharacters() throws Exception {
        for (String bad : List.of("a\r\nX-Injected: 1", "a\nb", "a\rb", "a\u0000b", "a\u007fb", "\u010a")) {
            for (Map.Entry<String, Object> param : List.of(Map.entry("Type", (Object) bad),
                    Map.entry("Token", (Object) bad), Map.entry("Meta", (Object) Map.of("k", bad)))) {
                Map<String, Object> in = valid();
                in.put(param.getKey(), param.getValue());
                ParamValidationException e = assertThrows(ParamValidationException.class,
                        () -> ParamValidator.validate(op("DeleteObjects"), in), param.toString());
                assertTrue(e.getMessage().contains("s3.DeleteObjects") && e.getMessage().contains(param.getKey()),
                        e.getMessage());
                assertFalse(e.getMessage().contains("Injected") || e.getMessage().contains(bad), e.getMessage());
            }
        }
        Map<String, Object> fine = valid();
        fine.put("Type", "text/plain;\tcharset=caf\u00e9");
        fine.put("Meta", Map.of("with-dash_and.dot~", "v\u00e9"));
        assertEquals("text/plain;\tcharset=caf\u00e9", ParamValidator.validate(op("DeleteObjects"), fine).get("Type"));
    }

    @Test
    void prefixHeaderKeysMustBeTokens() throws Exception {
        for (String key : List.of("a b", "a:b", "a\r\nb", "a\u00e9", "a/b")) {
            Map<String, Object> in = valid();
            in.put("Meta", Map.of(key, "v"));
            ParamValidationException e = assertThrows(ParamValidationException.class,
                    () -> ParamValidator.validate(op("DeleteObjects"), in), "'" + key + "'");
            assertTrue(e.getMessage().contains("x-amz-meta-<key>"), e.getMessage());
        }
    }

    @Test
    void operationsWithoutInputRefuseParameters() throws Exception {
        assertEquals(Map.of(), ParamValidator.validate(op("NoInput"), null));
        assertThrows(ParamValidationException.class, () -> ParamValidator.validate(op("NoInput"), Map.of("X", 1)));
    }

    @Test
    void leavesTheCallersMapAlone() throws Exception {
        Map<String, Object> in = valid();
        in.put("When", "2024-01-31T12:00:00Z");
        ParamValidator.validate(op("DeleteObjects"), in);
        assertEquals("2024-01-31T12:00:00Z", in.get("When"));
    }

    private static final String TOKENS = """
            {"metadata": {"protocol": "json", "apiVersion": "2020-01-01", "targetPrefix": "T"},
             "operations": {"Create": {"name": "Create", "http": {"method": "POST", "requestUri": "/"},
                                       "input": {"shape": "In"}}},
             "shapes": {
               "In": {"type": "structure", "required": ["Token", "Name", "Inner"], "members": {
                  "Token": {"shape": "Id", "idempotencyToken": true}, "Name": {"shape": "Name"},
                  "Inner": {"shape": "Inner"},
                  "Attrs": {"shape": "Id", "location": "header", "locationName": "x-attrs", "jsonvalue": true},
                  "Tags": {"shape": "Tags"}}},
               "Tags": {"type": "map", "key": {"shape": "Name"}, "value": {"shape": "Id"}},
               "Inner": {"type": "structure", "required": ["Token"], "members": {
                  "Token": {"shape": "Id", "idempotencyToken": true}}},
               "Id": {"type": "string"},
               "Name": {"type": "string", "min": 3}
             }}""";

    /** botocore fills top-level tokens before validating; nested ones it does not fill. */
    @Test
    void aRequiredTopLevelIdempotencyTokenMayBeLeftOut() throws Exception {
        OperationModel create = ServiceModel.fromJson("t", new ObjectMapper().readTree(TOKENS)).operation("Create");
        ParamValidator.validate(create, Map.of("Name", "abc", "Inner", Map.of("Token", "t")));
        ParamValidationException e = assertThrows(ParamValidationException.class,
                () -> ParamValidator.validate(create, Map.of("Name", "abc", "Inner", Map.of())));
        assertTrue(e.getMessage().contains("Missing required parameter Inner.Token"), e.getMessage());
    }

    /** Lengths count characters as Python does: "a😀" is two long, not three. */
    @Test
    void minLengthCountsCodePoints() throws Exception {
        OperationModel create = ServiceModel.fromJson("t", new ObjectMapper().readTree(TOKENS)).operation("Create");
        ParamValidationException e = assertThrows(ParamValidationException.class,
                () -> ParamValidator.validate(create, Map.of("Name", "a\uD83D\uDE00", "Inner", Map.of("Token", "t"))));
        assertTrue(e.getMessage().contains("length: 2, valid min length: 3"), e.getMessage());
        ParamValidator.validate(create, Map.of("Name", "ab\uD83D\uDE00", "Inner", Map.of("Token", "t")));
    }

    /** As botocore, a JSON-value header takes any JSON value, not only a string. */
    @Test
    void jsonValueHeadersTakeAnyJsonValue() throws Exception {
        OperationModel create = ServiceModel.fromJson("t", new ObjectMapper().readTree(TOKENS)).operation("Create");
        Map<String, Object> out = ParamValidator.validate(create, Map.of("Name", "abc", "Inner", Map.of("Token", "t"),
                "Attrs", Map.of("k", List.of(1, true))));
        assertEquals(Map.of("k", List.of(1, true)), out.get("Attrs"));
    }

    /** As botocore, map keys are validated against the key shape (here a min length of 3). */
    @Test
    void mapKeysAreValidated() throws Exception {
        OperationModel create = ServiceModel.fromJson("t", new ObjectMapper().readTree(TOKENS)).operation("Create");
        ParamValidationException e = assertThrows(ParamValidationException.class, () -> ParamValidator.validate(create,
                Map.of("Name", "abc", "Inner", Map.of("Token", "t"), "Tags", Map.of("ab", "v"))));
        assertTrue(e.getMessage().contains("Tags (key: ab)"), e.getMessage());
    }
}
