package io.boto4j.core.endpoints;

import io.boto4j.core.EndpointResolutionException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointParameterResolverTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String RULE_SET = """
            {"version": "1.0", "parameters": {
               "Region": {"type": "String", "builtIn": "AWS::Region"},
               "Bucket": {"type": "String"},
               "ForcePathStyle": {"type": "Boolean", "builtIn": "AWS::S3::ForcePathStyle"},
               "UseObjectLambdaEndpoint": {"type": "Boolean"},
               "Keys": {"type": "StringArray"},
               "Accelerate": {"type": "Boolean", "builtIn": "AWS::S3::Accelerate", "default": false, "required": true}},
             "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://x"}}]}
            """;

    private static final String SHAPES = """
            {"In": {"type": "structure", "members": {
               "Bucket": {"shape": "S", "contextParam": {"name": "Bucket"}},
               "Key": {"shape": "S"}}}}
            """;

    private static final String OPERATION = """
            {"name": "Op", "input": {"shape": "In"},
             "staticContextParams": {"UseObjectLambdaEndpoint": {"value": true}, "ForcePathStyle": {"value": true}},
             "operationContextParams": {"Keys": {"path": "Delete.Objects[*].Key"}}}
            """;

    private final EndpointParameterResolver resolver;

    EndpointParameterResolverTest() throws Exception {
        resolver = new EndpointParameterResolver(
                EndpointRuleSet.parse(JSON.readTree(RULE_SET), TestPartitions.load()));
    }

    private static OperationEndpointContext operation(String json) throws Exception {
        JsonNode shapes = JSON.readTree(SHAPES);
        return OperationEndpointContext.fromJson(JSON.readTree(json), shapes);
    }

    @Test
    void gathersEverySource() throws Exception {
        Map<String, Object> input = Map.of("Bucket", "b", "Delete",
                Map.of("Objects", List.of(Map.of("Key", "k1"), Map.of("Key", "k2"))));
        Map<String, Object> params = resolver.resolve(operation(OPERATION), input,
                Map.of("ForcePathStyle", false), Map.of("AWS::Region", "us-east-1", "AWS::S3::Accelerate", true));
        assertEquals(Map.of("Region", "us-east-1", "Bucket", "b", "ForcePathStyle", true,
                "UseObjectLambdaEndpoint", true, "Keys", List.of("k1", "k2"), "Accelerate", true), params);
    }

    @Test
    void staticBeatsClientContextWhichBeatsBuiltIns() throws Exception {
        Map<String, Object> params = resolver.resolve(operation(OPERATION), Map.of(),
                Map.of("ForcePathStyle", false), Map.of("AWS::S3::ForcePathStyle", false));
        assertEquals(true, params.get("ForcePathStyle"));
        Map<String, Object> noStatic = resolver.resolve(operation("{\"input\": {\"shape\": \"In\"}}"), Map.of(),
                Map.of("ForcePathStyle", true), Map.of("AWS::S3::ForcePathStyle", false));
        assertEquals(true, noStatic.get("ForcePathStyle"));
        Map<String, Object> builtInOnly = resolver.resolve(OperationEndpointContext.none(), Map.of(),
                Map.of(), Map.of("AWS::S3::ForcePathStyle", false));
        assertEquals(false, builtInOnly.get("ForcePathStyle"));
    }

    @Test
    void contextParamBeatsClientContextAndMissingValuesAreLeftOut() throws Exception {
        Map<String, Object> params = resolver.resolve(operation("{\"input\": {\"shape\": \"In\"}}"),
                Map.of("Bucket", "from-input"), Map.of("Bucket", "from-client"), Map.of());
        assertEquals(Map.of("Bucket", "from-input"), params);
        assertEquals(Map.of("Bucket", "from-client"), resolver.resolve(operation("{\"input\": {\"shape\": \"In\"}}"),
                Map.of(), Map.of("Bucket", "from-client"), Map.of()));
    }

    @Test
    void invalidPathsFailClearly() throws Exception {
        OperationEndpointContext bad = operation("{\"operationContextParams\": {\"Keys\": {\"path\": \"a[?b\"}}}");
        EndpointResolutionException e = assertThrows(EndpointResolutionException.class,
                () -> resolver.resolve(bad, Map.of(), Map.of(), Map.of()));
        assertEquals(true, e.getMessage().startsWith("operationContextParams Keys: Invalid JMESPath"), e.getMessage());
    }
}
