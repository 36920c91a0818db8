package io.boto4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.cli.values.ValueFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code file://PATH} (the file's text) and {@code fileb://PATH} (its bytes) as values of member
 * options and of members in {@code --params}, as the AWS CLI reads them; a streaming body is a file.
 */
class FileValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUEUE = "https://sqs.us-west-2.amazonaws.com/1/q";
    /** Not UTF-8: a blob's bytes must arrive as they are. */
    private static final byte[] BINARY = {(byte) 0xff, 0, (byte) 0xfe, 10, 13};

    @TempDir
    Path dir;
    private Path text;
    private Path binary;

    @BeforeEach
    void files() throws Exception {
        text = Files.writeString(dir.resolve("message.txt"), "héllo from a file\n", StandardCharsets.UTF_8);
        binary = Files.write(dir.resolve("payload.bin"), BINARY);
    }

    private static JsonNode signed(String... args) throws Exception {
        CliRun r = CliRun.run(args);
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.readTree(r.out());
    }

    private static JsonNode sentJson(JsonNode signed) throws Exception {
        return JSON.readTree(signed.path("body").asText());
    }

    @Test
    void fileGivesTheTextOfAStringOrTheJsonOfAStructure() throws Exception {
        Path attributes = Files.writeString(dir.resolve("attributes.json"),
                "{\"color\": {\"DataType\": \"String\", \"StringValue\": \"blue\"}}");
        JsonNode sent = sentJson(signed("sqs", "send-message", "--queue-url", QUEUE, "--message-body", "file://" + text,
                "--message-attributes", "file://" + attributes, "--dry-run"));
        assertEquals("héllo from a file\n", sent.path("MessageBody").asText());
        assertEquals("blue", sent.path("MessageAttributes").path("color").path("StringValue").asText());
    }

    @Test
    void filebGivesTheBytesOfABlob() throws Exception {
        JsonNode req = signed("lambda", "invoke", "--function-name", "f", "--payload", "fileb://" + binary, "--dry-run");
        assertEquals(Base64.getEncoder().encodeToString(BINARY), req.path("bodyBase64").asText(), req::toString);
    }

    @Test
    void paramsMembersMayNameFilesToo() throws Exception {
        JsonNode sent = sentJson(signed("sqs", "send-message", "--dry-run", "--params",
                "{\"QueueUrl\": \"" + QUEUE + "\", \"MessageBody\": \"file://" + text + "\"}"));
        assertEquals("héllo from a file\n", sent.path("MessageBody").asText());
        JsonNode req = signed("lambda", "invoke", "--dry-run", "--params",
                "{\"FunctionName\": \"f\", \"Payload\": \"fileb://" + binary + "\"}");
        assertEquals(Base64.getEncoder().encodeToString(BINARY), req.path("bodyBase64").asText(), req::toString);
        // A blob deeper in the input (Kinesis PutRecords' Records[].Data) may be fileb:// as well.
        JsonNode records = sentJson(signed("kinesis", "put-records", "--stream-name", "s", "--records",
                "[{\"Data\": \"fileb://" + binary + "\", \"PartitionKey\": \"k\"}]", "--dry-run"));
        assertEquals(Base64.getEncoder().encodeToString(BINARY), records.path("Records").path(0).path("Data").asText());
    }

    @Test
    void aStreamingBodyIsStreamedFromItsFile() throws Exception {
        // Over https PutObject goes aws-chunked with a CRC32 trailer: the file's 5 bytes are the decoded length.
        for (String body : new String[] {binary.toString(), "fileb://" + binary}) {
            JsonNode req = signed("s3", "put-object", "--bucket", "b", "--key", "k", "--body", body, "--dry-run");
            assertEquals("5", req.path("headers").path("X-Amz-Decoded-Content-Length").asText(), req::toString);
            assertEquals("aws-chunked", req.path("headers").path("Content-Encoding").asText(), req::toString);
        }
        JsonNode fromParams = signed("s3", "put-object", "--dry-run", "--params",
                "{\"Bucket\": \"b\", \"Key\": \"k\", \"Body\": \"fileb://" + binary + "\"}");
        assertEquals("5", fromParams.path("headers").path("X-Amz-Decoded-Content-Length").asText(), fromParams::toString);
    }

    @Test
    void fileProblemsAreUsageErrorsNamingTheOptionAndTheFile() {
        Path missing = dir.resolve("missing.txt");
        assertUsage(CliRun.run("sqs", "send-message", "--queue-url", QUEUE, "--message-body", "file://" + missing,
                "--dry-run"), "--message-body: no such file " + missing);
        assertUsage(CliRun.run("sqs", "send-message", "--queue-url", QUEUE, "--message-body", "file://" + binary,
                "--dry-run"), "--message-body: " + binary + " is not UTF-8 text; for its bytes use fileb://" + binary);
        assertUsage(CliRun.run("sqs", "send-message", "--queue-url", QUEUE, "--message-body", "fileb://" + binary,
                "--dry-run"), "--message-body: fileb:// gives bytes, for blob members; MessageBody (string) takes text");
        assertUsage(CliRun.run("s3", "put-object", "--bucket", "b", "--key", "k", "--body", dir.toString(), "--dry-run"),
                "--body: " + dir + " is a directory, not a file");
        assertUsage(CliRun.run("sqs", "send-message", "--dry-run", "--params",
                "{\"QueueUrl\": \"" + QUEUE + "\", \"MessageBody\": \"file://" + missing + "\"}"),
                "--params: MessageBody: no such file " + missing);
    }

    @Test
    void aTildeIsTheHomeDirectory() {
        ValueFiles files = new ValueFiles(dir);
        assertEquals(dir.resolve("message.txt"), files.path("file://~/message.txt"));
        assertEquals(Path.of("relative/x"), files.path("fileb://relative/x"));
        assertEquals("héllo from a file\n", files.text("file://~/message.txt", "--x"));
    }

    private static void assertUsage(CliRun r, String problem) {
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains(problem), () -> "expected '" + problem + "' in\n" + r);
    }
}
