package io.boto4j.services;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** IAM's policy documents as botocore 1.43.107 returns them. */
class IamPluginTest {
    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket/a b+c/*\"}]}";

    @Test
    void policyDocumentsAreDecodedWhereverTheOutputHoldsThem() {
        String encoded = URLEncoder.encode(POLICY, StandardCharsets.UTF_8).replace("+", "%20");
        new Wire.Case("iam")
                .call("GetRolePolicy", Map.of("RoleName", "r", "PolicyName", "p"))
                .respond(200, Map.of(), "<GetRolePolicyResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                        + "<GetRolePolicyResult><RoleName>r</RoleName><PolicyName>p</PolicyName>"
                        + "<PolicyDocument>" + encoded + "</PolicyDocument></GetRolePolicyResult></GetRolePolicyResponse>")
                .call("GetAccountAuthorizationDetails", Map.of())
                .respond(200, Map.of(), "<GetAccountAuthorizationDetailsResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                        + "<GetAccountAuthorizationDetailsResult><RoleDetailList><member><RoleName>r</RoleName>"
                        + "<AssumeRolePolicyDocument>" + encoded + "</AssumeRolePolicyDocument>"
                        + "<RolePolicyList><member><PolicyName>p</PolicyName><PolicyDocument>%7Bnot%20json"
                        + "</PolicyDocument></member><member><PolicyName>q</PolicyName><PolicyDocument>%E2%82%AC+%ZZ%"
                        + "</PolicyDocument></member></RolePolicyList></member></RoleDetailList>"
                        + "<Policies><member><PolicyName>m</PolicyName><PolicyVersionList><member>"
                        + "<Document>" + encoded + "</Document><VersionId>v1</VersionId></member></PolicyVersionList>"
                        + "</member></Policies></GetAccountAuthorizationDetailsResult></GetAccountAuthorizationDetailsResponse>")
                .run().assertSame();
    }
}
