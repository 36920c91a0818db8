package io.boto4j.s3;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.pipeline.CallResult;
import io.boto4j.s3.BotocoreWire.Case;
import io.boto4j.s3.BotocoreWire.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.boto4j.s3.Params.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Region redirects (botocore's {@code S3RegionRedirectorv2}) against botocore 1.43.107: the same
 * wrong-region answers lead to the same requests (the retry in the bucket's region, the
 * HeadBucket that finds it, the cached region on later calls) and the same outcomes.
 */
class RegionRedirectsWireTest {
    private static final String MOVED = "<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting"
            + " to access must be addressed using the specified endpoint.</Message><Bucket>bucket</Bucket>"
            + "<Endpoint>bucket.s3.eu-west-1.amazonaws.com</Endpoint></Error>";
    private static final String MALFORMED = "<Error><Code>AuthorizationHeaderMalformed</Code><Message>the region"
            + " 'us-east-1' is wrong; expecting 'ap-south-1'</Message><Region>ap-south-1</Region></Error>";

    @TempDir
    Path home;

    private static void bothFailAlike(Outcome[] outcome, int call, String code) {
        JsonNode theirs = Json.of(outcome[0].results().get(call)).path("error");
        ServiceException ours = assertInstanceOf(ServiceException.class, outcome[1].results().get(call));
        assertEquals(code, theirs.path("code").asText());
        assertEquals(code, ours.errorCode());
        assertEquals(theirs.path("status").asInt(), ours.statusCode());
    }

    @Test
    void aRedirectIsFollowedOnceAndTheRegionCachedForTheBucket() throws Exception {
        Map<String, Object> get = map("Bucket", "bucket", "Key", "k");
        Case cached = new Case("301 with the region header, then the cache")
                .call("GetObject", get)
                .respond(301, Map.of("x-amz-bucket-region", "eu-west-1"), MOVED)
                .respond(200, Map.of(), "moved data")
                .call("PutObject", map("Bucket", "bucket", "Key", "k2", "Body", "x"))
                .respond(200, Map.of(), "")
                .call("GetObject", map("Bucket", "other", "Key", "k"))
                .respond(200, Map.of(), "not redirected");
        Case onlyOnce = new Case("redirected at most once per call")
                .call("ListObjectsV2", map("Bucket", "bucket"))
                .respond(307, Map.of("x-amz-bucket-region", "eu-west-1"), MOVED)
                .respond(301, Map.of("x-amz-bucket-region", "eu-central-1"), MOVED);
        Case signingError = new Case("the region named by AuthorizationHeaderMalformed")
                .call("PutObject", map("Bucket", "bucket", "Key", "k", "Body", "data"))
                .respond(400, Map.of(), MALFORMED)
                .respond(200, Map.of(), "");
        Case customEndpoint = new Case("a custom endpoint keeps its URL and signs for the bucket's region")
                .endpointUrl("http://127.0.0.1:9000")
                .call("DeleteObject", map("Bucket", "bucket", "Key", "k"))
                .respond(301, Map.of("x-amz-bucket-region", "sa-east-1"), MOVED)
                .respond(204, Map.of(), "");
        List<Outcome[]> outcomes = BotocoreWire.compare(home, List.of(cached, onlyOnce, signingError, customEndpoint));

        CallResult redirected = (CallResult) outcomes.get(0)[1].results().get(0);
        assertEquals(2, redirected.attempts());
        List<String> sent = outcomes.get(0)[1].requests();
        assertTrue(sent.get(1).startsWith("GET https://bucket.s3.eu-west-1.amazonaws.com/k\n"), sent.get(1));
        assertTrue(sent.get(1).contains("/eu-west-1/s3/aws4_request"), sent.get(1));
        assertTrue(sent.get(2).startsWith("PUT https://bucket.s3.eu-west-1.amazonaws.com/k2\n"), "cached: " + sent.get(2));
        assertTrue(sent.get(3).startsWith("GET https://other.s3.amazonaws.com/k\n"), sent.get(3));
        String custom = outcomes.get(3)[1].requests().get(1);
        assertTrue(custom.startsWith("DELETE http://127.0.0.1:9000/bucket/k\n") && custom.contains("/sa-east-1/s3/"), custom);
        bothFailAlike(outcomes.get(1), 0, "PermanentRedirect");
        assertEquals(200, ((CallResult) outcomes.get(2)[1].results().get(0)).statusCode());
        assertEquals(204, ((CallResult) outcomes.get(3)[1].results().get(0)).statusCode());
    }

    @Test
    void headRequestsWithoutABodyLearnTheRegionFromHeadBucket() throws Exception {
        Case headObject = new Case("HeadObject 400 without a body: a HeadBucket finds the region")
                .call("HeadObject", map("Bucket", "bucket", "Key", "k"))
                .respond(400, Map.of(), "")
                .respond(200, Map.of("x-amz-bucket-region", "us-west-2"), "")
                .respond(200, Map.of("Content-Length", "0"), "");
        Case forbiddenHead = new Case("a HeadBucket refused still names the region")
                .call("HeadObject", map("Bucket", "bucket", "Key", "k"))
                .respond(301, Map.of(), "")
                .respond(403, Map.of("x-amz-bucket-region", "eu-north-1"), "")
                .respond(200, Map.of(), "");
        Case nowhere = new Case("nothing names the region: the error stands")
                .call("HeadObject", map("Bucket", "bucket", "Key", "k"))
                .respond(400, Map.of(), "")
                .respond(404, Map.of(), "");
        Case headBucket = new Case("HeadBucket follows its own header")
                .call("HeadBucket", map("Bucket", "bucket"))
                .respond(301, Map.of("x-amz-bucket-region", "ca-central-1"), "")
                .respond(200, Map.of("x-amz-bucket-region", "ca-central-1"), "");
        List<Outcome[]> outcomes = BotocoreWire.compare(home, List.of(headObject, forbiddenHead, nowhere, headBucket));
        assertEquals(200, ((CallResult) outcomes.get(0)[1].results().get(0)).statusCode());
        assertEquals(200, ((CallResult) outcomes.get(1)[1].results().get(0)).statusCode());
        bothFailAlike(outcomes.get(2), 0, "400");
        assertEquals(200, ((CallResult) outcomes.get(3)[1].results().get(0)).statusCode());
    }

    @Test
    void whatIsNotRedirected() throws Exception {
        String accessPoint = "arn:aws:s3:us-west-2:123456789012:accesspoint/my-ap";
        Case notRedirected = new Case("ARNs, CreateBucket's location and plain errors")
                .call("GetObject", map("Bucket", accessPoint, "Key", "k"))
                .respond(301, Map.of("x-amz-bucket-region", "eu-west-1"), MOVED)
                .call("CreateBucket", map("Bucket", "bucket"))
                .respond(400, Map.of("x-amz-bucket-region", "eu-west-1"),
                        "<Error><Code>IllegalLocationConstraintException</Code><Message>no</Message></Error>")
                .call("GetObject", map("Bucket", "bucket", "Key", "k"))
                .respond(403, Map.of("x-amz-bucket-region", "eu-west-1"),
                        "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>");
        Outcome[] outcome = BotocoreWire.compare(home, List.of(notRedirected)).get(0);
        bothFailAlike(outcome, 0, "PermanentRedirect");
        bothFailAlike(outcome, 1, "IllegalLocationConstraintException");
        bothFailAlike(outcome, 2, "AccessDenied");
    }

    @Test
    void aRegionThatIsNoHostLabelIsRefused() throws Exception {
        Case bad = new Case("a region that would change the host")
                .call("GetObject", map("Bucket", "bucket", "Key", "k"))
                .respond(301, Map.of("x-amz-bucket-region", "evil.example.com/"), MOVED);
        Outcome[] outcome = BotocoreWire.compare(home, List.of(bad)).get(0);
        assertTrue(Json.of(outcome[0].results().get(0)).path("exception").asText().startsWith("InvalidRegionError"),
                outcome[0].results().get(0).toString());
        SdkClientException ours = assertInstanceOf(SdkClientException.class, outcome[1].results().get(0));
        assertTrue(ours.getMessage().contains("evil.example.com/"), ours.getMessage());
    }
}
