package io.boto4j.core.auth;

import io.boto4j.core.auth.signer.AuthSchemeResolver;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthSchemeResolverTest {

    private static OperationModel op(String metadata, String operation) throws Exception {
        String json = "{\"metadata\": " + metadata + ", \"operations\": {\"Op\": " + operation + "}, \"shapes\": {}}";
        return ServiceModel.fromJson("svc", new ObjectMapper().readTree(json)).operation("Op");
    }

    @Test
    void operationAuthListWinsFirstSupportedFirst() throws Exception {
        OperationModel o = op("{\"signatureVersion\": \"v4\", \"signingName\": \"svc\"}",
                "{\"name\": \"Op\", \"auth\": [\"aws.auth#unknown\", \"smithy.api#noAuth\", \"aws.auth#sigv4\"]}");
        assertTrue(AuthSchemeResolver.resolve(o, null).isAnonymous());
    }

    @Test
    void serviceAuthListThenLegacySignatureVersion() throws Exception {
        assertEquals(AuthSchemeResolver.SIGV4A, AuthSchemeResolver.resolve(
                op("{\"auth\": [\"aws.auth#sigv4a\", \"aws.auth#sigv4\"]}", "{\"name\": \"Op\"}"), null).scheme());
        assertEquals(AuthSchemeResolver.BEARER, AuthSchemeResolver.resolve(
                op("{\"signatureVersion\": \"bearer\"}", "{\"name\": \"Op\"}"), null).scheme());
        assertEquals(AuthSchemeResolver.NO_AUTH, AuthSchemeResolver.resolve(
                op("{\"signatureVersion\": \"v4\"}", "{\"name\": \"Op\", \"authtype\": \"none\"}"), null).scheme());
        AuthSchemeResolver.Choice unsignedBody = AuthSchemeResolver.resolve(
                op("{\"signatureVersion\": \"v4\"}", "{\"name\": \"Op\", \"authtype\": \"v4-unsigned-body\"}"), null);
        assertTrue(unsignedBody.unsignedPayload());
    }

    @Test
    void s3UsesItsOwnRules() throws Exception {
        AuthSchemeResolver.Choice c = AuthSchemeResolver.resolve(
                op("{\"signatureVersion\": \"s3v4\", \"endpointPrefix\": \"s3\"}", "{\"name\": \"Op\"}"), null);
        assertTrue(c.s3Rules());
        assertFalse(c.doubleUriEncode());
        assertEquals("s3", c.signingName());
    }

    /** S3 Outposts' own API is plain SigV4 in botocore: no x-amz-content-sha256, double encoding. */
    @Test
    void s3OutpostsControlApiIsPlainSigV4() throws Exception {
        AuthSchemeResolver.Choice c = AuthSchemeResolver.resolve(op("{\"signatureVersion\": \"v4\","
                + " \"endpointPrefix\": \"s3-outposts\", \"signingName\": \"s3-outposts\"}", "{\"name\": \"Op\"}"), null);
        assertFalse(c.s3Rules());
        assertTrue(c.doubleUriEncode());
        assertTrue(AuthSchemeResolver.resolve(op("{\"signatureVersion\": \"v4\", \"endpointPrefix\": \"s3-control\"}",
                "{\"name\": \"Op\"}"), null).s3Rules(), "S3 Control signs as S3");
    }

    @Test
    void endpointAuthSchemesOverrideNameRegionAndRegionSet() throws Exception {
        OperationModel o = op("{\"signatureVersion\": \"s3v4\", \"endpointPrefix\": \"s3\"}", "{\"name\": \"Op\"}");
        Map<String, Object> props = Map.of("authSchemes", List.of(
                Map.of("name", "sigv4-s3express", "signingName", "s3express"),
                Map.of("name", "sigv4a", "signingName", "s3-outposts", "signingRegionSet", List.of("*")),
                Map.of("name", "sigv4", "signingName", "s3-outposts", "signingRegion", "us-west-2")));
        AuthSchemeResolver.Choice c = AuthSchemeResolver.resolve(o, props);
        assertEquals(AuthSchemeResolver.SIGV4A, c.scheme());
        assertEquals("s3-outposts", c.signingName());
        assertEquals("*", c.regionSet());
        assertNull(c.signingRegion());

        AuthSchemeResolver.Choice v4 = AuthSchemeResolver.resolve(o, Map.of("authSchemes", List.of(
                Map.of("name", "sigv4", "signingName", "s3", "signingRegion", "us-west-2", "disableDoubleEncoding", true))));
        assertEquals("us-west-2", v4.signingRegion());
        assertFalse(v4.doubleUriEncode());
        SigningParams p = v4.applyTo(SigningParams.builder().region("us-east-1")
                .credentials(Credentials.of("AKID", "SECRET"))).build();
        assertEquals("us-west-2", p.region());
        assertEquals("s3", p.signingName());
    }

    @Test
    void unsupportedEndpointSchemesAreNamed() throws Exception {
        OperationModel o = op("{\"signatureVersion\": \"v4\"}", "{\"name\": \"Op\"}");
        SdkClientException e = assertThrows(SdkClientException.class, () -> AuthSchemeResolver.resolve(o,
                Map.of("authSchemes", List.of(Map.of("name", "sigv4-s3express")))));
        assertTrue(e.getMessage().contains("sigv4-s3express"), e.getMessage());
    }

    // ---------------------------------------------------------------- auth_scheme_preference and the environment token

    private static final String BEDROCK = "{\"signingName\": \"bedrock\", \"signatureVersion\": \"v4\","
            + " \"auth\": [\"aws.auth#sigv4\", \"smithy.api#httpBearerAuth\"]}";

    private static String scheme(OperationModel o, AuthSchemePreference preference) {
        return AuthSchemeResolver.resolve(o, null, preference).scheme();
    }

    @Test
    void thePreferenceIsNormalisedAsBotocoreDoes() {
        assertEquals(List.of("sigv4a", "sigv4", "httpBearerAuth"), AuthSchemePreference.parse(" sigv4a, sig v4 ,,\thttp\tBearerAuth,"));
        assertEquals(List.of(), AuthSchemePreference.parse(null));
        assertFalse(AuthSchemePreference.of(null, true, false).setInCode(), "nothing set is nothing set in code");
    }

    @Test
    void thePreferenceReordersTheOperationsOwnList() throws Exception {
        OperationModel o = op("{\"signatureVersion\": \"v4\"}",
                "{\"name\": \"Op\", \"auth\": [\"aws.auth#sigv4\", \"aws.auth#sigv4a\", \"smithy.api#noAuth\"]}");
        assertEquals(AuthSchemeResolver.SIGV4, scheme(o, AuthSchemePreference.NONE));
        assertEquals(AuthSchemeResolver.SIGV4A, scheme(o, AuthSchemePreference.of("sigv4a", false, false)));
        assertEquals(AuthSchemeResolver.NO_AUTH, scheme(o, AuthSchemePreference.of("bogus,noAuth,sigv4a", false, false)),
                "unknown names are skipped, the first offered preferred scheme wins");
        assertEquals(AuthSchemeResolver.SIGV4, scheme(o, AuthSchemePreference.of("httpBearerAuth", false, false)),
                "a preferred scheme the operation does not offer changes nothing");
    }

    @Test
    void thePreferenceReordersTheServiceListAndTheEndpointSchemes() throws Exception {
        OperationModel o = op("{\"auth\": [\"aws.auth#sigv4\", \"aws.auth#sigv4a\"]}", "{\"name\": \"Op\"}");
        assertEquals(AuthSchemeResolver.SIGV4A, scheme(o, AuthSchemePreference.of("sigv4a", false, false)));
        Map<String, Object> props = Map.of("authSchemes", List.of(
                Map.of("name", "sigv4a", "signingName", "svc", "signingRegionSet", List.of("*")),
                Map.of("name", "sigv4", "signingName", "svc", "signingRegion", "us-west-2")));
        assertEquals(AuthSchemeResolver.SIGV4A, AuthSchemeResolver.resolve(o, props).scheme());
        AuthSchemeResolver.Choice v4 = AuthSchemeResolver.resolve(o, props, AuthSchemePreference.of("sigv4", false, false));
        assertEquals(AuthSchemeResolver.SIGV4, v4.scheme());
        assertEquals("us-west-2", v4.signingRegion());
    }

    @Test
    void anEnvironmentTokenMakesBedrockPreferBearerUnlessCodeSaysOtherwise() throws Exception {
        OperationModel o = op(BEDROCK, "{\"name\": \"Op\"}");
        assertEquals(AuthSchemeResolver.SIGV4, scheme(o, AuthSchemePreference.NONE), "the model's first scheme");
        assertEquals(AuthSchemeResolver.BEARER, scheme(o, AuthSchemePreference.of(null, false, true)));
        assertEquals(AuthSchemeResolver.BEARER, scheme(o, AuthSchemePreference.of("sigv4", false, true)),
                "a preference from the environment or the profile does not outweigh the token");
        assertEquals(AuthSchemeResolver.SIGV4, scheme(o, AuthSchemePreference.of("sigv4", true, true)),
                "a preference set in code does");
        assertEquals(AuthSchemeResolver.BEARER, scheme(o, AuthSchemePreference.of("httpBearerAuth", true, true)));
        assertEquals(AuthSchemeResolver.BEARER, scheme(o, AuthSchemePreference.of("httpBearerAuth", false, false)),
                "preferred without a token: bearer, and the token providers must find one");
    }

    @Test
    void theEnvironmentTokenPullsOnlyForBedrockAndOnlyAtTheServiceLevel() throws Exception {
        AuthSchemePreference token = AuthSchemePreference.of(null, false, true);
        assertEquals(AuthSchemeResolver.SIGV4, scheme(op(BEDROCK.replace("\"bedrock\"", "\"other\""),
                "{\"name\": \"Op\"}"), token), "botocore allows it for bedrock alone");
        assertEquals(AuthSchemeResolver.SIGV4, scheme(op(BEDROCK, "{\"name\": \"Op\", \"auth\": [\"aws.auth#sigv4\","
                + " \"smithy.api#httpBearerAuth\"]}"), token), "an operation's own list is not reconsidered");
        assertEquals(AuthSchemeResolver.SIGV4, scheme(op("{\"signingName\": \"bedrock\", \"auth\": [\"aws.auth#sigv4\"]}",
                "{\"name\": \"Op\"}"), token), "not where the service does not offer bearer auth");
    }

    @Test
    void anOperationsLegacyAuthtypeComesBeforeTheServiceList() throws Exception {
        assertTrue(AuthSchemeResolver.resolve(op("{\"auth\": [\"aws.auth#sigv4\"]}",
                "{\"name\": \"Op\", \"authtype\": \"none\"}"), null).isAnonymous(), "as botocore's resolved_auth_type");
    }
}
