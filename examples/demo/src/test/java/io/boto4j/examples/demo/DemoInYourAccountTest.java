package io.boto4j.examples.demo;

import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.examples.demo.DemoTest.Run;
import io.boto4j.examples.testing.ModularLaunch;
import io.boto4j.it.servers.ElasticMqServer;
import io.boto4j.it.servers.FakeCredentials;
import io.boto4j.it.servers.S3ProxyServer;
import io.boto4j.sync.SyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.boto4j.examples.demo.DemoTest.assertLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo run against "your account": here servers this test started, named the way a user names
 * real endpoints and credentials ({@code AWS_ENDPOINT_URL_S3}, {@code AWS_ACCESS_KEY_ID}...). It
 * asks first, uses a bucket and a queue of its own, and removes them, also when interrupted.
 */
class DemoInYourAccountTest {
    private static S3ProxyServer s3;
    private static ElasticMqServer sqs;
    /** The home of the test's own clients: empty, so that nothing of the machine's ~/.aws counts. */
    @TempDir
    static Path home;

    @BeforeAll
    static void startServers() {
        s3 = S3ProxyServer.start();
        sqs = ElasticMqServer.start();
    }

    @AfterAll
    static void stopServers() {
        if (s3 != null) {
            s3.close();
        }
        if (sqs != null) {
            sqs.close();
        }
    }

    /** What a user's shell would hold for an account behind these endpoints. */
    private static Map<String, String> account() {
        return Map.of("AWS_ACCESS_KEY_ID", FakeCredentials.ACCESS_KEY_ID,
                "AWS_SECRET_ACCESS_KEY", FakeCredentials.SECRET_ACCESS_KEY,
                "AWS_REGION", "us-east-1",
                "AWS_ENDPOINT_URL_S3", s3.endpoint().toString(),
                "AWS_ENDPOINT_URL_SQS", sqs.endpoint().toString());
    }

    @Test
    void asksFirstAndCleansUpAfterItself(@TempDir Path userHome) {
        Run run = Run.of(ConfigEnvironment.of(account(), userHome), "y\n", "--aws", "--size-mib", "9");
        String out = run.out();
        assertEquals(Demo.OK, run.exitCode(), out + run.err());
        assertLine(out, "boto4j demo: S3 and SQS through both layers of the SDK, in your account.");
        assertLine(out, "  region          us-east-1");
        assertLine(out, "Go ahead? [y/N]");
        assertFalse(out.contains("Starting s3proxy"), out);
        assertLine(out, "  compared        SHA-256 of the download = SHA-256 of the upload");
        assertLine(out, "  DeleteBucket    boto4j-demo-");
        assertFalse(out.contains("stopped"), "the servers are not the demo's to stop:\n" + out);

        assertNothingLeft();  // which also shows that the servers still run
    }

    @Test
    void withoutAnAnswerItCreatesNothing(@TempDir Path userHome) {
        Run run = Run.of(ConfigEnvironment.of(account(), userHome), "", "--aws");
        assertEquals(Demo.FAILED, run.exitCode());
        assertLine(run.out(), "No answer (standard input is closed); nothing was created. Add --yes to run unattended.");
        assertFalse(run.out().contains("CreateBucket"), run.out());

        Run no = Run.of(ConfigEnvironment.of(account(), userHome), "n\n", "--aws");
        assertEquals(Demo.FAILED, no.exitCode());
        assertLine(no.out(), "Nothing was created.");
        assertNothingLeft();
    }

    @Test
    void ctrlCInTheMiddleOfTheUploadStillRemovesTheBucketAndItsParts(@TempDir Path userHome) throws Exception {
        if (!ModularLaunch.available()) {
            return;
        }
        try (RunningDemo demo = RunningDemo.start(account(), userHome, "--aws", "--yes", "--size-mib", "24")) {
            demo.awaitLine("UploadFile", Duration.ofMinutes(2));
            int exit = demo.interrupt();
            assertNotEquals(0, exit);
            assertLine(demo.out(), "Interrupted: cleaning up.");
            assertLine(demo.out(), "  DeleteBucket    boto4j-demo-");
        }
        assertNothingLeft();
    }

    private static void assertNothingLeft() {
        try (SyncClient client = SyncClient.create("s3", EmbeddedServers.clientConfig(s3, home).build())) {
            List<?> buckets = (List<?>) client.call("ListBuckets").getOrDefault("Buckets", List.of());
            assertEquals(List.of(), buckets, "no bucket is left");
        }
        try (SyncClient client = SyncClient.create("sqs", EmbeddedServers.clientConfig(sqs, home).build())) {
            List<?> queues = (List<?>) client.call("ListQueues").getOrDefault("QueueUrls", List.of());
            assertEquals(List.of(), queues, "no queue is left");
        }
    }
}
