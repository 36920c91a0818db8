package io.boto4j.s3;

import io.boto4j.s3.BotocoreWire.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Path-style or virtual-hosted, per call, as botocore's {@code customize_endpoint_resolver_builtins}
 * decides (GetBucketLocation by path, ARNs never by path, {@code s3.addressing_style} as set),
 * against botocore 1.43.107.
 */
class AddressingWireTest {
    @TempDir
    Path home;

    @Test
    void addressingStyleSetInCodeIsHonouredWithOrWithoutACustomEndpoint() throws Exception {
        Map<String, Object> get = Map.of("Bucket", "bucket", "Key", "k");
        Case virtualLocal = new Case("virtual with a custom endpoint")
                .endpointUrl("http://localhost:9000")
                .config("s3", Map.of("addressing_style", "virtual"), b -> b.option(S3Options.ADDRESSING_STYLE, "virtual"))
                .call("GetObject", get)
                .call("GetBucketLocation", Map.of("Bucket", "bucket"))
                .respond(200, Map.of(), "x")
                .respond(200, Map.of(), "<LocationConstraint/>");
        Case pathAws = new Case("path on AWS")
                .region("eu-west-1")
                .config("s3", Map.of("addressing_style", "path"), b -> b.option(S3Options.ADDRESSING_STYLE, "path"))
                .call("GetObject", get)
                .call("GetObject", Map.of("Bucket", "arn:aws:s3:eu-west-1:123456789012:accesspoint/my-ap", "Key", "k"));
        Case autoLocal = new Case("auto with a custom endpoint")
                .endpointUrl("http://localhost:9000")
                .call("GetObject", get);
        List<BotocoreWire.Outcome[]> outcomes = BotocoreWire.compare(home, List.of(virtualLocal, pathAws, autoLocal));
        List<String> sent = outcomes.get(0)[1].requests();
        assertTrue(sent.get(0).startsWith("GET http://bucket.localhost:9000/k\n"), sent.get(0));
        assertTrue(sent.get(1).startsWith("GET http://localhost:9000/bucket?location\n"), sent.get(1));
        sent = outcomes.get(1)[1].requests();
        assertTrue(sent.get(0).startsWith("GET https://s3.eu-west-1.amazonaws.com/bucket/k\n"), sent.get(0));
        assertTrue(sent.get(1).startsWith("GET https://my-ap-123456789012.s3-accesspoint.eu-west-1.amazonaws.com/k\n"),
                sent.get(1));
    }
}
