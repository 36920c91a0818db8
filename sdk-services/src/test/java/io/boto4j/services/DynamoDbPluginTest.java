package io.boto4j.services;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.ChecksumMismatchException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DynamoDB's {@code x-amz-crc32} check, against botocore 1.43.107's retries (standard mode, 3 attempts). */
class DynamoDbPluginTest {
    private static final String TABLES = "{\"TableNames\":[\"orders\"]}";
    private static final String DAMAGED = "{\"TableNames\":[\"ordErs\"]}";

    @Test
    void aResponseWithItsCrcIsUsed() {
        new Wire.Case("dynamodb")
                .call("ListTables", Map.of())
                .respond(200, crc(TABLES), TABLES)
                .call("ListTables", Map.of())
                .respond(200, Map.of(), TABLES)
                .run().assertSame();
    }

    @Test
    void aDamagedResponseIsRetriedAsBotocoreRetriesIt() {
        Wire.Run run = new Wire.Case("dynamodb")
                .call("ListTables", Map.of())
                .respond(200, crc(TABLES), DAMAGED)
                .respond(400, crc("{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\"}"),
                        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ValidationException\"}")
                .respond(200, crc(TABLES), TABLES)
                .run().assertSame();
        assertEquals(3, run.boto4j().size(), "a damaged success and a damaged error, each retried");
    }

    @Test
    void whenEveryAttemptIsDamagedTheCallFailsWhereBotocoreReturnsTheDamage() {
        Wire.Run run = new Wire.Case("dynamodb")
                .call("ListTables", Map.of())
                .respond(200, crc(TABLES), DAMAGED)
                .respond(200, crc(TABLES), DAMAGED)
                .respond(200, crc(TABLES), DAMAGED)
                .run().assertSameRequests();
        JsonNode botocore = run.botocoreResults().get(0);
        assertEquals("ordErs", botocore.path("output").path("TableNames").path(0).asText(), botocore.toString());
        String failure = run.boto4jResult().path("exception").asText();
        assertTrue(failure.startsWith(ChecksumMismatchException.class.getName())
                && failure.contains("CRC32 checksum mismatch: the service sent " + crc(TABLES).get("x-amz-crc32")
                + ", the body received has " + crc(DAMAGED).get("x-amz-crc32")), failure);
    }

    private static Map<String, String> crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return Map.of("x-amz-crc32", Long.toString(crc.getValue()));
    }
}
