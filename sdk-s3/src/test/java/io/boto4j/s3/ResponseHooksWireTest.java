package io.boto4j.s3;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.ServiceException;
import io.boto4j.core.pipeline.CallResult;
import io.boto4j.core.pipeline.ResponseStream;
import io.boto4j.core.transport.Publishers;
import io.boto4j.s3.BotocoreWire.Case;
import io.boto4j.s3.BotocoreWire.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.boto4j.s3.Params.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The response hooks (botocore's S3 before-parse and after-call handlers) against botocore
 * 1.43.107: the same scripted answers give the same requests (retries included) and results.
 */
class ResponseHooksWireTest {
    private static final String ERROR = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InternalError</Code>"
            + "<Message>We encountered an internal error. Please try again.</Message><RequestId>R1</RequestId></Error>";
    private static final String COPIED = "<CopyObjectResult><ETag>\"e\"</ETag></CopyObjectResult>";

    @TempDir
    Path home;

    private static void sameError(Object botocore, Object boto4j, String what) {
        JsonNode theirs = Json.of(botocore).path("error");
        ServiceException ours = assertInstanceOf(ServiceException.class, boto4j, what);
        assertEquals(theirs.path("code").asText(), ours.errorCode(), what);
        assertEquals(theirs.path("status").asInt(), ours.statusCode(), what);
        assertEquals(theirs.path("message").asText(), ours.errorMessage(), what);
    }

    @Test
    void anErrorInsideA200IsRetriedAsAServerErrorAndRaisedWhenRetriesRunOut() throws Exception {
        Map<String, Object> copy = map("Bucket", "bucket", "Key", "dst", "CopySource", "src/k");
        Case retried = new Case("200 with an error, then the copy")
                .call("CopyObject", copy)
                .respond(200, Map.of(), ERROR)
                .respond(200, Map.of(), COPIED);
        Case truncated = new Case("200 cut short, then the copy")
                .call("UploadPartCopy", map("Bucket", "bucket", "Key", "dst", "CopySource", "src/k",
                        "UploadId", "u", "PartNumber", 2))
                .respond(200, Map.of(), "<CopyPartResult><ETag>\"p")
                .respond(200, Map.of(), "<CopyPartResult><ETag>\"p\"</ETag></CopyPartResult>");
        Case exhausted = new Case("200 with an error, three times")
                .call("CompleteMultipartUpload", map("Bucket", "bucket", "Key", "k", "UploadId", "u",
                        "MultipartUpload", map("Parts", List.of(map("ETag", "\"p\"", "PartNumber", 1)))))
                .respond(200, Map.of(), ERROR)
                .respond(200, Map.of(), ERROR)
                .respond(200, Map.of(), ERROR);
        Case streamed = new Case("a streamed body is never inspected")
                .call("GetObject", map("Bucket", "bucket", "Key", "error.xml"))
                .respond(200, Map.of(), ERROR);
        List<Outcome[]> outcomes = BotocoreWire.compare(home, List.of(retried, truncated, exhausted, streamed));

        CallResult copied = (CallResult) outcomes.get(0)[1].results().get(0);
        assertEquals(Map.of("ETag", "\"e\""), copied.output().get("CopyObjectResult"));
        assertEquals(2, copied.attempts());
        assertEquals(Map.of("ETag", "\"p\""), ((CallResult) outcomes.get(1)[1].results().get(0)).output()
                .get("CopyPartResult"));
        sameError(outcomes.get(2)[0].results().get(0), outcomes.get(2)[1].results().get(0), "retries exhausted");
        assertEquals(3, ((ServiceException) outcomes.get(2)[1].results().get(0)).attempts());
        ResponseStream body = ((CallResult) outcomes.get(3)[1].results().get(0)).stream();
        assertEquals(ERROR, new String(Publishers.aggregate(body.publisher(), -1).join(), StandardCharsets.UTF_8));
    }

    @Test
    void getBucketLocationIsPathStyleAndReadsTheBareElement() throws Exception {
        String ns = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";
        Case location = new Case("GetBucketLocation")
                .region("eu-west-1")
                .call("GetBucketLocation", map("Bucket", "bucket"))
                .respond(200, Map.of(), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint " + ns
                        + ">eu-west-1</LocationConstraint>")
                .call("GetBucketLocation", map("Bucket", "bucket"))
                .respond(200, Map.of(), "<LocationConstraint " + ns + "/>")
                .call("GetBucketLocation", map("Bucket", "bucket"))
                .respond(404, Map.of(), "<Error><Code>NoSuchBucket</Code><Message>none</Message></Error>");
        Outcome[] outcome = BotocoreWire.compare(home, List.of(location)).get(0);
        assertEquals(Json.of(outcome[0].results().get(0)).path("output"),
                Json.output((CallResult) outcome[1].results().get(0)));
        Map<String, Object> usEast1 = ((CallResult) outcome[1].results().get(1)).output();
        assertTrue(usEast1.containsKey("LocationConstraint"), "botocore's None, as null: " + usEast1);
        assertNull(usEast1.get("LocationConstraint"));
        assertTrue(Json.of(outcome[0].results().get(1)).path("output").path("LocationConstraint").isNull());
        sameError(outcome[0].results().get(2), outcome[1].results().get(2), "no such bucket");
    }

    @Test
    void expiresIsKeptAsTextAndDroppedWhenItIsNoTimestamp() throws Exception {
        Case expires = new Case("Expires")
                .call("HeadObject", map("Bucket", "bucket", "Key", "k"))
                .respond(200, Map.of("Expires", "Thu, 03 Dec 2026 16:00:00 GMT"), "")
                .call("GetObject", map("Bucket", "bucket", "Key", "k"))
                .respond(200, Map.of("Expires", "never, or whenever"), "data")
                .call("HeadObject", map("Bucket", "bucket", "Key", "k"))
                .respond(200, Map.of(), "");
        Outcome[] outcome = BotocoreWire.compare(home, List.of(expires)).get(0);
        Map<String, Object> dated = ((CallResult) outcome[1].results().get(0)).output();
        assertEquals(Instant.parse("2026-12-03T16:00:00Z"), dated.get("Expires"));
        assertEquals("Thu, 03 Dec 2026 16:00:00 GMT", dated.get("ExpiresString"));
        assertEquals("2026-12-03T16:00:00+00:00", Json.of(outcome[0].results().get(0)).path("output").path("Expires").asText());
        assertEquals(dated.get("ExpiresString"), Json.of(outcome[0].results().get(0)).path("output")
                .path("ExpiresString").asText());

        Map<String, Object> undated = ((CallResult) outcome[1].results().get(1)).output();
        assertFalse(undated.containsKey("Expires"), undated.toString());
        assertFalse(Json.of(outcome[0].results().get(1)).path("output").has("Expires"));
        assertEquals("never, or whenever", undated.get("ExpiresString"));
        assertEquals("never, or whenever", Json.of(outcome[0].results().get(1)).path("output").path("ExpiresString").asText());

        assertFalse(((CallResult) outcome[1].results().get(2)).output().containsKey("ExpiresString"));
        assertFalse(Json.of(outcome[0].results().get(2)).path("output").has("ExpiresString"));
    }
}
