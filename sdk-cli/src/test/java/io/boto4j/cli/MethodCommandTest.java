package io.boto4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Custom methods on the command line: listed and described by help without credentials or a
 * region, called like operations with their parameters as options, results printed as JSON.
 */
class MethodCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** No credentials, no region, no config files. */
    private static Map<String, String> bare() {
        Map<String, String> env = new HashMap<>(CliRun.environment());
        env.remove("AWS_ACCESS_KEY_ID");
        env.remove("AWS_SECRET_ACCESS_KEY");
        env.remove("AWS_REGION");
        return env;
    }

    @Test
    void serviceHelpListsTheCustomMethodsBesideTheOperationsWithoutCredentialsOrRegion() {
        CliRun s3 = CliRun.run(bare(), "s3", "help");
        assertEquals(0, s3.exitCode(), s3::toString);
        String out = s3.out();
        assertTrue(out.contains("\nCustom methods of s3 clients (./boto4j s3 <method> help):\n"), s3::toString);
        for (String method : new String[] {"copy", "download-file", "generate-presigned-url", "upload-file", "upload-stream"}) {
            assertTrue(out.contains("\n  " + method + " "), method + " in\n" + out);
        }
        assertTrue(out.contains("\nCommands (./boto4j s3 <command> help):\n  cp "), s3::toString);
        assertTrue(out.indexOf("Operations (") < out.indexOf("Custom methods"), "beside the operations, after them");

        CliRun sqs = CliRun.run(bare(), "sqs", "help");
        assertTrue(sqs.out().contains("\n  generate-presigned-url  "), "the core's method is on every client: " + sqs);
        assertTrue(!sqs.out().contains("upload-file"), "the S3 plugin's methods are S3's alone");
    }

    @Test
    void serviceHelpWorksWhateverProfileTheEnvironmentNames() {
        Map<String, String> env = bare();
        env.put("AWS_PROFILE", "no-such-profile");
        CliRun r = CliRun.run(env, "s3", "help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("upload-file"), r::toString);
    }

    @Test
    void methodHelpDescribesTheParametersAndTheirOptions() {
        CliRun r = CliRun.run(bare(), "s3", "upload-file", "help");
        assertEquals(0, r.exitCode(), r::toString);
        String out = r.out();
        assertTrue(out.startsWith("s3 upload-file (UploadFile, a custom method of s3 clients)\n"), out);
        assertTrue(out.contains("\n  Filename  a file path  (required)  --filename\n      the file to upload\n"), out);
        assertTrue(out.contains("\n  PartSize  an integer  --part-size\n"), out);
        assertTrue(out.contains("\n  ExtraArgs  a structure (map)  --extra-args\n"), out);
        assertTrue(out.contains("\n  Listener  a TransferListener  given by boto4j: a progress bar on stderr"), out);
        assertTrue(out.contains("\n  Cancellation  a TransferCancellation  given by boto4j: Ctrl-C cancels"), out);
        assertTrue(out.contains("\nOutput: UploadResult, printed as JSON"), out);

        CliRun presign = CliRun.run(bare(), "sqs", "GeneratePresignedUrl", "help");
        assertTrue(presign.out().contains("(GeneratePresignedUrl, a custom method of sqs clients; no I/O)"), presign::toString);
        assertTrue(presign.out().contains("\n  Params  a structure (map)  in --params only (--params is boto4j's own option)"),
                presign::toString);
    }

    @Test
    void aMethodIsCalledLikeAnOperationItsResultPrintedAsJson() throws Exception {
        CliRun r = CliRun.run("sqs", "generate-presigned-url", "--operation", "ListQueues", "--expires-in", "90");
        assertEquals(0, r.exitCode(), r::toString);
        URI url = URI.create(JSON.readTree(r.out()).asText());
        assertEquals("sqs.us-west-2.amazonaws.com", url.getHost(), r::toString);
        assertTrue(url.getQuery().contains("X-Amz-Expires=90") && url.getQuery().contains("X-Amz-Signature="), r::toString);

        // --params gives the arguments as JSON; the options win over it.
        CliRun params = CliRun.run("s3", "generate-presigned-url", "--params",
                "{\"Operation\": \"GetObject\", \"Params\": {\"Bucket\": \"amzn-s3-demo-bucket\", \"Key\": \"k\"},"
                        + " \"ExpiresIn\": 30}", "--expires-in", "45");
        assertEquals(0, params.exitCode(), params::toString);
        String text = JSON.readTree(params.out()).asText();
        assertTrue(text.startsWith("https://amzn-s3-demo-bucket.s3.amazonaws.com/k?"), text);
        assertTrue(text.contains("X-Amz-Expires=45"), text);
    }

    @Test
    void aRecordResultIsItsComponentsAsJson(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("up.txt"), "some text");
        try (FakeS3 s3 = new FakeS3()) {
            CliRun r = CliRun.run("s3", "upload-file", "--endpoint-url", s3.url(), "--filename", file.toString(),
                    "--bucket", "bucket", "--key", "up.txt");
            assertEquals(0, r.exitCode(), r::toString);
            JsonNode result = JSON.readTree(r.out());
            assertEquals("bucket", result.path("bucket").asText(), r::toString);
            assertEquals("up.txt", result.path("key").asText());
            assertEquals(9, result.path("size").asInt());
            assertEquals(0, result.path("partCount").asInt());
            assertTrue(result.path("eTag").asText().startsWith("\""), r::toString);
            assertTrue(!result.has("versionId"), "nulls are left out, as absent members are: " + r);
            assertEquals("some text", s3.objects.get("/bucket/up.txt"));

            Path down = dir.resolve("down.txt");
            CliRun d = CliRun.run("s3", "download-file", "--endpoint-url", s3.url(), "--bucket", "bucket", "--key",
                    "up.txt", "--filename", down.toString());
            assertEquals(0, d.exitCode(), d::toString);
            assertEquals(down.toString(), JSON.readTree(d.out()).path("file").asText(), "a path as its text: " + d);
            assertEquals("some text", Files.readString(down));
        }
    }

    @Test
    void argumentErrorsNameTheOptionAndComeAllAtOnceBeforeAnythingIsSent() throws Exception {
        try (FakeS3 s3 = new FakeS3()) {
            CliRun r = CliRun.run("s3", "upload-file", "--endpoint-url", s3.url(), "--bucket", "bucket",
                    "--part-size", "big", "--extra-args", "[1]", "--max-concurrency", "3.5");
            assertUsage(r, "the input of s3 upload-file is not valid (nothing was sent):");
            assertUsage(r, "--part-size expects an integer (PartSize), not 'big'");
            assertUsage(r, "--extra-args expects a structure (map) (ExtraArgs), got a JSON list");
            assertUsage(r, "--max-concurrency expects an integer (MaxConcurrency), not '3.5'");
            assertUsage(r, "missing required Filename (a file path): give --filename VALUE or \"Filename\" in --params");
            assertUsage(r, "missing required Key (a string): give --key VALUE");
            assertUsage(CliRun.run("s3", "upload-file", "--filname", "f"),
                    "unknown option --filname for s3 upload-file (did you mean --filename");
            assertUsage(CliRun.run("s3", "upload-file", "--params", "{\"Filenam\": \"f\", \"Bucket\": \"b\", \"Key\": \"k\"}"),
                    "--params: unknown parameter Filenam (did you mean Filename?); s3 upload-file takes Filename, Bucket,");
            assertUsage(CliRun.run("s3", "upload-file", "--dry-run"), "s3 upload-file is a custom method");
            assertEquals(0, s3.requests().size());
        }
    }

    @Test
    void anUnknownWordSuggestsOperationsCommandsAndMethods() {
        assertUsage(CliRun.run(bare(), "s3", "upload-fil"), "unknown operation 'upload-fil' for s3 (did you mean upload-file");
        assertUsage(CliRun.run(bare(), "s3", "presing"), "(did you mean presign");
    }

    private static void assertUsage(CliRun r, String problem) {
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains(problem), () -> "expected '" + problem + "' in\n" + r);
    }
}
