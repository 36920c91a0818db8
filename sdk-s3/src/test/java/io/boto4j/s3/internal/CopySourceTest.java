package io.boto4j.s3.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.ParamValidationException;
import io.boto4j.testsupport.Botocore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** CopySource encoding, checked against botocore's {@code handle_copy_source_param}. */
class CopySourceTest {
    private static final String AP = "arn:aws:s3:us-west-2:123456789012:accesspoint/my-ap";
    private static final String OUTPOST = "arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/my-ap";

    private static final List<Object> INPUTS = List.of(
            "bucket/key",
            "bucket/dir/a key+plus&amp=é€😀.txt",
            "bucket/key?versionId=abc123",
            "bucket/key with space?versionId=v+1/=",
            "bucket/key?versionId=",
            "bucket/key?versionId=has space",
            "bucket/key?versionId=v1\n",
            "bucket/key?versionId=v1\r",
            "bucket/a?versionId=x?versionId=y",
            "bucket/a?versionId= x?versionId=y",
            "bucket/key?versionId=v\u00a0v",
            "bucket/key?versionid=lowercase",
            "bucket/~tilde_-.ok",
            AP + "/object/key",
            copy("my-bucket", "a b/ü+c", null),
            copy("my-bucket", "k", "v 1&x"),
            copy(AP, "dir/key name", "v1"),
            copy(OUTPOST, "key", null),
            copy("arn:aws:s3:us-west-2:123456789012:bucket/not-an-access-point", "key", null));

    private static Map<String, Object> copy(String bucket, String key, String versionId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Bucket", bucket);
        m.put("Key", key);
        if (versionId != null) {
            m.put("VersionId", versionId);
        }
        return m;
    }

    @Test
    void textAndMapsAreEncodedAsBotocoreEncodesThem() throws Exception {
        Botocore.assumeAvailable();
        List<Map<String, Object>> cases = new ArrayList<>();
        for (Object input : INPUTS) {
            cases.add(Map.of("kind", "copySource", "value", input));
        }
        List<JsonNode> botocore = Botocore.run("botocore_s3_customizations.py", cases);
        for (int i = 0; i < INPUTS.size(); i++) {
            assertEquals(botocore.get(i).path("value").asText(), CopySource.encode(INPUTS.get(i), "CopyObject"),
                    "CopySource " + INPUTS.get(i));
        }
    }

    @Test
    void knownValues() {
        assertEquals("bucket/key%20with%20space?versionId=abc", CopySource.encode("bucket/key with space?versionId=abc", "CopyObject"));
        assertEquals("arn%3Aaws%3As3%3Aus-west-2%3A123456789012%3Aaccesspoint/my-ap/object/a%20b/%C3%BC%2Bc?versionId=v 1",
                CopySource.encode(copy(AP, "a b/ü+c", "v 1"), "CopyObject"));
        Integer notTextNorMap = 5;
        assertSame(notTextNorMap, CopySource.encode(notTextNorMap, "CopyObject"), "left to the parameter validator");
    }

    @Test
    void aMapWithoutBucketOrKeyIsRefusedBeforeAnyIo() {
        ParamValidationException e = assertThrows(ParamValidationException.class,
                () -> CopySource.encode(Map.of("Key", "k"), "UploadPartCopy"));
        assertEquals("Parameter validation failed for s3.UploadPartCopy:\n  Missing required parameter in CopySource: 'Bucket'",
                e.getMessage());
        assertEquals("CopySource.Bucket", e.problems().get(0).path());
        assertThrows(ParamValidationException.class, () -> CopySource.encode(Map.of("Bucket", "b"), "CopyObject"));
    }

    @Test
    void applyRewritesTheParameterInPlace() {
        Map<String, Object> params = new HashMap<>(Map.of("Bucket", "dst", "Key", "k",
                "CopySource", copy("src", "a b", null)));
        CopySource.apply(params, "CopyObject");
        assertEquals("src/a%20b", params.get("CopySource"));
        Map<String, Object> none = new HashMap<>(Map.of("Bucket", "dst"));
        CopySource.apply(none, "CopyObject");
        assertEquals(Map.of("Bucket", "dst"), none);
    }
}
