package io.boto4j.core.internal.endpoints.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArnParserTest {

    @Test
    void splitsResourceOnColonsAndSlashes() {
        assertEquals(Map.of("partition", "aws", "service", "s3", "region", "us-west-2", "accountId", "123456789012",
                        "resourceId", List.of("accesspoint", "my", "ap", "x")),
                ArnParser.parseArn("arn:aws:s3:us-west-2:123456789012:accesspoint/my:ap/x"));
        assertEquals(List.of("outpost", "op-1", "accesspoint", "ap"),
                ArnParser.parseArn("arn:aws:s3-outposts:r:a:outpost:op-1:accesspoint:ap").get("resourceId"));
    }

    @Test
    void keepsEmptyResourceParts() {
        assertEquals(List.of("accesspoint", ""), ArnParser.parseArn("arn:aws:s3:r:a:accesspoint:").get("resourceId"));
    }

    @Test
    void regionAndAccountMayBeEmpty() {
        Map<String, Object> arn = ArnParser.parseArn("arn:aws:s3:::bucket");
        assertEquals("", arn.get("region"));
        assertEquals("", arn.get("accountId"));
        assertEquals(List.of("bucket"), arn.get("resourceId"));
    }

    @Test
    void rejectsNonArns() {
        assertNull(ArnParser.parseArn("arn:aws::::r"));
        assertNull(ArnParser.parseArn("arn::s3:::r"));
        assertNull(ArnParser.parseArn("arn:aws:s3:::"));
        assertNull(ArnParser.parseArn("arn:aws:s3:us-west-2"));
        assertNull(ArnParser.parseArn("notarn:aws:s3:::x"));
        assertNull(ArnParser.parseArn(null));
    }
}
