package io.boto4j.services;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.testsupport.Botocore;
import io.boto4j.testsupport.transport.ScriptedTransport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operations botocore 1.43.107 leaves out of its clients because they need HTTP/2. */
class Http2OnlyOperationsPluginTest {
    private static final Map<String, String> OPERATIONS = new LinkedHashMap<>(Map.of(
            "lexv2-runtime", "StartConversation",
            "qbusiness", "Chat",
            "bedrock-runtime", "InvokeModelWithBidirectionalStream",
            "connecthealth", "StartMedicalScribeListeningSession",
            "polly", "StartSpeechSynthesisStream"));

    @Test
    void botocoreHasNoneOfThemAndBoto4jRefusesEachBeforeAnyIo() {
        List<Map<String, Object>> cases = new ArrayList<>();
        OPERATIONS.forEach((service, operation) -> {
            Map<String, Object> aCase = new LinkedHashMap<>();
            aCase.put("kind", "method");
            aCase.put("service", service);
            aCase.put("region", "us-east-1");
            aCase.put("time", Wire.NOW.toString());
            aCase.put("method", snakeCase(operation));
            aCase.put("args", Map.of());
            cases.add(aCase);
        });
        List<JsonNode> botocore = Botocore.answers("botocore_services.py", cases);
        int i = 0;
        for (Map.Entry<String, String> e : OPERATIONS.entrySet()) {
            String missing = botocore.get(i++).path("exception").asText();
            assertTrue(missing.startsWith("AttributeError") && missing.contains(snakeCase(e.getValue())), missing);

            ScriptedTransport transport = ScriptedTransport.answeringEmpty200();
            try (ServiceRuntime runtime = new Wire.Case(e.getKey()).runtime(transport)) {
                CompletionException thrown = assertThrows(CompletionException.class,
                        () -> runtime.invoke(e.getValue(), Map.of()).join());
                SdkClientException refusal = assertInstanceOf(SdkClientException.class, thrown.getCause());
                assertTrue(refusal.getMessage().startsWith(e.getKey() + "." + e.getValue() + " needs a bidirectional HTTP/2"),
                        refusal.getMessage());
            }
            assertEquals(List.of(), transport.sent(), e.getKey());
        }
    }

    @Test
    void theServicesOtherOperationsAndPresignedUrlsAreUntouched() {
        PresignCases.assertSameAsBotocore("polly", "StartSpeechSynthesisStream",
                Params.of("Engine", "neural", "OutputFormat", "mp3", "VoiceId", "Joanna"));
        new Wire.Case("polly")
                .call("DescribeVoices", Map.of())
                .respond(200, Map.of(), "{\"Voices\":[]}")
                .run().assertSame();
    }

    /** botocore's method name for an operation (these five need no more than this). */
    private static String snakeCase(String operation) {
        return operation.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
