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
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The CLI ({@code ./boto4j}, run in-process) against s3proxy, which checks every signature, and ElasticMQ. */
@ExtendWith(TestServers.class)
class CliEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exit, String out, String err) {
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
        Map<String, String> env = new HashMap<>();
        env.put("AWS_ACCESS_KEY_ID", server.credentials().accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", server.credentials().secretAccessKey());
        env.put("AWS_REGION", server.region());
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_ENDPOINT_URL", endpoint.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), ConfigEnvironment.of(env, home)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
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
