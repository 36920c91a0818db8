package io.boto4j.examples.demo;

import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.examples.testing.ModularLaunch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo as {@code ./demo} runs it, end to end against the servers it starts, in this JVM: every
 * step of both parts is told, the large file comes back as it went up, and nothing is left behind
 * (files, server processes). A smaller file than the default keeps it short; 20 MiB still makes
 * three parts.
 */
class DemoTest {

    @Test
    void walksThroughBothLayersOnItsOwnServersAndLeavesNothingBehind(@TempDir Path home) {
        Run run = Run.of(ConfigEnvironment.of(Map.of(), home), "", "--size-mib", "20");
        String out = run.out();
        assertEquals(Demo.OK, run.exitCode(), out + run.err());

        // The servers it started, then part 1 on the blocking layer...
        assertLine(out, "  S3              http://127.0.0.1:");
        assertLine(out, "  SQS             http://127.0.0.1:");
        assertLine(out, "  CreateBucket    boto4j-demo-");
        assertLine(out, "  GetObject       hello.txt -> \"Hello from boto4j's blocking layer!\", text/plain, metadata {layer=blocking}");
        assertLine(out, "  paginate        ListObjectsV2 Prefix=notes/, 5 keys a page -> 3 pages of [5, 5, 2] keys");
        assertLine(out, "X-Amz-Signature=<redacted>");
        assertLine(out, "  HTTP GET        that URL with java.net.http -> 200 \"Hello from boto4j's blocking layer!\"");
        assertLine(out, "[################################] 100%  20.0/20.0 MiB  3/3 parts  in ");
        assertLine(out, "-> 3 parts, ETag \"");
        assertLine(out, "contentLength 20,971,520, eTag \"");
        assertLine(out, "  methods()       S3's custom methods: Copy, DownloadFile, ");
        assertLine(out, "  describeMethod  UploadFile -> UploadResult, takes Filename, Bucket, Key");
        // ... part 2 on the Vert.x layer ...
        assertLine(out, "  paginate        ListObjectsV2 Prefix=photos/ as a ReadStream of pages, 2 keys a page -> [2, 2, 1]");
        assertLine(out, "  GetObject       photos/3.jpg as a ReadStream<Buffer> -> 2,048 bytes, as sent");
        assertLine(out, "fetched with PresignedRequests (Vert.x's WebClient) into a file -> 200 \"Hello from boto4j's blocking layer!\"");
        assertLine(out, "  compared        SHA-256 of the download = SHA-256 of the upload, ");
        assertLine(out, "  ReceiveMessage  \"Hello from boto4j's Vert.x layer!\"");
        assertLine(out, "  DeleteMessage   ");
        // ... and the clean-up: 1 + 12 + 1 + 5 objects, the queue, the bucket, the files, the servers.
        assertLine(out, "  DeleteQueue     /000000000000/boto4j-demo-");
        assertLine(out, "  DeleteObjects   19 objects");
        assertLine(out, "  DeleteBucket    boto4j-demo-");
        assertLine(out, "  stopped         s3proxy and ElasticMQ");
        assertLine(out, "Done in ");
        assertFalse(out.contains("FAILED"), out);
        assertEquals("", run.err());

        assertFalse(Files.exists(workDir(out)), "the demo's files are deleted");
        assertEquals(List.of(), ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList(),
                "the servers are stopped");
    }

    @Test
    void ctrlCStopsTheServersAndDeletesTheFiles(@TempDir Path home) throws Exception {
        if (!ModularLaunch.available()) {
            return;
        }
        try (RunningDemo demo = RunningDemo.start(Map.of(), home, "--size-mib", "24")) {
            demo.awaitLine("CreateBucket", Duration.ofMinutes(2));
            List<ProcessHandle> servers = demo.handle().descendants().toList();
            assertEquals(2, servers.size(), "s3proxy and ElasticMQ: " + servers);

            int exit = demo.interrupt();
            assertNotEquals(0, exit);
            String out = demo.out();
            assertLine(out, "Interrupted: cleaning up.");
            assertFalse(out.contains("FAILED"), out);
            assertFalse(Files.exists(workDir(out)), "the demo's files are deleted");
            for (ProcessHandle server : servers) {
                server.onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void helpAndBadOptionsTouchNothing(@TempDir Path home) {
        Run help = Run.of(ConfigEnvironment.of(Map.of(), home), "", "--help");
        assertEquals(Demo.OK, help.exitCode());
        assertTrue(help.out().startsWith("Usage: ./demo [options]"), help.out());

        Run bad = Run.of(ConfigEnvironment.of(Map.of(), home), "", "--size-mib");
        assertEquals(Demo.USAGE, bad.exitCode());
        assertEquals("demo: --size-mib needs a value\n", bad.err());
        assertEquals("", bad.out());
    }

    static void assertLine(String out, String expected) {
        assertTrue(out.contains(expected), "no \"" + expected + "\" in:\n" + out);
    }

    /** The directory the demo said it deleted. */
    static Path workDir(String out) {
        Matcher m = Pattern.compile("deleted +the demo's files in (\\S+)").matcher(out);
        assertTrue(m.find(), out);
        return Path.of(m.group(1));
    }

    /** One run of the demo in this JVM, with what it printed. */
    record Run(int exitCode, String out, String err) {

        static Run of(ConfigEnvironment environment, String stdin, String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Demo.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), environment, false);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
