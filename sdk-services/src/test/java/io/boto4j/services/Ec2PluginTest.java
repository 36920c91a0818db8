package io.boto4j.services;

import io.boto4j.core.ParamValidationException;
import io.boto4j.testsupport.transport.ScriptedTransport;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * EC2's requests and results as botocore 1.43.107 sends and returns them. Parameters are given
 * in the model's order where a presigned URL is made of them: botocore lays the URL's query out
 * in the caller's order, boto4j in the model's.
 */
class Ec2PluginTest {

    @Test
    void aSnapshotCopiedFromAnotherRegionCarriesAUrlPresignedThereAndTheDestinationRegion() {
        new Wire.Case("ec2")
                .call("CopySnapshot", Params.of("Description", "nightly copy", "SourceRegion", "us-west-2",
                        "SourceSnapshotId", "snap-0123456789abcdef0"))
                .respond(200, Map.of(), COPIED)
                .call("CopySnapshot", Params.of("DestinationRegion", "eu-west-1", "Encrypted", true,
                        "SourceRegion", "us-west-2", "SourceSnapshotId", "snap-0123456789abcdef0"))
                .respond(200, Map.of(), COPIED)
                .run().assertSame();
    }

    @Test
    void aSessionTokenGoesInThePresignedUrlToo() {
        new Wire.Case("ec2").region("eu-central-1").sessionToken("FwoGZXIvYXdzEXAMPLE/token+with=chars")
                .call("CopySnapshot", Params.of("SourceRegion", "eu-west-3", "SourceSnapshotId", "snap-1"))
                .respond(200, Map.of(), COPIED)
                .run().assertSame();
    }

    @Test
    void aPresignedUrlGivenByTheCallerIsSentAsItIs() {
        new Wire.Case("ec2")
                .call("CopySnapshot", Params.of("PresignedUrl", "https://ec2.us-west-2.amazonaws.com/?signed",
                        "SourceRegion", "us-west-2", "SourceSnapshotId", "snap-1"))
                .respond(200, Map.of(), COPIED)
                .run().assertSame();
    }

    @Test
    void withAnEndpointOfItsOwnTheUrlIsTheEndpointSignedForTheSourceRegion() {
        new Wire.Case("ec2").endpointUrl("http://127.0.0.1:5000")
                .call("CopySnapshot", Params.of("SourceRegion", "us-west-2", "SourceSnapshotId", "snap-1"))
                .respond(200, Map.of(), COPIED)
                .run().assertSame();
    }

    @Test
    void userDataIsSentInBase64WhetherGivenAsTextOrBytes() {
        new Wire.Case("ec2")
                .call("RunInstances", Params.of("ImageId", "ami-1", "MaxCount", 1, "MinCount", 1,
                        "UserData", "#!/bin/sh\necho héllo\n"))
                .respond(200, Map.of(), RESERVATION)
                .call("RunInstances", Params.of("ImageId", "ami-1", "MaxCount", 1, "MinCount", 1,
                        "UserData", new byte[] {0, 1, 2, (byte) 0xff}))
                .respond(200, Map.of(), RESERVATION)
                .run().assertSame();
    }

    @Test
    void consoleOutputIsDecodedFromBase64WhenItIsBase64() {
        Wire.Case c = new Wire.Case("ec2");
        for (String output : List.of(base64("line one\nligne deux é\n"), base64(new byte[] {'o', 'k', (byte) 0xc3}),
                "abc", "not base64 at all!", "aGVs\nbG8=", "")) {
            c.call("GetConsoleOutput", Map.of("InstanceId", "i-1"))
                    .respond(200, Map.of(), "<GetConsoleOutputResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                            + "<requestId>r</requestId><instanceId>i-1</instanceId><output>" + output
                            + "</output></GetConsoleOutputResponse>");
        }
        c.run().assertSame();
    }

    @Test
    void filtersIsAcceptedWhereTheModelSaysFilter() {
        new Wire.Case("ec2")
                .call("DescribeFlowLogs", Map.of("Filters", List.of(Map.of("Name", "resource-id",
                        "Values", List.of("vpc-1")))))
                .respond(200, Map.of(), FLOW_LOGS)
                .call("DescribeFlowLogs", Map.of("Filter", List.of(Map.of("Name", "resource-id",
                        "Values", List.of("vpc-2")))))
                .respond(200, Map.of(), FLOW_LOGS)
                .run().assertSame();
        ScriptedTransport transport = ScriptedTransport.answeringEmpty200();
        try (var runtime = new Wire.Case("ec2").runtime(transport)) {
            CompletionException e = assertThrows(CompletionException.class, () -> runtime.invoke("DescribeFlowLogs",
                    Map.of("Filter", List.of(), "Filters", List.of())).join());
            ParamValidationException problem = assertInstanceOf(ParamValidationException.class, e.getCause());
            assertTrue(problem.getMessage().contains("'Filter' and its alias 'Filters'"), problem.getMessage());
        }
        assertEquals(List.of(), transport.sent());
    }

    @Test
    void presignedCopySnapshotUrlsAreLeftAsBotocorePresignsThem() {
        PresignCases.assertSameAsBotocore("ec2", "CopySnapshot", Params.of("SourceRegion", "us-west-2",
                "SourceSnapshotId", "snap-1"));
    }

    private static final String RESERVATION = "<RunInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
            + "<requestId>r</requestId><reservationId>r-1</reservationId></RunInstancesResponse>";
    private static final String FLOW_LOGS = "<DescribeFlowLogsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
            + "<requestId>r</requestId><flowLogSet/></DescribeFlowLogsResponse>";

    /** EC2's answer to a copy: botocore cannot parse an empty one. */
    private static final String COPIED = "<CopySnapshotResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
            + "<requestId>r</requestId><snapshotId>snap-2</snapshotId></CopySnapshotResponse>";

    private static String base64(String text) {
        return base64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
