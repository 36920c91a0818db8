package io.boto4j.models;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.model.InputSkeleton;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.protocol.Protocols;
import io.boto4j.core.validation.ParamValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For every operation of every bundled service: build the minimal valid input from the model
 * (required members only), validate it and serialize it with the service's protocol. Proves that
 * the codecs handle every shape the real models use, not only the protocol suites' shapes.
 */
class EveryOperationSmokeTest {
    @TempDir
    static Path emptyHome;

    @Test
    void everyOperationOfEveryServiceSerializes() {
        ModelLoader loader = ModelLoader.builder().environment(Map.of()).home(emptyHome).build();
        URI endpoint = URI.create("https://example.amazonaws.com");
        Map<String, Integer> perProtocol = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> inputEventStreams = new ArrayList<>();
        int services = 0;
        int operations = 0;
        for (String name : loader.knownServices()) {
            ServiceModel model = loader.serviceModel(name);
            ProtocolCodec codec = Protocols.forService(model);
            services++;
            for (String opName : model.operationNames()) {
                OperationModel op = model.operation(opName);
                operations++;
                if (hasInputEventStream(op)) {
                    // Bidirectional streams (e.g. Bedrock's InvokeModelWithBidirectionalStream)
                    // need an input event stream, which neither botocore nor boto4j sends yet.
                    inputEventStreams.add(name + "." + opName);
                    continue;
                }
                try {
                    Map<String, Object> input = ParamValidator.validate(op, InputSkeleton.minimal(op));
                    SdkHttpRequest request = codec.serialize(op, input, endpoint);
                    assertNotNull(request.uri());
                    perProtocol.merge(codec.name(), 1, Integer::sum);
                } catch (RuntimeException | AssertionError e) {
                    failures.add(name + "." + opName + ": " + e);
                }
            }
        }
        System.out.println("smoke: " + services + " services, " + operations + " operations, "
                + (operations - failures.size() - inputEventStreams.size()) + " serialized, " + failures.size()
                + " failed, " + inputEventStreams.size() + " not serializable (input event streams: "
                + inputEventStreams + "); by protocol " + perProtocol);
        failures.stream().limit(30).forEach(f -> System.out.println("  " + f));
        assertTrue(inputEventStreams.size() < 10, "input event stream operations: " + inputEventStreams);
        assertTrue(failures.isEmpty(), failures.size() + " operations failed, first: "
                + failures.subList(0, Math.min(10, failures.size())));
    }

    private static boolean hasInputEventStream(OperationModel op) {
        return op.inputShape() != null && op.inputShape().members().values().stream()
                .anyMatch(m -> m.shape().isEventStream());
    }
}
