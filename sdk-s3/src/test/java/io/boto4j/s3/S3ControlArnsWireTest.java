package io.boto4j.s3;

import io.boto4j.core.validation.ParamValidationException;
import io.boto4j.s3.BotocoreWire.Case;
import io.boto4j.s3.BotocoreWire.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** S3 Control's Outposts ARNs (botocore's {@code S3ControlArnParamHandlerv2}) against botocore 1.43.107. */
class S3ControlArnsWireTest {
    private static final String OUTPOST = "arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456";

    @TempDir
    Path home;

    @Test
    void outpostsArnsGiveTheAccountAndOtherArnsAreRefused() throws Exception {
        Case arns = new Case("S3 Control ARNs")
                .service("s3control")
                .region("us-west-2")
                .call("GetBucket", Map.of("Bucket", OUTPOST + "/bucket/mybucket"))
                .call("GetAccessPoint", Map.of("Name", OUTPOST + "/accesspoint/myap"))
                .call("GetBucket", Map.of("Bucket", OUTPOST + "/bucket/mybucket", "AccountId", "123456789012"))
                .call("GetBucket", Map.of("Bucket", "plain", "AccountId", "123456789012"))
                .call("GetBucket", Map.of("Bucket", OUTPOST + "/bucket/mybucket", "AccountId", "999999999999"))
                .call("GetBucket", Map.of("Bucket", "arn:aws:s3:us-west-2:123456789012:accesspoint/x"))
                .call("GetAccessPoint", Map.of("Name", OUTPOST.replace("us-west-2", "fips-us-west-2") + "/accesspoint/a"));
        Outcome[] outcome = BotocoreWire.compare(home, List.of(arns)).get(0);
        assertEquals(4, outcome[1].requests().size());
        assertTrue(outcome[1].requests().get(0).contains("x-amz-account-id: 123456789012"), outcome[1].requests().get(0));
        for (int i = 4; i < 7; i++) {
            String theirs = Json.of(outcome[0].results().get(i)).path("exception").asText();
            ParamValidationException ours = assertInstanceOf(ParamValidationException.class, outcome[1].results().get(i));
            assertEquals(theirs.substring(theirs.indexOf(": ") + 2), ours.problems().get(0).message(), "call " + i);
        }
    }
}
