package io.boto4j.examples.blocking;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.examples.blocking.s3.ObjectInfo;
import io.boto4j.examples.testing.LocalS3;
import io.boto4j.examples.testing.ModularLaunch;
import io.boto4j.sync.SyncClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backup application against an S3 on 127.0.0.1: in this JVM, and launched as a user would. */
class BackupAppTest {
    @TempDir
    Path dir;

    private final LocalS3 s3 = LocalS3.start();

    @AfterEach
    void stopS3() {
        s3.close();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void backsUpChecksAndListsThroughTheBlockingLayer() throws Exception {
        Path notes = file("notes.txt", "remember the milk");
        Path photo = file("photo.jpg", "not really a photo");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ClientConfig config = ClientConfig.builder()
                .environment(ConfigEnvironment.of(Map.of(), dir))
                .region("eu-west-1")
                .endpointUrl(s3.endpoint())
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "secret")))
                .build();
        try (SyncClient client = SyncClient.create("s3", config)) {
            BackupApp app = new BackupApp(client, new PrintStream(printed, true, StandardCharsets.UTF_8));
            app.ensureBucket("backups");
            app.ensureBucket("backups");
            ObjectInfo stored = app.upload("backups", notes);
            app.upload("backups", photo);
            assertEquals(17L, stored.contentLength());
            assertEquals(35L, app.list("backups", 1));
        }
        assertEquals(List.of("notes.txt", "photo.jpg"), s3.keys("backups"));
        assertArrayEquals(Files.readAllBytes(photo), s3.object("backups", "photo.jpg"));
        // One object a page: two ListObjectsV2 requests, the second with the first's continuation token.
        List<String> listings = s3.requests().stream().map(r -> r.uri().getRawQuery())
                .filter(q -> q != null && q.contains("list-type=2")).toList();
        assertEquals(2, listings.size(), listings.toString());
        assertTrue(listings.get(1).contains("continuation-token="), listings.toString());
        String output = printed.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("created bucket backups\nbucket backups is already yours\n"), output);
        assertTrue(output.contains("uploaded notes.txt: 17 bytes, ETag \""), output);
        assertTrue(output.endsWith("backups: 2 objects, 35 bytes\n"), output);
    }

    @Test
    void runsOnTheModulePathAsAUserLaunchesIt() throws Exception {
        Path notes = file("notes.txt", "remember the milk");
        Map<String, String> environment = Map.of(
                "AWS_ENDPOINT_URL", s3.endpoint().toString(),
                "AWS_REGION", "eu-west-1",
                "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "secret");
        ModularLaunch.Result run = ModularLaunch.run("io.boto4j.examples.blocking", BackupApp.class.getName(),
                environment, dir, "backups", notes.toString());
        assertEquals(List.of("notes.txt"), s3.keys("backups"));
        assertTrue(run.stdout().contains("uploaded notes.txt: 17 bytes"), run.stdout() + run.stderr());
        assertTrue(run.stdout().endsWith("backups: 1 objects, 17 bytes\n"), run.stdout());
    }
}
