package io.boto4j.s3.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.ParamValidationException;
import io.boto4j.testsupport.Botocore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bucket-name checks, against botocore's {@code validate_bucket_name}, including its Python line rules. */
class BucketNamesTest {
    private static final List<String> NAMES = List.of(
            "my-bucket", "My_Bucket.2", "a", "x".repeat(255), "x".repeat(256), "", "bad/name", "bad name",
            "bucket\n", "bucket\r", "bucket\n\n", "buck\u00e9t",
            "arn:aws:s3:us-west-2:123456789012:accesspoint/my-ap",
            "arn:aws:s3:us-west-2:123456789012:accesspoint:my-ap",
            "arn:aws-cn:s3-object-lambda:cn-north-1:123456789012:accesspoint/olap",
            "arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/my-ap",
            "arn:aws:s3:us-west-2:123456789012:accesspoint/my-ap/object/key",
            "arn:aws:s3:us-west-2:12345678901:accesspoint/my-ap",
            "arn:aws:s3:::my-bucket",
            "arn:aws\u2028x:s3:us-west-2:123456789012:accesspoint/ap",
            "arn:aws\nx:s3:us-west-2:123456789012:accesspoint/ap");

    @Test
    void acceptsAndRefusesWhatBotocoreDoesWithItsMessage() throws Exception {
        Botocore.assumeAvailable();
        List<Map<String, Object>> cases = new ArrayList<>();
        NAMES.forEach(n -> cases.add(Map.of("kind", "bucket", "name", n)));
        List<JsonNode> botocore = Botocore.run("botocore_s3_customizations.py", cases);
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            JsonNode theirs = botocore.get(i);
            assertEquals(theirs.path("valid").asBoolean(), BucketNames.isValid(name), "\"" + name + "\"");
            if (!theirs.path("valid").asBoolean()) {
                ParamValidationException e = assertThrows(ParamValidationException.class,
                        () -> BucketNames.validate(Map.of("Bucket", name), "PutObject"));
                // botocore: "Parameter validation failed:\n<message>"; boto4j names the operation.
                assertEquals(theirs.path("error").asText().replace("Parameter validation failed:\n", ""),
                        e.problems().get(0).message());
            }
        }
    }

    @Test
    void theErrorNamesTheParameterAndTheOperation() {
        ParamValidationException e = assertThrows(ParamValidationException.class,
                () -> BucketNames.validate(Map.of("Bucket", "bad/name"), "ListObjectsV2"));
        assertEquals("s3", e.service());
        assertEquals("ListObjectsV2", e.operation());
        assertEquals("Bucket", e.problems().get(0).path());
        assertTrue(e.getMessage().startsWith("Parameter validation failed for s3.ListObjectsV2:\n  Invalid bucket name \"bad/name\""));
        assertDoesNotThrow(() -> BucketNames.validate(Map.of("Key", "no bucket here"), "ListBuckets"));
        assertDoesNotThrow(() -> BucketNames.validate(Map.of("Bucket", 42), "PutObject"), "not text: the validator's job");
    }
}
