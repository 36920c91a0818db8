package io.boto4j.services;

import org.junit.jupiter.api.Test;

import java.util.Map;

/** API Gateway's requests as botocore 1.43.107 sends them. */
class ApiGatewayPluginTest {

    @Test
    void callsAskForJsonUnlessTheyAskForSomethingElse() {
        new Wire.Case("apigateway")
                .call("GetRestApis", Map.of())
                .respond(200, Map.of("Content-Type", "application/json"), "{\"items\":[]}")
                .call("GetExport", Map.of("restApiId", "a1", "stageName", "prod", "exportType", "oas30",
                        "accepts", "application/yaml"))
                .respond(200, Map.of("Content-Type", "application/yaml"), "openapi: 3.0.1")
                .run().assertSame();
    }

    @Test
    void presignedUrlsHaveNoAcceptHeader() {
        PresignCases.assertSameAsBotocore("apigateway", "GetRestApis", Map.of());
    }
}
