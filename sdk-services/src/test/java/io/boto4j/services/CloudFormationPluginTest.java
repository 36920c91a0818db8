package io.boto4j.services;

import org.junit.jupiter.api.Test;

import java.util.Map;

/** CloudFormation's templates as botocore 1.43.107 returns them. */
class CloudFormationPluginTest {

    @Test
    void jsonTemplatesAreDecodedInTheirOrderAndOthersStayText() {
        Wire.Case c = new Wire.Case("cloudformation");
        for (String template : new String[] {
            "{\"Resources\":{\"Zeta\":{\"Type\":\"AWS::S3::Bucket\"},\"Alpha\":{\"Type\":\"AWS::SNS::Topic\","
                    + "\"Properties\":{\"N\":1,\"F\":1.5,\"Big\":123456789012345678901234567890,\"B\":true,\"X\":null}}}}",
            "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n",
            "[1, 2, 3]",
            "{\"a\": 1} trailing",
            "",
            "NaN"}) {
            c.call("GetTemplate", Map.of("StackName", "s"))
                    .respond(200, Map.of(), "<GetTemplateResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\">"
                            + "<GetTemplateResult><TemplateBody>" + xml(template) + "</TemplateBody></GetTemplateResult>"
                            + "</GetTemplateResponse>");
        }
        c.run().assertSame();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
