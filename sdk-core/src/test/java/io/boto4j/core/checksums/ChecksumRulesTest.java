package io.boto4j.core.checksums;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.http.Headers;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.testsupport.Botocore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.boto4j.core.checksums.ChecksumAlgorithm.CRC32;
import static io.boto4j.core.checksums.ChecksumAlgorithm.CRC32C;
import static io.boto4j.core.checksums.ChecksumAlgorithm.CRC64NVME;
import static io.boto4j.core.checksums.ChecksumAlgorithm.SHA1;
import static io.boto4j.core.checksums.ChecksumAlgorithm.SHA256;
import static io.boto4j.core.checksums.ChecksumAlgorithm.SHA512;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** botocore's rules for which checksum to send and which to validate. */
class ChecksumRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The traits of three S3 operations as botocore 1.43.107's model has them. */
    private static final String MODEL = """
            {"metadata": {"protocol": "rest-xml", "serviceId": "S3", "signatureVersion": "s3v4",
                          "endpointPrefix": "s3", "apiVersion": "2006-03-01"},
             "operations": {
               "PutObject": {"name": "PutObject", "http": {"method": "PUT", "requestUri": "/{Bucket}/{Key+}"},
                 "input": {"shape": "PutObjectRequest"},
                 "httpChecksum": {"requestAlgorithmMember": "ChecksumAlgorithm", "requestChecksumRequired": false}},
               "DeleteObjects": {"name": "DeleteObjects", "http": {"method": "POST", "requestUri": "/{Bucket}?delete"},
                 "input": {"shape": "DeleteObjectsRequest"},
                 "httpChecksum": {"requestAlgorithmMember": "ChecksumAlgorithm", "requestChecksumRequired": true}},
               "GetObject": {"name": "GetObject", "http": {"method": "GET", "requestUri": "/{Bucket}/{Key+}"},
                 "input": {"shape": "GetObjectRequest"},
                 "httpChecksum": {"requestValidationModeMember": "ChecksumMode",
                   "responseAlgorithms": ["CRC64NVME", "CRC32", "CRC32C", "SHA256", "SHA1", "SHA512", "MD5", "XXHASH64"]}}
             },
             "shapes": {
               "PutObjectRequest": {"type": "structure", "payload": "Body", "members": {
                 "Body": {"shape": "Body"},
                 "ChecksumAlgorithm": {"shape": "Algorithm", "location": "header", "locationName": "x-amz-sdk-checksum-algorithm"}}},
               "DeleteObjectsRequest": {"type": "structure", "payload": "Delete", "members": {
                 "Delete": {"shape": "Delete"},
                 "ChecksumAlgorithm": {"shape": "Algorithm", "location": "header", "locationName": "x-amz-sdk-checksum-algorithm"}}},
               "GetObjectRequest": {"type": "structure", "members": {
                 "ChecksumMode": {"shape": "Mode", "location": "header", "locationName": "x-amz-checksum-mode"}}},
               "Delete": {"type": "structure", "members": {"Quiet": {"shape": "Flag"}}},
               "Body": {"type": "blob", "streaming": true},
               "Algorithm": {"type": "string"}, "Mode": {"type": "string"}, "Flag": {"type": "boolean"}
             }}""";

    private static OperationModel op(String name) throws Exception {
        return ServiceModel.fromJson("s3", JSON.readTree(MODEL)).operation(name);
    }

    @Test
    void aStreamingInputOverHttpsGetsATrailerAndTheDefaultAlgorithmIsAnnounced() throws Exception {
        Optional<RequestChecksumRules.Plan> plan = RequestChecksumRules.resolve(op("PutObject"), Map.of(), new Headers(),
                ChecksumMode.WHEN_SUPPORTED, true, false);
        assertEquals(new RequestChecksumRules.Plan(CRC32, RequestChecksumRules.Location.TRAILER,
                "x-amz-sdk-checksum-algorithm"), plan.orElseThrow());
        assertEquals(RequestChecksumRules.Location.HEADER, RequestChecksumRules.resolve(op("PutObject"), Map.of(),
                new Headers(), ChecksumMode.WHEN_SUPPORTED, false, false).orElseThrow().location());
        assertTrue(RequestChecksumRules.resolve(op("PutObject"), Map.of(), new Headers(),
                ChecksumMode.WHEN_REQUIRED, true, false).isEmpty());
        assertEquals(new RequestChecksumRules.Plan(SHA1, RequestChecksumRules.Location.TRAILER, null),
                RequestChecksumRules.resolve(op("PutObject"), Map.of("ChecksumAlgorithm", "sha1"), new Headers(),
                        ChecksumMode.WHEN_REQUIRED, true, false).orElseThrow());
    }

    /** An algorithm member holding null is left out, as validation treats null members: the default applies. */
    @Test
    void aNullAlgorithmIsNoChoice() throws Exception {
        Map<String, Object> params = new HashMap<>();
        params.put("ChecksumAlgorithm", null);
        assertEquals(new RequestChecksumRules.Plan(CRC32, RequestChecksumRules.Location.HEADER,
                "x-amz-sdk-checksum-algorithm"), RequestChecksumRules.resolve(op("DeleteObjects"), params,
                new Headers(), ChecksumMode.WHEN_SUPPORTED, true, false).orElseThrow());
    }

    @Test
    void aRequiredChecksumIsSentInAHeaderExceptOnPresignedUrlsOrWhenTheCallerSentOne() throws Exception {
        assertEquals(new RequestChecksumRules.Plan(CRC32, RequestChecksumRules.Location.HEADER,
                "x-amz-sdk-checksum-algorithm"), RequestChecksumRules.resolve(op("DeleteObjects"), Map.of(),
                new Headers(), ChecksumMode.WHEN_REQUIRED, true, false).orElseThrow());
        assertTrue(RequestChecksumRules.resolve(op("DeleteObjects"), Map.of(), new Headers(),
                ChecksumMode.WHEN_SUPPORTED, true, true).isEmpty());
        assertTrue(RequestChecksumRules.resolve(op("DeleteObjects"), Map.of("ChecksumAlgorithm", "CRC32C"),
                new Headers().set("X-Amz-Checksum-Crc32c", "abc="), ChecksumMode.WHEN_SUPPORTED, true, false).isEmpty());
        SdkClientException e = assertThrows(SdkClientException.class, () -> RequestChecksumRules.resolve(
                op("DeleteObjects"), Map.of("ChecksumAlgorithm", "MD5"), new Headers(), ChecksumMode.WHEN_SUPPORTED,
                true, false));
        assertEquals("Unsupported checksum algorithm 'MD5' in s3.DeleteObjects parameter ChecksumAlgorithm"
                + " (supported: CRC32, CRC32C, CRC64NVME, SHA1, SHA256, SHA512)", e.getMessage());
    }

    @Test
    void validationIsOnByDefaultAndFollowsBotocoresPriority() throws Exception {
        OperationModel get = op("GetObject");
        Map<String, Object> params = new HashMap<>();
        assertTrue(ResponseChecksumRules.defaultValidationMode(get, params, ChecksumMode.WHEN_SUPPORTED));
        assertEquals("ENABLED", params.get("ChecksumMode"));
        assertEquals(List.of(CRC64NVME, CRC32C, CRC32, SHA1, SHA256, SHA512), ResponseChecksumRules.algorithmsToValidate(get, params));

        Map<String, Object> required = new HashMap<>();
        assertFalse(ResponseChecksumRules.defaultValidationMode(get, required, ChecksumMode.WHEN_REQUIRED));
        assertEquals(List.of(), ResponseChecksumRules.algorithmsToValidate(get, required));
        assertEquals(List.of(), ResponseChecksumRules.algorithmsToValidate(op("PutObject"), params));
    }

    @Test
    void theFirstUsableHeaderIsValidatedAndMultipartChecksumsAreSkipped() {
        List<ChecksumAlgorithm> all = ResponseChecksumRules.PRIORITY;
        Headers headers = new Headers().set("x-amz-checksum-sha256", "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=")
                .set("x-amz-checksum-crc32", "DUoRhQ==");
        assertEquals(new ExpectedChecksum(CRC32, "DUoRhQ=="), ResponseChecksumRules.select(headers, all).orElseThrow());

        headers.set("X-Amz-Checksum-CRC32C", "yZRlqg==-3");
        assertEquals(CRC32, ResponseChecksumRules.select(headers, all).orElseThrow().algorithm(),
                "a checksum of part checksums is not the body's: skipped for the next");
        assertEquals(SHA256, ResponseChecksumRules.select(headers, List.of(SHA1, SHA256)).orElseThrow().algorithm());
        assertTrue(ResponseChecksumRules.select(new Headers(), all).isEmpty());
        assertTrue(ResponseChecksumRules.select(headers, List.of()).isEmpty());
    }

    @Test
    void modesParseAsTheSettingsSpellThem() {
        assertEquals(ChecksumMode.WHEN_REQUIRED, ChecksumMode.parse("WHEN_REQUIRED", "request_checksum_calculation"));
        assertEquals(ChecksumMode.WHEN_SUPPORTED, ChecksumMode.parse(null, "request_checksum_calculation"));
        assertEquals("when_supported", ChecksumMode.WHEN_SUPPORTED.settingValue());
        io.boto4j.core.config.ConfigException e = assertThrows(io.boto4j.core.config.ConfigException.class,
                () -> ChecksumMode.parse("always", "response_checksum_validation"));
        assertEquals("response_checksum_validation must be when_supported or when_required, got 'always'", e.getMessage());
    }

    /**
     * Every S3 and S3 Control operation with a checksum trait, in every mode, over http and
     * https, presigned or not, with and without the caller's algorithm: botocore 1.43.107's own
     * functions decide, given boto4j's supported algorithms, and boto4j must decide the same.
     */
    @Test
    void everyDecisionEqualsBotocoresForEveryS3Operation() throws Exception {
        Botocore.assumeAvailable();
        Map<String, Object> spec = Map.of("services", List.of("s3", "s3control"),
                "supported", List.of("crc64nvme", "crc32c", "crc32", "sha1", "sha256", "sha512"));
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (JsonNode service : Botocore.run("botocore_checksum_rules.py", spec)) {
            ServiceModel model = ServiceModel.fromJson(service.path("service").asText(), service.path("model"));
            for (JsonNode c : service.path("cases")) {
                OperationModel op = model.operation(c.path("operation").asText());
                ChecksumMode mode = ChecksumMode.parse(c.path("mode").asText(), "mode");
                Map<String, Object> params = new HashMap<>();
                String member = op.httpChecksum().path("requestAlgorithmMember").asText(null);
                if (!c.path("algorithm").isNull() && member != null) {
                    params.put(member, c.path("algorithm").asText());
                }
                Optional<RequestChecksumRules.Plan> plan = RequestChecksumRules.resolve(op, params, new Headers(), mode,
                        c.path("https").asBoolean(), c.path("presign").asBoolean());
                String mine = plan.map(p -> p.algorithm().name().toLowerCase(Locale.ROOT) + " in "
                        + p.location().name().toLowerCase(Locale.ROOT) + " " + p.algorithmHeader()).orElse("none");
                JsonNode p = c.path("plan");
                String theirs = p.isNull() ? "none" : p.path("algorithm").asText() + " in " + p.path("in").asText() + " "
                        + p.path("algorithmHeader").asText(null);
                ResponseChecksumRules.defaultValidationMode(op, params, mode);
                Object validationMode = params.get(op.httpChecksum().path("requestValidationModeMember").asText(""));
                List<String> algorithms = new ArrayList<>();
                ResponseChecksumRules.algorithmsToValidate(op, params)
                        .forEach(a -> algorithms.add(a.name().toLowerCase(Locale.ROOT)));
                List<String> theirAlgorithms = new ArrayList<>();
                c.path("responseAlgorithms").forEach(a -> theirAlgorithms.add(a.asText()));
                if (!mine.equals(theirs) || !String.valueOf(validationMode).equals(c.path("validationMode").asText("null"))
                        || !algorithms.equals(theirAlgorithms)) {
                    problems.add(c + "\n    boto4j: " + mine + ", mode " + validationMode + ", " + algorithms);
                }
                compared++;
            }
        }
        assertTrue(compared > 500, "compared " + compared);
        assertEquals(List.of(), problems);
    }
}
