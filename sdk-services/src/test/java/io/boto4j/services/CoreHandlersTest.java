package io.boto4j.services;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * botocore's handlers that the core, not a plugin, covers, because they serve every service: the
 * same requests as botocore 1.43.107's, so that the table of handlers in this module's README can
 * say "core" with a test behind it.
 */
class CoreHandlersTest {

    /** {@code disable_signing} for Cognito Identity's and STS' identity-less operations: the model says {@code noAuth}. */
    @Test
    void operationsBotocoreSendsUnsignedGoUnsigned() {
        new Wire.Case("cognito-identity")
                .call("GetId", Map.of("IdentityPoolId", "us-east-1:pool"))
                .respond(200, Map.of(), "{\"IdentityId\":\"i\"}")
                .run().assertSame();
        new Wire.Case("sts")
                .call("AssumeRoleWithWebIdentity", Map.of("RoleArn", "arn:aws:iam::1:role/r", "RoleSessionName", "session",
                        "WebIdentityToken", "token-123"))
                .respond(200, Map.of(), "<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult/>"
                        + "</AssumeRoleWithWebIdentityResponse>")
                .run().assertSame();
    }

    /** {@code inject_api_version_header_if_needed}: the endpoint-discovery operation carries the API version. */
    @Test
    void theEndpointOperationCarriesTheApiVersion() {
        new Wire.Case("dynamodb")
                .call("DescribeEndpoints", Map.of())
                .respond(200, Map.of(), "{\"Endpoints\":[]}")
                .run().assertSame();
    }

    /** {@code add_recursion_detection_header}: in a Lambda function, the trace id goes along, escaped. */
    @Test
    void inALambdaFunctionTheTraceIdGoesAlong() {
        new Wire.Case("dynamodb")
                .env("AWS_LAMBDA_FUNCTION_NAME", "f")
                .env("_X_AMZN_TRACE_ID", "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1 é\n")
                .call("ListTables", Map.of())
                .respond(200, Map.of(), "{\"TableNames\":[]}")
                .run().assertSame();
        new Wire.Case("dynamodb")
                .env("_X_AMZN_TRACE_ID", "Root=outside-lambda")
                .call("ListTables", Map.of())
                .respond(200, Map.of(), "{\"TableNames\":[]}")
                .run().assertSame();
    }

    /**
     * Lex's JSON headers ({@code jsonvalue}: base64 of the JSON text), both ways: the core's
     * serializer and parser, no handler of botocore's.
     */
    @Test
    void lexSessionAttributesTravelAsBase64Json() {
        new Wire.Case("lex-runtime")
                .call("PostContent", Params.of("botName", "b", "botAlias", "a", "userId", "user-1",
                        "sessionAttributes", "{\"k\": \"v w\"}", "contentType", "text/plain; charset=utf-8",
                        "inputStream", "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .respond(200, Map.of("x-amz-lex-session-attributes", java.util.Base64.getEncoder().encodeToString(
                        "{\"k\": \"v\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "x-amz-lex-intent-name", "Greet", "Content-Type", "text/plain"), "")
                .run().assertSame();
    }

    /** {@code generate_idempotent_uuid}: a token the caller leaves out is a random UUID. */
    @Test
    void idempotencyTokensAreFilledIn() {
        new Wire.Case("ec2")
                .call("RunInstances", Params.of("ImageId", "ami-1", "MaxCount", 1, "MinCount", 1))
                .respond(200, Map.of(), "<RunInstancesResponse><reservationId>r</reservationId></RunInstancesResponse>")
                .run().assertSame();
    }

    /**
     * {@code _default_signer_to_sigv4} (client.py): Import/Export's model says SigV2; botocore signs
     * it with SigV4, and so does the core's {@code AuthSchemeResolver}. Only the signing is compared:
     * on main the core still sends query requests to the model's {@code requestUri}
     * ({@code /?Operation=ListJobs}) where botocore sends them to {@code /} (fixed on the
     * differential branch; then this can be {@code assertSame()}).
     */
    @Test
    void importExportIsSignedWithSigV4() {
        Wire.Run run = new Wire.Case("importexport")
                .call("ListJobs", Map.of())
                .respond(200, Map.of(), "<ListJobsResponse><ListJobsResult><IsTruncated>false</IsTruncated>"
                        + "</ListJobsResult></ListJobsResponse>")
                .run();
        assertEquals(signer(run.botocore().get(0)), signer(run.boto4jRequest()));
        assertTrue(signer(run.boto4jRequest()).startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260102/us-east-1/"),
                signer(run.boto4jRequest()));
    }

    /** The algorithm and credential scope of a request's signature (what the signer choice decides). */
    private static String signer(Wire.Sent request) {
        String authorization = request.headers().get("Authorization");
        return authorization.substring(0, authorization.indexOf(','));
    }
}
