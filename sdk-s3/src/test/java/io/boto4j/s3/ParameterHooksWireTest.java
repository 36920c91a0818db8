package io.boto4j.s3;

import io.boto4j.core.pipeline.CallResult;
import io.boto4j.core.validation.ParamValidationException;
import io.boto4j.s3.BotocoreWire.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.boto4j.s3.Params.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parameter hooks (botocore's S3 before-parameter-build handlers) on the wire: the requests
 * boto4j sends equal botocore 1.43.107's, signatures included.
 */
class ParameterHooksWireTest {
    @TempDir
    Path home;

    @Test
    void copySourceInEveryFormIsEncodedAsBotocoreEncodesIt() throws Exception {
        String ok = "<CopyObjectResult><ETag>\"e\"</ETag></CopyObjectResult>";
        String part = "<CopyPartResult><ETag>\"p\"</ETag></CopyPartResult>";
        Case copy = new Case("CopyObject and UploadPartCopy")
                .call("CopyObject", map("Bucket", "bucket", "Key", "dst",
                        "CopySource", map("Bucket", "src", "Key", "dir/a b+c&d=é€😀.txt", "VersionId", "v 1/+")))
                .respond(200, Map.of(), ok)
                .call("CopyObject", map("Bucket", "bucket", "Key", "dst", "CopySource", "src/key with space?versionId=v1"))
                .respond(200, Map.of(), ok)
                .call("CopyObject", map("Bucket", "bucket", "Key", "dst",
                        "CopySource", map("Bucket", "arn:aws:s3:us-west-2:123456789012:accesspoint/my-ap", "Key", "k")))
                .respond(200, Map.of(), ok)
                .call("UploadPartCopy", map("Bucket", "bucket", "Key", "dst", "UploadId", "u", "PartNumber", 1,
                        "CopySource", map("Bucket", "src", "Key", "päth/~x", "VersionId", "3")))
                .respond(200, Map.of(), part);
        List<BotocoreWire.Outcome[]> outcomes = BotocoreWire.compare(home, List.of(copy));
        CallResult first = (CallResult) outcomes.get(0)[1].results().get(0);
        assertEquals(Map.of("ETag", "\"e\""), first.output().get("CopyObjectResult"));
    }

    @Test
    void sseCustomerKeysAreSentBase64WithTheirMd5() throws Exception {
        byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        Case sse = new Case("SSE-C")
                .call("PutObject", map("Bucket", "bucket", "Key", "k", "Body", "secret",
                        "SSECustomerAlgorithm", "AES256", "SSECustomerKey", key))
                .call("GetObject", map("Bucket", "bucket", "Key", "k",
                        "SSECustomerAlgorithm", "AES256", "SSECustomerKey", "text key é"))
                .call("CopyObject", map("Bucket", "bucket", "Key", "k2", "CopySource", "bucket/k",
                        "SSECustomerAlgorithm", "AES256", "SSECustomerKey", key,
                        "CopySourceSSECustomerAlgorithm", "AES256", "CopySourceSSECustomerKey", key))
                .respond(200, Map.of(), "")
                .respond(200, Map.of(), "")
                .respond(200, Map.of(), "<CopyObjectResult><ETag>\"e\"</ETag></CopyObjectResult>")
                // A caller's own MD5: the key is taken as already encoded and sent as given.
                .call("HeadObject", map("Bucket", "bucket", "Key", "k", "SSECustomerAlgorithm", "AES256",
                        "SSECustomerKey", "ALREADY-BASE64", "SSECustomerKeyMD5", "MD5-GIVEN"));
        BotocoreWire.compare(home, List.of(sse));
    }

    @Test
    void listingsAskForUrlEncodedKeysAndDecodeThemOnlyWhenTheyAsked() throws Exception {
        String encoded = "<ListBucketResult><Name>bucket</Name><Prefix>a%20b</Prefix><KeyCount>2</KeyCount>"
                + "<Delimiter>%2F</Delimiter><EncodingType>url</EncodingType>"
                + "<Contents><Key>a%20b/%C3%A9%2Bx%0A.txt</Key></Contents>"
                + "<Contents><Key>a+b%25</Key></Contents>"
                + "<CommonPrefixes><Prefix>a%20b/dir%2F</Prefix></CommonPrefixes></ListBucketResult>";
        String versions = "<ListVersionsResult><Name>bucket</Name><EncodingType>url</EncodingType>"
                + "<KeyMarker>m%20k</KeyMarker><Version><Key>v%20k</Key><VersionId>1</VersionId></Version>"
                + "<DeleteMarker><Key>d%20k</Key></DeleteMarker></ListVersionsResult>";
        Case lists = new Case("listings")
                .call("ListObjectsV2", map("Bucket", "bucket", "Prefix", "a b", "Delimiter", "/"))
                .respond(200, Map.of(), encoded)
                .call("ListObjectsV2", map("Bucket", "bucket", "EncodingType", "url"))
                .respond(200, Map.of(), encoded)
                .call("ListObjects", map("Bucket", "bucket"))
                .respond(200, Map.of(), encoded.replace("ListBucketResult>", "ListBucketResult>")
                        .replace("<KeyCount>2</KeyCount>", "<Marker>m%20k</Marker>"))
                .call("ListObjectVersions", map("Bucket", "bucket"))
                .respond(200, Map.of(), versions)
                // Not ListMultipartUploads: botocore 1.43.107 leaves it alone.
                .call("ListMultipartUploads", map("Bucket", "bucket"))
                .respond(200, Map.of(), "<ListMultipartUploadsResult><Bucket>bucket</Bucket>"
                        + "<Upload><Key>u%20k</Key></Upload></ListMultipartUploadsResult>");
        BotocoreWire.Outcome[] outcome = BotocoreWire.compare(home, List.of(lists)).get(0);
        for (int i = 0; i < 5; i++) {
            assertEquals(Json.of(outcome[0].results().get(i)).path("output"),
                    Json.output((CallResult) outcome[1].results().get(i)), "result " + i);
        }
    }

    @Test
    void badBucketNamesAndNonAsciiMetadataAreRefusedBeforeAnyRequest() throws Exception {
        Case refused = new Case("refused before sending")
                .call("GetObject", map("Bucket", "bad/bucket", "Key", "k"))
                .call("ListObjectsV2", map("Bucket", "a:b"))
                .call("PutObject", map("Bucket", "bucket", "Key", "k", "Body", "x", "Metadata", map("name", "välue")))
                .call("CreateMultipartUpload", map("Bucket", "bucket", "Key", "k", "Metadata", map("ké", "v")))
                .call("CopyObject", map("Bucket", "bucket", "Key", "k", "CopySource", "b/k", "Metadata", map("ok", "ok")))
                .respond(200, Map.of(), "<CopyObjectResult/>");
        BotocoreWire.Outcome[] outcome = BotocoreWire.compare(home, List.of(refused)).get(0);
        for (int i = 0; i < 4; i++) {
            ParamValidationException ours = assertInstanceOf(ParamValidationException.class,
                    outcome[1].results().get(i));
            String theirs = Json.of(outcome[0].results().get(i)).path("exception").asText();
            assertTrue(theirs.startsWith("ParamValidationError: Parameter validation failed:\n"), theirs);
            assertEquals(theirs.substring(theirs.indexOf('\n') + 1),
                    ours.problems().get(0).message(), "call " + i);
        }
    }
}
