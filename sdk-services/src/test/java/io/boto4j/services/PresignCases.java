package io.boto4j.services;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.testsupport.Botocore;
import io.boto4j.testsupport.transport.ScriptedTransport;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Presigned URLs of boto4j and botocore 1.43.107 for the same call and time, compared whole. */
final class PresignCases {
    private PresignCases() {
    }

    static void assertSameAsBotocore(String service, String operation, Map<String, ?> params) {
        Map<String, Object> aCase = new LinkedHashMap<>();
        aCase.put("kind", "presign");
        aCase.put("service", service);
        aCase.put("region", "us-east-1");
        aCase.put("time", Wire.NOW.toString());
        aCase.put("operation", operation);
        aCase.put("params", params);
        aCase.put("expiresIn", 900);
        JsonNode botocore = Botocore.answer("botocore_services.py", aCase);
        try (ServiceRuntime runtime = new Wire.Case(service).runtime(ScriptedTransport.answeringEmpty200())) {
            String url = runtime.presign(operation, params, Duration.ofSeconds(900), null).join().toString();
            assertEquals(botocore.path("url").asText(botocore.toString()), url, service + "." + operation);
        }
    }
}
