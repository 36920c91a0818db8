package io.boto4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A streamed output (S3 GetObject's Body) goes to {@code --output-file} and nowhere else: it is
 * required, checked before anything is sent, and the file is written whole or not at all.
 */
class StreamedOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] CONTENT = "0123456789abcdefghij".repeat(100).getBytes(StandardCharsets.US_ASCII);

    private static CannedServer.Response object() {
        return new CannedServer.Response(200, Map.of("Content-Type", "application/octet-stream", "ETag", "\"e1\""),
                CONTENT);
    }

    private static CliRun getObject(CannedServer server, String... more) {
        return getObject(server.url(), more);
    }

    private static CliRun getObject(String url, String... more) {
        String[] base = {"s3", "get-object", "--endpoint-url", url, "--bucket", "bucket", "--key", "k"};
        return CliRun.run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
    }

    @Test
    void aStreamedOutputWithoutOutputFileIsAUsageErrorAndNothingIsSent() throws Exception {
        try (CannedServer server = new CannedServer(req -> object())) {
            CliRun r = getObject(server);
            assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
            assertTrue(r.err().contains("s3 get-object streams its Body as raw bytes: give --output-file PATH"
                    + " to write it to a file, or --output-file - for stdout"), r::toString);
            assertEquals(List.of(), server.requests, "checked before anything is sent");
        }
    }

    @Test
    void helpSaysWhereTheStreamedOutputGoes() {
        CliRun r = CliRun.run("s3", "get-object", "help");
        assertTrue(r.out().contains("Output (Body streams to --output-file PATH, or - for stdout;"), r::toString);
        assertTrue(CliRun.run("sqs", "list-queues", "help").out().contains("\nOutput:\n"));
    }

    @Test
    void outputFileIsRefusedWhereNothingStreamsAndCheckedBeforeSending(@TempDir Path dir) throws Exception {
        try (CannedServer server = new CannedServer(req -> object())) {
            CliRun none = CliRun.run("sqs", "list-queues", "--endpoint-url", server.url(),
                    "--output-file", dir.resolve("q.json").toString());
            assertEquals(ExitCodes.USAGE, none.exitCode(), none::toString);
            assertTrue(none.err().contains("sqs list-queues prints its whole output as JSON: leave --output-file out"),
                    none::toString);
            CliRun noDir = getObject(server, "--output-file", dir.resolve("missing/k.bin").toString());
            assertEquals(ExitCodes.USAGE, noDir.exitCode(), noDir::toString);
            assertTrue(noDir.err().contains("does not exist; create it or name another file"), noDir::toString);
            CliRun isDir = getObject(server, "--output-file", dir.toString());
            assertTrue(isDir.err().contains("is a directory; name a file in it"), isDir::toString);
            assertEquals(List.of(), server.requests);
            assertEquals(List.of(), listing(dir), "nothing created");
        }
    }

    @Test
    void theBodyGoesToTheFileAndTheRestToStdout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("k.bin");
        Files.writeString(file, "an older version");
        try (CannedServer server = new CannedServer(req -> object())) {
            CliRun r = getObject(server, "--output-file", file.toString());
            assertEquals(0, r.exitCode(), r::toString);
            assertArrayEquals(CONTENT, Files.readAllBytes(file));
            JsonNode out = JSON.readTree(r.out());
            assertEquals("\"e1\"", out.path("ETag").asText(), r::toString);
            assertFalse(out.has("Body"));
            assertEquals(List.of(file), listing(dir), "no temporary file left beside it");
        }
    }

    @Test
    void aDashSendsTheBodyAloneToStdout() throws Exception {
        try (CannedServer server = new CannedServer(req -> object())) {
            CliRun r = getObject(server, "--output-file", "-");
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals(new String(CONTENT, StandardCharsets.US_ASCII), r.out());
        }
    }

    @Test
    void aDownloadThatFailsMidwayLeavesNoFileAndKeepsTheOldOne(@TempDir Path dir) throws Exception {
        try (CutOffServer server = new CutOffServer(CONTENT, CONTENT.length / 2)) {
            Path fresh = dir.resolve("fresh.bin");
            CliRun r = getObject(server.url(), "--output-file", fresh.toString());
            assertEquals(ExitCodes.FAILURE, r.exitCode(), r::toString);
            assertTrue(r.err().contains("response body ended after 1000 of its 2000 bytes (Content-Length);"
                    + " the connection was cut, run the command again; " + fresh + " was not written"), r::toString);
            assertEquals(List.of(), listing(dir), "no partial file, no temporary file");

            Path old = dir.resolve("old.bin");
            Files.writeString(old, "the previous download");
            CliRun again = getObject(server.url(), "--output-file", old.toString());
            assertEquals(ExitCodes.FAILURE, again.exitCode(), again::toString);
            assertEquals("the previous download", Files.readString(old));
            assertEquals(List.of(old), listing(dir));
            assertEquals(2, server.requests(), "a body cut off after it was handed over is not retried");
        }
    }

    @Test
    void aServiceErrorLeavesNoFile(@TempDir Path dir) throws Exception {
        String noSuchKey = "<Error><Code>NoSuchKey</Code><Message>gone</Message></Error>";
        try (CannedServer server = new CannedServer(req -> new CannedServer.Response(404,
                Map.of("Content-Type", "application/xml"), noSuchKey.getBytes(StandardCharsets.UTF_8)))) {
            CliRun r = getObject(server, "--output-file", dir.resolve("k.bin").toString());
            assertEquals(ExitCodes.SERVICE_ERROR, r.exitCode(), r::toString);
            assertEquals("NoSuchKey", JSON.readTree(r.err()).path("code").asText(), r::toString);
            assertEquals(List.of(), listing(dir));
        }
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
