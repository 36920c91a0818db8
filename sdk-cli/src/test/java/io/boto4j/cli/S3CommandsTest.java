package io.boto4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code s3 presign} and {@code s3 cp} in-process: presigning sends nothing; copies go to a
 * small in-memory S3 ({@link FakeS3}) on 127.0.0.1, below the multipart threshold (multipart,
 * SigV4 checks and Ctrl-C are proven against s3proxy in sdk-it).
 */
class S3CommandsTest {
    private static final String TEXT = "hello from s3 cp\n".repeat(50);

    private static CliRun cp(FakeS3 s3, String... args) {
        return cp(s3, "", false, args);
    }

    private static CliRun cp(FakeS3 s3, String stdin, boolean terminal, String... args) {
        String[] all = Stream.concat(Stream.of("s3", "cp", "--endpoint-url", s3.url()), Stream.of(args))
                .toArray(String[]::new);
        return CliRun.run(CliRun.environment(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                terminal, all);
    }

    @Test
    void presignPrintsTheUrlAloneValidForAnHourByDefault() {
        CliRun r = CliRun.run("s3", "presign", "s3://amzn-s3-demo-bucket/photos/cat.jpg");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(1, r.out().lines().count(), "one line: " + r);
        URI url = URI.create(r.out().strip());
        // botocore's presigned S3 URLs name the global endpoint, whatever the region; the signature names it.
        assertEquals("amzn-s3-demo-bucket.s3.amazonaws.com", url.getHost());
        assertEquals("/photos/cat.jpg", url.getPath());
        assertTrue(url.getQuery().contains("X-Amz-Expires=3600") && url.getQuery().contains("X-Amz-Signature="),
                url::toString);
        assertTrue(url.getQuery().contains("X-Amz-Credential=AKIDEXAMPLE/") && url.getQuery().contains("/us-west-2/s3/"),
                url::toString);

        CliRun week = CliRun.run("s3", "presign", "s3://amzn-s3-demo-bucket/k", "--expires-in", "604800");
        assertTrue(week.out().contains("X-Amz-Expires=604800"), week::toString);
    }

    @Test
    void presignRefusesAnExpiryOutsideOneSecondToSevenDays() {
        for (String seconds : List.of("0", "-5", "604801")) {
            CliRun r = CliRun.run("s3", "presign", "s3://b-b/k", "--expires-in", seconds);
            assertUsage(r, "--expires-in: ExpiresIn must be between 1 second and 7 days (604800 seconds)");
            assertEquals("", r.out());
        }
        assertUsage(CliRun.run("s3", "presign", "s3://b-b/k", "--expires-in", "soon"),
                "--expires-in expects a number of seconds (1 to 604800), not 'soon'");
    }

    @Test
    void presignNeedsAnObjectAndCredentials() {
        assertUsage(CliRun.run("s3", "presign"), "missing arguments; usage: ./boto4j s3 presign s3://BUCKET/KEY");
        assertUsage(CliRun.run("s3", "presign", "photos/cat.jpg"), "'photos/cat.jpg' is not an S3 location");
        assertUsage(CliRun.run("s3", "presign", "s3://bucket/"), "s3://bucket/ names no object");
        assertUsage(CliRun.run("s3", "presign", "s3://b-b/k", "--dry-run"), "s3 presign takes neither --params nor --dry-run");
        assertUsage(CliRun.run("s3", "presign", "s3://b-b/k", "--expires"), "unknown option --expires for s3 presign"
                + " (did you mean --expires-in");
        Map<String, String> env = CliRun.environment();
        env.remove("AWS_ACCESS_KEY_ID");
        env.remove("AWS_SECRET_ACCESS_KEY");
        CliRun r = CliRun.run(env, "s3", "presign", "s3://b-b/k");
        assertEquals(ExitCodes.CONFIG, r.exitCode(), r::toString);
    }

    @Test
    void cpUploadsAFileAndPrintsWhatItDid(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), TEXT);
        try (FakeS3 s3 = new FakeS3()) {
            CliRun r = cp(s3, file.toString(), "s3://bucket/docs/");
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("upload: " + file + " to s3://bucket/docs/notes.txt\n", r.out(), "the file's name is the key's last part");
            assertEquals("", r.err(), "no progress bar when stderr is no terminal");
            assertEquals(TEXT, s3.objects.get("/bucket/docs/notes.txt"));

            CliRun quiet = cp(s3, file.toString(), "s3://bucket/renamed.txt", "--quiet");
            assertEquals(0, quiet.exitCode(), quiet::toString);
            assertEquals("", quiet.out() + quiet.err());
            assertEquals(TEXT, s3.objects.get("/bucket/renamed.txt"));
        }
    }

    @Test
    void cpUploadsStdinToTheKeyGiven() throws Exception {
        try (FakeS3 s3 = new FakeS3()) {
            CliRun r = cp(s3, TEXT, false, "-", "s3://bucket/from-stdin.txt");
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("", r.out(), "a stream prints no result line (stdout may be data)");
            assertEquals(TEXT, s3.objects.get("/bucket/from-stdin.txt"));
            assertUsage(cp(s3, "-", "s3://bucket/dir/"), "stdin has no file name, so DST must name the object");
        }
    }

    @Test
    void cpDownloadsAnObjectToAFileADirectoryOrStdout(@TempDir Path dir) throws Exception {
        try (FakeS3 s3 = new FakeS3()) {
            s3.objects.put("/bucket/reports/2026.txt", TEXT);
            Path file = dir.resolve("report.txt");
            CliRun r = cp(s3, "s3://bucket/reports/2026.txt", file.toString());
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("download: s3://bucket/reports/2026.txt to " + file + "\n", r.out());
            assertEquals(TEXT, Files.readString(file));

            CliRun intoDir = cp(s3, "s3://bucket/reports/2026.txt", dir + "/new/sub/");
            assertEquals(0, intoDir.exitCode(), intoDir::toString);
            assertEquals(TEXT, Files.readString(dir.resolve("new/sub/2026.txt")), "missing directories are created");
            CliRun existingDir = cp(s3, "s3://bucket/reports/2026.txt", dir.toString());
            assertEquals(TEXT, Files.readString(dir.resolve("2026.txt")), existingDir::toString);

            CliRun stdout = cp(s3, "s3://bucket/reports/2026.txt", "-");
            assertEquals(0, stdout.exitCode(), stdout::toString);
            assertEquals(TEXT, stdout.out(), "the body alone");
        }
    }

    @Test
    void aFailedDownloadLeavesNoFileAndAnExistingOneAsItWas(@TempDir Path dir) throws Exception {
        try (FakeS3 s3 = new FakeS3()) {
            Path file = Files.writeString(dir.resolve("kept.txt"), "before");
            CliRun r = cp(s3, "s3://bucket/missing.txt", file.toString());
            assertEquals(ExitCodes.SERVICE_ERROR, r.exitCode(), r::toString);
            assertEquals("before", Files.readString(file));
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(file), left.toList(), "no temporary file either");
            }
        }
    }

    @Test
    void cpCopiesWithinS3() throws Exception {
        try (FakeS3 s3 = new FakeS3()) {
            s3.objects.put("/bucket/a/original.txt", TEXT);
            CliRun r = cp(s3, "s3://bucket/a/original.txt", "s3://other/b/");
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("copy: s3://bucket/a/original.txt to s3://other/b/original.txt\n", r.out());
            CannedServer.Request copy = s3.requests().get(s3.requests().size() - 1);
            assertEquals("PUT /other/b/original.txt", copy.method() + " " + copy.uri());
            assertEquals("bucket/a/original.txt", copy.header("x-amz-copy-source"));
        }
    }

    @Test
    void aTerminalSeesAProgressBarThatIsClearedBeforeTheResultLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f.txt"), TEXT);
        try (FakeS3 s3 = new FakeS3()) {
            CliRun r = cp(s3, "", true, file.toString(), "s3://bucket/f.txt");
            assertEquals(0, r.exitCode(), r::toString);
            assertTrue(r.err().startsWith("\r[------------------------]   0%  0 B/850 B"), r::toString);
            assertTrue(r.err().matches("(?s).*\r +\r"), "the line is blanked at the end: " + r.err());
            assertEquals("upload: " + file + " to s3://bucket/f.txt\n", r.out());

            CliRun noProgress = cp(s3, "", true, file.toString(), "s3://bucket/f.txt", "--no-progress");
            assertEquals("", noProgress.err(), noProgress::toString);
            assertEquals("upload: " + file + " to s3://bucket/f.txt\n", noProgress.out());
        }
    }

    @Test
    void cpArgumentErrorsAreUsageErrorsBeforeAnythingIsSent(@TempDir Path dir) throws Exception {
        try (FakeS3 s3 = new FakeS3()) {
            assertUsage(cp(s3, "a.txt", "b.txt"), "s3 cp copies to, from or within S3: SRC or DST must be s3://BUCKET/KEY");
            assertUsage(cp(s3, dir.resolve("nope.txt").toString(), "s3://bucket/"), "SRC: no such file");
            assertUsage(cp(s3, "s3://bucket/logs/", dir.toString()), "SRC: s3://bucket/logs/ names a prefix, not an object");
            assertUsage(cp(s3, "s3://bucket", dir.toString()), "names a bucket, not an object");
            assertUsage(cp(s3, "s3://", "x"), "s3:// names no bucket");
            assertUsage(cp(s3, "s3://bucket/k"), "missing arguments; usage: ./boto4j s3 cp SRC DST");
            assertUsage(cp(s3, "s3://bucket/k", "x", "y"), "unexpected argument 'y'");
            assertUsage(cp(s3, "s3://bucket/k", "x", "--quiet=yes"), "--quiet takes no value: Quiet is a boolean; use --quiet for true");
            assertUsage(cp(s3, "s3://bucket/k", "x", "--params", "{}"), "s3 cp takes neither --params");
            assertEquals(List.of(), s3.requests());
        }
    }

    @Test
    void helpShowsTheCommands() {
        CliRun cp = CliRun.run("s3", "cp", "help");
        assertEquals(0, cp.exitCode(), cp::toString);
        assertTrue(cp.out().startsWith("usage: ./boto4j s3 cp SRC DST [--quiet] [--no-progress]"), cp::toString);
        assertTrue(cp.out().contains("multipart_threshold"), cp::toString);
        assertTrue(CliRun.run("s3", "presign", "help").out().contains("1 to 604800 (7 days), 3600 when not given"));
        assertFalse(CliRun.run("sqs", "help").out().contains("presign "), "cp and presign are S3's");
    }

    private static void assertUsage(CliRun r, String problem) {
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains(problem), () -> "expected '" + problem + "' in\n" + r);
    }
}
