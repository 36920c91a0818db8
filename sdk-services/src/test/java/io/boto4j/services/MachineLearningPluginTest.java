package io.boto4j.services;

import io.boto4j.core.ParamValidationException;
import io.boto4j.testsupport.transport.ScriptedTransport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Machine Learning's predictions as botocore 1.43.107 sends them. */
class MachineLearningPluginTest {

    @Test
    void aPredictionGoesToTheModelsEndpointSignedForIt() {
        new Wire.Case("machinelearning")
                .call("Predict", Params.of("MLModelId", "ml-1", "Record", Map.of("age", "42"),
                        "PredictEndpoint", "https://realtime.machinelearning.us-east-1.amazonaws.com"))
                .respond(200, Map.of(), "{\"Prediction\":{\"predictedLabel\":\"1\"}}")
                .call("Predict", Params.of("MLModelId", "ml-1", "Record", Map.of(),
                        "PredictEndpoint", "http://127.0.0.1:8080/ignored/path"))
                .respond(200, Map.of(), "{\"Prediction\":{}}")
                .call("GetMLModel", Map.of("MLModelId", "ml-1"))
                .respond(200, Map.of(), "{\"MLModelId\":\"ml-1\"}")
                .run().assertSame();
    }

    @Test
    void anEndpointThatIsNoUrlIsRefusedBeforeAnyIo() {
        ScriptedTransport transport = ScriptedTransport.answeringEmpty200();
        try (var runtime = new Wire.Case("machinelearning").runtime(transport)) {
            CompletionException e = assertThrows(CompletionException.class, () -> runtime.invoke("Predict",
                    Map.of("MLModelId", "ml-1", "Record", Map.of(), "PredictEndpoint", "realtime")).join());
            ParamValidationException problem = assertInstanceOf(ParamValidationException.class, e.getCause());
            assertTrue(problem.getMessage().contains("PredictEndpoint 'realtime' is not a URL"), problem.getMessage());
        }
        assertEquals(List.of(), transport.sent());
    }
}
