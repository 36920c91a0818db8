package io.boto4j.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceModelTest {
    private static final String MODEL = """
            {"metadata": {"protocol": "rest-xml", "protocols": ["rest-xml"], "apiVersion": "2006-03-01",
                          "endpointPrefix": "s3", "serviceId": "S3", "signatureVersion": "s3v4"},
             "operations": {
               "PutObject": {"name": "PutObject", "http": {"method": "PUT", "requestUri": "/{Bucket}/{Key+}"},
                             "input": {"shape": "PutObjectRequest"}, "output": {"shape": "PutObjectOutput"},
                             "errors": [{"shape": "NoSuchBucket"}],
                             "httpChecksum": {"requestAlgorithmMember": "ChecksumAlgorithm", "requestChecksumRequired": false},
                             "staticContextParams": {"UseS3ExpressControlEndpoint": {"value": false}},
                             "requestcompression": {"encodings": ["gzip"]}},
               "ListBuckets": {"name": "ListBuckets", "http": {"method": "GET", "requestUri": "/"}}
             },
             "shapes": {
               "PutObjectRequest": {"type": "structure", "required": ["Bucket", "Key"], "payload": "Body", "members": {
                  "Bucket": {"shape": "BucketName", "location": "uri", "locationName": "Bucket", "contextParam": {"name": "Bucket"}},
                  "Key": {"shape": "ObjectKey", "location": "uri", "locationName": "Key"},
                  "Body": {"shape": "Body", "streaming": true},
                  "Expires": {"shape": "Expires", "location": "header", "locationName": "Expires", "timestampFormat": "rfc822"},
                  "Metadata": {"shape": "Metadata", "location": "headers", "locationName": "x-amz-meta-"},
                  "Self": {"shape": "PutObjectRequest"},
                  "ChecksumAlgorithm": {"shape": "Algorithm", "location": "header", "locationName": "x-amz-sdk-checksum-algorithm"}}},
               "PutObjectOutput": {"type": "structure", "members": {}},
               "NoSuchBucket": {"type": "structure", "members": {}, "exception": true, "error": {"httpStatusCode": 404}},
               "BucketName": {"type": "string"},
               "ObjectKey": {"type": "string", "min": 3},
               "Body": {"type": "blob", "streaming": true},
               "Expires": {"type": "timestamp"},
               "Algorithm": {"type": "string", "enum": ["CRC32", "SHA256"]},
               "Metadata": {"type": "map", "key": {"shape": "BucketName"}, "value": {"shape": "BucketName"}}
             }}""";

    private static ServiceModel model() throws Exception {
        return ServiceModel.fromJson("s3", new ObjectMapper().readTree(MODEL));
    }

    /** botocore's service-2.json holds the service's documentation at the top level, not in the metadata. */
    @Test
    void documentationIsReadFromTheTopLevel() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals("<p>Widgets.</p>", ServiceModel.fromJson("w", json.readTree(
                "{\"metadata\": {}, \"documentation\": \"<p>Widgets.</p>\"}")).documentation());
        assertNull(model().documentation());
    }

    /** A member's flag traits follow the shapes' rule: JSON true or the text "true", from the member or else its shape. */
    @Test
    void memberFlagsAcceptTheSameValuesAsShapeFlags() throws Exception {
        Shape in = ServiceModel.fromJson("w", new ObjectMapper().readTree("""
                {"metadata": {}, "operations": {}, "shapes": {
                  "In": {"type": "structure", "members": {
                     "Text": {"shape": "S", "flattened": "true", "xmlAttribute": "TRUE"},
                     "Off": {"shape": "S", "flattened": "false", "xmlAttribute": false},
                     "FromShape": {"shape": "Stream"}}},
                  "S": {"type": "string"},
                  "Stream": {"type": "blob", "streaming": "true"}}}""")).shape("In");
        assertTrue(in.member("Text").isFlattened());
        assertTrue(in.member("Text").isXmlAttribute());
        assertFalse(in.member("Off").isFlattened());
        assertFalse(in.member("Off").isXmlAttribute());
        assertTrue(in.member("FromShape").shape().isStreaming());
        assertTrue(in.member("FromShape").isStreaming());
    }

    @Test
    void readsMetadataOperationsAndTraits() throws Exception {
        ServiceModel m = model();
        assertEquals(List.of("PutObject", "ListBuckets"), m.operationNames());
        assertEquals(List.of("rest-xml"), m.protocols());
        assertEquals("s3", m.signingName());
        OperationModel put = m.operation("PutObject");
        assertSame(put, m.operation("PutObject"));
        assertEquals("PUT", put.httpMethod());
        assertEquals("/{Bucket}/{Key+}", put.requestUri());
        assertEquals("NoSuchBucket", put.errors().get(0).errorCode());
        assertEquals(404, put.errors().get(0).errorHttpStatus());
        assertEquals(List.of("gzip"), put.requestCompressionEncodings());
        assertFalse(put.httpChecksumRequired());
        assertFalse(put.staticContextParams().isMissingNode());

        Shape in = put.inputShape();
        assertEquals("Body", in.payload());
        Member bucket = in.member("Bucket");
        assertTrue(bucket.isRequired());
        assertEquals("uri", bucket.location());
        assertEquals("Bucket", bucket.contextParam());
        assertTrue(in.member("Body").isStreaming());
        assertEquals("rfc822", in.member("Expires").timestampFormat());
        assertEquals(ShapeType.MAP, in.member("Metadata").type());
        assertEquals(List.of("CRC32", "SHA256"), in.member("ChecksumAlgorithm").shape().enumValues());
        assertNull(m.operation("ListBuckets").input());
    }

    /** The traits kept after their first read are botocore's merge (member over shape) and cannot be changed by a caller. */
    @Test
    void keptTraitsMergeMemberOverShapeAndAreUnmodifiable() throws Exception {
        Shape in = model().operation("PutObject").inputShape();
        Member key = in.member("Key");
        assertEquals("Key", key.wireName());
        assertEquals("Body", in.member("Body").wireName(), "no locationName: the member name");
        assertNull(key.contextParam());
        assertEquals(3, key.shape().min().intValue());
        assertSame(key.shape().min(), key.shape().min());
        assertNull(key.shape().max());
        assertTrue(in.member("Body").isStreaming(), "from the member");
        assertTrue(in.member("Body").shape().isStreaming(), "from the shape");
        assertFalse(key.isStreaming());
        assertEquals(java.util.Set.of("Bucket", "Key"), in.required());
        assertThrows(UnsupportedOperationException.class, () -> in.required().add("Body"));
        List<String> algorithms = in.member("ChecksumAlgorithm").shape().enumValues();
        assertThrows(UnsupportedOperationException.class, () -> algorithms.add("MD5"));
        assertEquals(List.of("CRC32", "SHA256"), in.member("ChecksumAlgorithm").shape().enumValues());
    }

    @Test
    void unknownNamesGetSuggestions() throws Exception {
        ModelException e = assertThrows(ModelException.class, () -> model().operation("PutObjcet"));
        assertTrue(e.getMessage().contains("did you mean PutObject"), e.getMessage());
        assertEquals(List.of("s3", "s3control"), Names.closest("s3", List.of("s3control", "s3", "sqs-x", "ec2"), 3));
    }

    @Test
    void skeletonsFillRequiredMembersWithValidValues() throws Exception {
        OperationModel put = model().operation("PutObject");
        Map<String, Object> minimal = InputSkeleton.minimal(put);
        assertEquals(List.of("Bucket", "Key"), List.copyOf(minimal.keySet()));
        assertEquals("xxx", minimal.get("Key"));
        Map<String, Object> full = InputSkeleton.full(put);
        assertEquals(Instant.EPOCH, full.get("Expires"));
        assertEquals("CRC32", full.get("ChecksumAlgorithm"));
        assertFalse(full.containsKey("Self"), "recursion is cut");
    }
}
