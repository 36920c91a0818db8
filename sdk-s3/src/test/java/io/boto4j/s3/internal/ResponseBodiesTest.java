package io.boto4j.s3.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.protocol.xml.XmlFormatException;
import io.boto4j.testsupport.Botocore;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The S3 bodies read outside the model: GetBucketLocation's bare element
 * ({@code parse_get_bucket_location}) and errors inside a 200 ({@code _handle_200_error}),
 * against botocore.
 */
class ResponseBodiesTest {
    private static final String NS = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";
    private static final List<String> LOCATIONS = List.of(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint " + NS + "/>",
            "<LocationConstraint " + NS + ">us-west-2</LocationConstraint>",
            "<LocationConstraint>EU</LocationConstraint>",
            "<LocationConstraint> eu-west-1 </LocationConstraint>",
            "<LocationConstraint>eu-<!-- c -->west-1<x/>tail</LocationConstraint>",
            "<LocationConstraint><![CDATA[ap-south-1]]></LocationConstraint>",
            "<LocationConstraint>a&amp;b</LocationConstraint>");

    private static final List<String> BODIES = List.of(
            "<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n<Error><Code>SlowDown</Code></Error>",
            "<Error " + NS + "><Code>InternalError</Code></Error>",
            "<CopyObjectResult " + NS + "><ETag>\"abc\"</ETag></CopyObjectResult>",
            "<CopyObjectResult><ETag>\"abc\"</ETag>",
            "<CompleteMultipartUploadResult><Location>x</Location></CompleteMultipartUploadResult><Error/>",
            "      ",
            "not xml",
            "",
            "<Error/>");

    @Test
    void bucketLocationsAreReadAsBotocoreReadsThem() throws Exception {
        Botocore.assumeAvailable();
        List<Map<String, Object>> cases = new ArrayList<>();
        LOCATIONS.forEach(b -> cases.add(Map.of("kind", "bucketLocation", "bodyB64", base64(b))));
        List<JsonNode> botocore = Botocore.run("botocore_s3_customizations.py", cases);
        for (int i = 0; i < LOCATIONS.size(); i++) {
            JsonNode theirs = botocore.get(i).path("parsed").path("LocationConstraint");
            assertEquals(theirs.isNull() ? null : theirs.asText(),
                    BucketLocation.parse(LOCATIONS.get(i).getBytes(StandardCharsets.UTF_8)), LOCATIONS.get(i));
        }
    }

    @Test
    void bucketLocationKnownValues() {
        assertNull(BucketLocation.parse(LOCATIONS.get(0).getBytes(StandardCharsets.UTF_8)), "us-east-1 is the empty element");
        assertEquals("us-west-2", BucketLocation.parse(LOCATIONS.get(1).getBytes(StandardCharsets.UTF_8)));
        assertThrows(XmlFormatException.class, () -> BucketLocation.parse(new byte[0]));
    }

    @Test
    void errorsInA200AreFoundAsBotocoreFindsThem() throws Exception {
        Botocore.assumeAvailable();
        List<Map<String, Object>> cases = new ArrayList<>();
        for (String body : BODIES) {
            for (int status : new int[] {200, 204, 500}) {
                cases.add(Map.of("kind", "error200", "operation", "CopyObject", "status", status, "bodyB64", base64(body)));
            }
        }
        List<JsonNode> botocore = Botocore.run("botocore_s3_customizations.py", cases);
        for (int i = 0; i < cases.size(); i++) {
            int status = (Integer) cases.get(i).get("status");
            String body = BODIES.get(i / 3);
            boolean theirs = botocore.get(i).path("status").asInt() != status;
            assertEquals(theirs, OkWithError.looksLikeError(status, body.getBytes(StandardCharsets.UTF_8)),
                    status + " " + body);
        }
    }

    @Test
    void theOperationsInspectedAreBotocores() throws Exception {
        Botocore.assumeAvailable();
        List<JsonNode> botocore = Botocore.run("botocore_s3_customizations.py",
                List.of(Map.of("kind", "error200Operations"), Map.of("kind", "s3Model")));
        ServiceModel s3 = ServiceModel.fromJson("s3", botocore.get(1).path("model"));
        int inspected = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = botocore.get(0).path("inspected").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> op = it.next();
            assertEquals(op.getValue().asBoolean(), OkWithError.inspects(s3.operation(op.getKey())), op.getKey());
            inspected += op.getValue().asBoolean() ? 1 : 0;
        }
        assertTrue(OkWithError.inspects(s3.operation("CopyObject")));
        assertTrue(OkWithError.inspects(s3.operation("UploadPartCopy")));
        assertTrue(OkWithError.inspects(s3.operation("CompleteMultipartUpload")));
        assertFalse(OkWithError.inspects(s3.operation("GetObject")));
        assertTrue(inspected > 50, "inspected " + inspected);
    }

    @Test
    void errorIn200KnownValues() {
        assertTrue(OkWithError.looksLikeError(200, BODIES.get(0).getBytes(StandardCharsets.UTF_8)));
        assertTrue(OkWithError.looksLikeError(200, BODIES.get(4).getBytes(StandardCharsets.UTF_8)), "cut mid-body");
        assertFalse(OkWithError.looksLikeError(200, BODIES.get(2).getBytes(StandardCharsets.UTF_8)),
                "ElementTree's tag is {namespace}Error there");
        assertFalse(OkWithError.looksLikeError(200, new byte[0]));
        assertFalse(OkWithError.looksLikeError(500, BODIES.get(0).getBytes(StandardCharsets.UTF_8)));
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
