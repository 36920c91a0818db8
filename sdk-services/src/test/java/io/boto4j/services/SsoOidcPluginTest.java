package io.boto4j.services;

import org.junit.jupiter.api.Test;

import java.util.Map;

/** SSO OIDC's OAuth 2.0 errors as botocore 1.43.107 reads them. */
class SsoOidcPluginTest {
    private static final Map<String, Object> TOKEN = Map.of("clientId", "c", "clientSecret", "s",
            "grantType", "urn:ietf:params:oauth:grant-type:device_code", "deviceCode", "d");

    @Test
    void anErrorsDescriptionIsItsMessageWhenItHasNoneOfItsOwn() {
        new Wire.Case("sso-oidc")
                .call("CreateToken", TOKEN)
                .respond(400, Map.of("x-amzn-errortype", "AuthorizationPendingException"),
                        "{\"error\":\"authorization_pending\",\"error_description\":\"The user has not yet approved\"}")
                .call("CreateToken", TOKEN)
                .respond(400, Map.of("x-amzn-errortype", "InvalidGrantException"),
                        "{\"error\":\"invalid_grant\",\"error_description\":\"described\",\"message\":\"its own\"}")
                .call("CreateToken", TOKEN)
                .respond(400, Map.of("x-amzn-errortype", "InvalidGrantException"),
                        "{\"error\":\"invalid_grant\",\"error_description\":\"described\",\"Message\":\"\"}")
                .run().assertSame();
    }
}
