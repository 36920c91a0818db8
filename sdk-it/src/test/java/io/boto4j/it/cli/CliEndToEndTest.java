package io.boto4j.it.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.cli.Cli;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.it.fault.Fault;
import io.boto4j.it.fault.FaultProxy;
import io.boto4j.it.servers.ElasticMqServer;
import io.boto4j.it.servers.S3ProxyServer;
import io.boto4j.it.servers.TestServer;
import io.boto4j.it.servers.TestServers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI ({@code ./boto4j}, run in-process, and as a process where only a process shows it)
 * against s3proxy, which checks every signature, and ElasticMQ.
 */
@ExtendWith(TestServers.class)
class CliEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIB = 1 << 20;

    private record Run(int exit, String out, String err, byte[] stdout) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n" + out + err;
        }
    }

    private static Run cli(TestServer server, Path home, String... args) {
        return cli(server, server.endpoint(), home, args);
    }

    /** The CLI against {@code endpoint} (the server itself, or a fault proxy in front of it). */
    private static Run cli(TestServer server, URI endpoint, Path home, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                ConfigEnvironment.of(environment(server, endpoint, home), home)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }

    /** The server's credentials, region and endpoint; config files in {@code home}. */
    private static Map<String, String> environment(TestServer server, URI endpoint, Path home) {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_ACCESS_KEY_ID", server.credentials().accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", server.credentials().secretAccessKey());
        env.put("AWS_REGION", server.region());
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_ENDPOINT_URL", endpoint.toString());
        return env;
    }

    @Test
    void s3LifecycleThroughTheCli(S3ProxyServer server, @TempDir Path home) throws Exception {
        String bucket = "cli-" + UUID.randomUUID();
        String key = "dir/hello wörld.txt";
        String params = "{\"Bucket\": \"" + bucket + "\", \"Key\": \"" + key + "\"}";
        String body = Base64.getEncoder().encodeToString("hello from the CLI".getBytes(StandardCharsets.UTF_8));

        assertEquals(0, cli(server, home, "s3", "create-bucket", "--params", "{\"Bucket\": \"" + bucket + "\"}").exit());
        assertEquals(0, cli(server, home, "s3", "wait", "bucket-exists", "--params",
                "{\"Bucket\": \"" + bucket + "\"}").exit());
        Run put = cli(server, home, "s3", "put-object", "--params",
                params.replace("}", ", \"Body\": \"" + body + "\", \"ContentType\": \"text/plain\"}"));
        assertEquals(0, put.exit(), put::toString);
        assertTrue(put.json().path("ETag").asText().startsWith("\""), put::toString);

        Run head = cli(server, home, "s3", "head-object", "--params", params);
        assertEquals(18, head.json().path("ContentLength").asInt(), head::toString);

        Path file = home.resolve("got.txt");
        Run get = cli(server, home, "s3", "get-object", "--params", params, "--output-file", file.toString());
        assertEquals(0, get.exit(), get::toString);
        assertEquals("hello from the CLI", Files.readString(file));

        Run list = cli(server, home, "s3", "list-objects-v2", "--paginate", "--params",
                "{\"Bucket\": \"" + bucket + "\"}");
        assertEquals(key, list.json().path("Contents").path(0).path("Key").asText(), list::toString);

        assertEquals(0, cli(server, home, "s3", "delete-object", "--params", params).exit());
        Path goneFile = home.resolve("gone.txt");
        Run gone = cli(server, home, "s3", "get-object", "--params", params, "--output-file", goneFile.toString());
        assertEquals(254, gone.exit(), gone::toString);
        assertFalse(Files.exists(goneFile), "a service error writes no file");
        JsonNode error = JSON.readTree(gone.err());
        assertEquals("NoSuchKey", error.path("code").asText(), gone::toString);
        assertEquals(404, error.path("status").asInt());
        assertEquals(0, cli(server, home, "s3", "delete-bucket", "--params", "{\"Bucket\": \"" + bucket + "\"}").exit());
    }

    @Test
    void memberOptionsAndFilesThroughTheCli(S3ProxyServer server, @TempDir Path home) throws Exception {
        String bucket = "cli-options-" + UUID.randomUUID();
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        Path upload = Files.write(home.resolve("upload.bin"), content);

        assertEquals(0, cli(server, home, "s3", "create-bucket", "--bucket", bucket).exit());
        Run put = cli(server, home, "s3", "put-object", "--bucket", bucket, "--key", "blob.bin",
                "--body", upload.toString(), "--content-type", "application/x-test", "--metadata", "{\"origin\": \"cli\"}");
        assertEquals(0, put.exit(), put::toString);

        Path download = home.resolve("download.bin");
        Run get = cli(server, home, "s3", "get-object", "--bucket", bucket, "--key", "blob.bin",
                "--output-file", download.toString());
        assertEquals(0, get.exit(), get::toString);
        assertArrayEquals(content, Files.readAllBytes(download));
        assertEquals("application/x-test", get.json().path("ContentType").asText(), get::toString);
        assertEquals("cli", get.json().path("Metadata").path("origin").asText(), get::toString);

        Run noTarget = cli(server, home, "s3", "get-object", "--bucket", bucket, "--key", "blob.bin");
        assertEquals(252, noTarget.exit(), noTarget::toString);
        assertTrue(noTarget.err().contains("give --output-file PATH"), noTarget::toString);

        Run list = cli(server, home, "s3", "list-objects-v2", "--bucket", bucket, "--max-keys", "1", "--fetch-owner");
        assertEquals("blob.bin", list.json().path("Contents").path(0).path("Key").asText(), list::toString);
        assertEquals(0, cli(server, home, "s3", "delete-object", "--bucket", bucket, "--key", "blob.bin").exit());
        assertEquals(0, cli(server, home, "s3", "delete-bucket", "--bucket", bucket).exit());
    }

    @Test
    void aDownloadCutOffMidwayLeavesNoFile(S3ProxyServer server, @TempDir Path home) throws Exception {
        String bucket = "cli-cut-" + UUID.randomUUID();
        byte[] content = new byte[100_000];
        new Random(11).nextBytes(content);
        assertEquals(0, cli(server, home, "s3", "create-bucket", "--bucket", bucket).exit());
        assertEquals(0, cli(server, home, "s3", "put-object", "--bucket", bucket, "--key", "k",
                "--body", Files.write(home.resolve("up.bin"), content).toString()).exit());
        Path downloads = Files.createDirectory(home.resolve("downloads"));
        Path target = downloads.resolve("k.bin");
        try (FaultProxy proxy = FaultProxy.start(server.endpoint())) {
            proxy.setDefault(Fault.truncatedBody(content.length / 3));
            Run cut = cli(server, proxy.endpoint(), home, "s3", "get-object", "--bucket", bucket, "--key", "k",
                    "--output-file", target.toString());
            assertEquals(255, cut.exit(), cut::toString);
            assertTrue(cut.err().contains("the connection was cut") && cut.err().contains(target + " was not written"),
                    cut::toString);
            try (Stream<Path> left = Files.list(downloads)) {
                assertEquals(List.of(), left.toList(), "no partial file and no temporary file");
            }

            proxy.setDefault(Fault.passThrough());
            Run whole = cli(server, proxy.endpoint(), home, "s3", "get-object", "--bucket", bucket, "--key", "k",
                    "--output-file", target.toString());
            assertEquals(0, whole.exit(), whole::toString);
            assertArrayEquals(content, Files.readAllBytes(target));
        }
        assertEquals(0, cli(server, home, "s3", "delete-object", "--bucket", bucket, "--key", "k").exit());
        assertEquals(0, cli(server, home, "s3", "delete-bucket", "--bucket", bucket).exit());
    }

    /** The profile's s3 settings, as the AWS CLI reads them: parts from 5 MiB on, of 5 MiB (S3's smallest). */
    private static void smallParts(Path home) throws IOException {
        Files.writeString(home.resolve("config"), "[default]\ns3 =\n  multipart_threshold = 5MB\n"
                + "  multipart_chunksize = 5MB\n");
    }

    private static byte[] random(int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        return content;
    }

    private static List<?> openUploads(S3ProxyServer server, Path home, String bucket) throws Exception {
        Run list = cli(server, home, "s3", "list-multipart-uploads", "--bucket", bucket);
        assertEquals(0, list.exit(), list::toString);
        JsonNode uploads = list.json().path("Uploads");
        return uploads.isArray() ? JSON.convertValue(uploads, List.class) : List.of();
    }

    private static void deleteBucket(S3ProxyServer server, Path home, String bucket) throws Exception {
        JsonNode contents = cli(server, home, "s3", "list-objects-v2", "--bucket", bucket).json().path("Contents");
        for (JsonNode object : contents) {
            assertEquals(0, cli(server, home, "s3", "delete-object", "--bucket", bucket, "--key",
                    object.path("Key").asText()).exit());
        }
        assertEquals(0, cli(server, home, "s3", "delete-bucket", "--bucket", bucket).exit());
    }

    @Test
    void s3PresignPrintsAUrlThatAPlainHttpClientCanFetch(S3ProxyServer server, @TempDir Path home) throws Exception {
        String bucket = "cli-presign-" + UUID.randomUUID();
        Path file = Files.writeString(home.resolve("greeting.txt"), "hello through a presigned URL");
        assertEquals(0, cli(server, home, "s3", "create-bucket", "--bucket", bucket).exit());
        assertEquals(0, cli(server, home, "s3", "put-object", "--bucket", bucket, "--key", "greeting.txt",
                "--body", file.toString()).exit());

        Run presign = cli(server, home, "s3", "presign", "s3://" + bucket + "/greeting.txt", "--expires-in", "300");
        assertEquals(0, presign.exit(), presign::toString);
        assertEquals(1, presign.out().lines().count(), "the URL alone: " + presign);
        String url = presign.out().strip();
        assertTrue(url.contains("X-Amz-Expires=300"), url);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> got = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, got.statusCode(), got::body);
        assertEquals("hello through a presigned URL", got.body());
        // s3proxy checks the signature: a URL whose expiry was stretched is refused.
        HttpResponse<String> tampered = http.send(HttpRequest.newBuilder(URI.create(url.replace("X-Amz-Expires=300",
                "X-Amz-Expires=3000"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, tampered.statusCode(), tampered::body);

        Run tooLong = cli(server, home, "s3", "presign", "s3://" + bucket + "/greeting.txt", "--expires-in", "604801");
        assertEquals(252, tooLong.exit(), tooLong::toString);
        assertTrue(tooLong.err().contains("--expires-in: ExpiresIn must be between 1 second and 7 days"), tooLong::toString);
        deleteBucket(server, home, bucket);
    }

    @Test
    void s3CpUpAndDownAboveTheMultipartThreshold(S3ProxyServer server, @TempDir Path home) throws Exception {
        smallParts(home);
        String bucket = "cli-cp-" + UUID.randomUUID();
        byte[] content = random(12 * MIB + 12_345, 21);
        Path source = Files.write(home.resolve("source.bin"), content);
        assertEquals(0, cli(server, home, "s3", "create-bucket", "--bucket", bucket).exit());

        Run up = cli(server, home, "s3", "cp", source.toString(), "s3://" + bucket + "/");
        assertEquals(0, up.exit(), up::toString);
        assertEquals("upload: " + source + " to s3://" + bucket + "/source.bin\n", up.out(), up::toString);
        String eTag = cli(server, home, "s3", "head-object", "--bucket", bucket, "--key", "source.bin").json()
                .path("ETag").asText();
        assertTrue(eTag.endsWith("-3\""), "a multipart upload of three 5 MiB parts: " + eTag);
        assertEquals(List.of(), openUploads(server, home, bucket));

        Path downloads = home.resolve("downloads");
        Run down = cli(server, home, "s3", "cp", "s3://" + bucket + "/source.bin", downloads + "/");
        assertEquals(0, down.exit(), down::toString);
        assertEquals("download: s3://" + bucket + "/source.bin to " + downloads.resolve("source.bin") + "\n", down.out());
        assertArrayEquals(content, Files.readAllBytes(downloads.resolve("source.bin")));

        Run stdout = cli(server, home, "s3", "cp", "s3://" + bucket + "/source.bin", "-");
        assertEquals(0, stdout.exit(), stdout::err);
        assertArrayEquals(content, stdout.stdout(), "the body alone on stdout");

        Run copy = cli(server, home, "s3", "cp", "s3://" + bucket + "/source.bin", "s3://" + bucket + "/copies/");
        assertEquals(0, copy.exit(), copy::toString);
        assertEquals("copy: s3://" + bucket + "/source.bin to s3://" + bucket + "/copies/source.bin\n", copy.out());
        assertEquals(content.length, cli(server, home, "s3", "head-object", "--bucket", bucket, "--key",
                "copies/source.bin").json().path("ContentLength").asLong());
        deleteBucket(server, home, bucket);
    }

    @Test
    void aFailedCpDownloadLeavesTheDestinationAsItWas(S3ProxyServer server, @TempDir Path home) throws Exception {
        smallParts(home);
        String bucket = "cli-cp-cut-" + UUID.randomUUID();
        byte[] content = random(11 * MIB, 23);
        Path source = Files.write(home.resolve("source.bin"), content);
        assertEquals(0, cli(server, home, "s3", "create-bucket", "--bucket", bucket).exit());
        assertEquals(0, cli(server, home, "s3", "cp", source.toString(), "s3://" + bucket + "/k.bin").exit());

        Path downloads = Files.createDirectory(home.resolve("downloads"));
        Path target = Files.writeString(downloads.resolve("k.bin"), "the file before");
        try (FaultProxy proxy = FaultProxy.start(server.endpoint())) {
            // The second of three ranged GETs is cut short every time, retries included.
            proxy.onRequests(r -> ("bytes=" + 5 * MIB + "-" + (10 * MIB - 1)).equals(r.header("Range")),
                    Fault.truncatedBody(100_000));
            Run cut = cli(server, proxy.endpoint(), home, "s3", "cp", "s3://" + bucket + "/k.bin", target.toString());
            assertEquals(255, cut.exit(), cut::toString);
            assertEquals("", cut.out(), "no result line");
        }
        assertEquals("the file before", Files.readString(target));
        try (Stream<Path> left = Files.list(downloads)) {
            assertEquals(List.of(target), left.toList(), "no temporary file left beside it");
        }
        deleteBucket(server, home, bucket);
    }

    @Test
    void theLauncherListsTheCustomMethodsWithoutCredentialsOrRegion(@TempDir Path home) throws Exception {
        Process help = Launcher.start(Map.of(), home, "s3", "help");
        assertTrue(help.waitFor(2, TimeUnit.MINUTES), "./boto4j s3 help did not end");
        assertEquals(0, help.exitValue(), () -> stderr(home));
        String out = Files.readString(home.resolve("launcher.out"));
        assertTrue(out.contains("Custom methods of s3 clients"), out);
        for (String method : List.of("copy", "download-file", "generate-presigned-url", "upload-file", "upload-stream")) {
            assertTrue(out.contains("\n  " + method + " "), method + " in " + out);
        }
        assertTrue(out.contains("\n  cp ") && out.contains("\n  presign "), out);
    }

    /**
     * SIGTERM (what Ctrl-C's SIGINT does too: the JVM runs its shutdown hooks) during an upload
     * from stdin: the multipart upload is aborted before the process ends, and no object appears.
     * The upload cannot end by itself: stdin stays open until the process is gone.
     */
    @Test
    void aSignalDuringAnUploadAbortsTheMultipartUpload(S3ProxyServer server, @TempDir Path home) throws Exception {
        smallParts(home);
        String bucket = "cli-cp-signal-" + UUID.randomUUID();
        assertEquals(0, cli(server, home, "s3", "create-bucket", "--bucket", bucket).exit());
        Process cp = Launcher.start(environment(server, server.endpoint(), home), home,
                "s3", "cp", "-", "s3://" + bucket + "/interrupted.bin");
        try {
            OutputStream stdin = cp.getOutputStream();
            stdin.write(random(6 * MIB, 29)); // more than a part: the multipart upload starts
            stdin.flush();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (openUploads(server, home, bucket).isEmpty()) {
                assertTrue(cp.isAlive(), () -> "the upload ended by itself: " + stderr(home));
                assertTrue(System.nanoTime() < deadline, () -> "no multipart upload started: " + stderr(home));
                Thread.sleep(100);
            }
            // SIGTERM alone: Process.destroy() also closes our end of its stdin, and an end of input
            // that the CLI reads before the signal's hook runs completes the upload, rightly.
            cp.toHandle().destroy();
            assertTrue(cp.waitFor(2, TimeUnit.MINUTES), "the process did not end");
        } finally {
            cp.destroyForcibly();
        }
        assertEquals(143, cp.exitValue(), () -> "ended by SIGTERM: " + stderr(home));
        assertTrue(stderr(home).contains("boto4j: interrupted: cancelling the transfer and cleaning up"), () -> stderr(home));
        assertEquals(List.of(), openUploads(server, home, bucket), "aborted before the process ended");
        assertEquals(254, cli(server, home, "s3", "head-object", "--bucket", bucket, "--key", "interrupted.bin").exit());
        deleteBucket(server, home, bucket);
    }

    private static String stderr(Path home) {
        try {
            return Launcher.stderr(home);
        } catch (IOException e) {
            return "(stderr unreadable: " + e + ")";
        }
    }

    @Test
    void sqsMessagesThroughTheCli(ElasticMqServer server, @TempDir Path home) throws Exception {
        Run created = cli(server, home, "sqs", "create-queue", "--params", "{\"QueueName\": \"cli-q\"}");
        assertEquals(0, created.exit(), created::toString);
        String url = created.json().path("QueueUrl").asText();
        Run sent = cli(server, home, "sqs", "send-message", "--params",
                "{\"QueueUrl\": \"" + url + "\", \"MessageBody\": \"hi from the CLI\"}");
        assertEquals(0, sent.exit(), sent::toString);
        Run received = cli(server, home, "sqs", "receive-message", "--params",
                "{\"QueueUrl\": \"" + url + "\", \"WaitTimeSeconds\": 1}");
        assertEquals("hi from the CLI", received.json().path("Messages").path(0).path("Body").asText(),
                received::toString);
        assertEquals(0, cli(server, home, "sqs", "delete-message", "--queue-url", url, "--receipt-handle",
                received.json().path("Messages").path(0).path("ReceiptHandle").asText()).exit());

        // The same with member options, the body read from a file.
        Path message = Files.writeString(home.resolve("message.txt"), "hï from a file");
        assertEquals(0, cli(server, home, "sqs", "send-message", "--queue-url", url,
                "--message-body", "file://" + message).exit());
        Run again = cli(server, home, "sqs", "receive-message", "--queue-url", url, "--wait-time-seconds", "1");
        assertEquals("hï from a file", again.json().path("Messages").path(0).path("Body").asText(), again::toString);
        assertEquals(0, cli(server, home, "sqs", "delete-queue", "--params", "{\"QueueUrl\": \"" + url + "\"}").exit());
    }
}
