package io.boto4j.s3;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.client.CoreMethods;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.testsupport.transport.ScriptedTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Presigned S3 URLs, byte for byte as botocore 1.43.107 makes them with
 * {@code Config(signature_version="s3v4")} at 2026-01-02T03:04:05Z (the expected URLs were
 * printed by botocore itself). boto4j always presigns S3 with SigV4: botocore's default for S3
 * is still SigV2, which AWS no longer accepts for new buckets.
 */
class PresignTest {
    @TempDir
    Path home;

    private String presign(ClientConfig.Builder config, String operation, Map<String, Object> params, int seconds) {
        ServiceRuntime s3 = TestRuntimes.runtime("s3", new ScriptedTransport(), config, home);
        return s3.callMethod(CoreMethods.GENERATE_PRESIGNED_URL, Map.of("Operation", operation, "Params", params,
                "ExpiresIn", seconds), Runnable::run).join().toString();
    }

    @Test
    void getObjectGoesToTheGlobalEndpointSignedForTheClientsRegion() {
        assertEquals("https://bucket.s3.amazonaws.com/a/b%20c.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIDEXAMPLE%2F20260102%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260102T030405Z"
                + "&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=844ae662d005369ca61b05ca00633283028b5e0c034b5c414228fe975192fcf1",
                presign(ClientConfig.builder(), "GetObject", Map.of("Bucket", "bucket", "Key", "a/b c.txt"), 900));
    }

    @Test
    void aContentTypeGivenIsSigned() {
        assertEquals("https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIDEXAMPLE%2F20260102%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260102T030405Z"
                + "&X-Amz-Expires=900&X-Amz-SignedHeaders=content-type%3Bhost"
                + "&X-Amz-Signature=0be641a0491117b6ac9b85035bc0bed49fdc0e2fd79f37cc2c06a62bfb9716ba",
                presign(ClientConfig.builder(), "PutObject", Map.of("Bucket", "bucket", "Key", "k",
                        "ContentType", "text/plain"), 900));
    }

    @Test
    void pathStyleKeepsTheGlobalHostWithTheBucketInThePath() {
        assertEquals("https://s3.amazonaws.com/bucket/k?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIDEXAMPLE%2F20260102%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260102T030405Z"
                + "&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=5e5d451aa99e3e48a4dab7f663b508d67860bf46b68c21583290569f335cae0d",
                presign(ClientConfig.builder().option(S3Options.ADDRESSING_STYLE, "path")
                        .clientContextParam("ForcePathStyle", true), "GetObject",
                        Map.of("Bucket", "bucket", "Key", "k"), 900));
    }

    @Test
    void anotherRegionAndASessionTokenAsBotocore() {
        ClientConfig.Builder eu = ClientConfig.builder().region("eu-west-1")
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE",
                        "TOKEN/+=")));
        ServiceRuntime s3 = ServiceRuntime.builder().service("s3").transport(new ScriptedTransport())
                .delayer(d -> java.util.concurrent.CompletableFuture.completedFuture(null))
                .config(TestRuntimes.config(eu, home)).build();
        assertEquals("https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIDEXAMPLE%2F20260102%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20260102T030405Z"
                + "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=TOKEN%2F%2B%3D"
                + "&X-Amz-Signature=30e6a2dd8aa48657cfd98d701499187c06416552eb2a36f8d56b3c79bfb8ce17",
                s3.callMethod(CoreMethods.GENERATE_PRESIGNED_URL, Map.of("Operation", "GetObject",
                        "Params", Map.of("Bucket", "bucket", "Key", "k")), Runnable::run).join().toString());
    }
}
