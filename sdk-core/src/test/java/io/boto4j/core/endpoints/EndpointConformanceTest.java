package io.boto4j.core.endpoints;

import io.boto4j.core.EndpointResolutionException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.conformance.ConformanceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import io.boto4j.core.model.ServiceModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the Endpoints 2.0 test suites: every folder under {@code <conformance>/endpoints/} that
 * holds an {@code endpoint-tests-1.json}, against the rule set beside it and the
 * {@code partitions.json} of the {@code endpoints/} folder. Each case runs its {@code params}
 * directly and each of its {@code operationInputs} through {@link EndpointParameterResolver}
 * with the folder's {@code service-2.json}. Cases run while the factory builds the tests, so
 * that one summary line per service can be printed; the dynamic tests then report each case.
 */
class EndpointConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicNode> endpointRuleSets() throws IOException {
        Optional<Path> dir = ConformanceData.part("endpoints");
        if (dir.isEmpty()) {
            String message = ConformanceData.missingMessage("endpoints");
            System.out.println(message);
            // A skipped test (rather than an aborted factory) so that reports count the skip.
            return Stream.of(DynamicTest.dynamicTest("endpoints", () -> Assumptions.abort(message)));
        }
        Partitions partitions = Partitions.parse(read(dir.get().resolve("partitions.json")));
        List<Path> services;
        try (Stream<Path> list = Files.list(dir.get())) {
            services = list.filter(p -> Files.isRegularFile(p.resolve("endpoint-tests-1.json"))).sorted().toList();
        }
        List<DynamicNode> containers = new ArrayList<>();
        for (Path service : services) {
            containers.add(runService(service, partitions));
        }
        return containers.stream();
    }

    private static DynamicContainer runService(Path folder, Partitions partitions) {
        String service = folder.getFileName().toString();
        List<DynamicTest> tests = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        try {
            EndpointRuleSet ruleSet = EndpointRuleSet.parse(read(folder.resolve("endpoint-rule-set-1.json")), partitions);
            Path modelFile = folder.resolve("service-2.json");
            JsonNode model = Files.exists(modelFile) ? read(modelFile) : null;
            int index = 0;
            for (JsonNode testCase : read(folder.resolve("endpoint-tests-1.json")).path("testCases")) {
                String name = "#" + (index++) + " " + testCase.path("documentation").asText();
                Throwable failure = runCase(ruleSet, model, testCase);
                if (failure == null) {
                    passed++;
                } else {
                    failed++;
                }
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    if (failure != null) {
                        throw failure;
                    }
                }));
            }
        } catch (RuntimeException e) {
            failed++;
            tests.add(DynamicTest.dynamicTest("load " + service, () -> {
                throw e;
            }));
        }
        System.out.println("conformance endpoints/" + service + ": " + passed + " passed, " + failed + " failed");
        return DynamicContainer.dynamicContainer(service, tests);
    }

    /** Null when the case passes, else what went wrong. */
    private static Throwable runCase(EndpointRuleSet ruleSet, JsonNode model, JsonNode testCase) {
        JsonNode expect = testCase.path("expect");
        try {
            if (testCase.has("params")) {
                check("params", () -> ruleSet.resolve(toMap(testCase.get("params"))), expect);
            }
            EndpointParameterResolver resolver = new EndpointParameterResolver(ruleSet);
            for (JsonNode input : testCase.path("operationInputs")) {
                String operationName = input.path("operationName").asText();
                assertNotNull(model, "operationInputs need a service-2.json");
                if (model.path("operations").path(operationName).isMissingNode()) {
                    fail("no operation " + operationName + " in service-2.json");
                }
                // Through the model API, as a client resolves it.
                OperationEndpointContext context = OperationEndpointContext.of(
                        ServiceModel.fromJson(null, model).operation(operationName));
                Map<String, Object> params = resolver.resolve(context, toMap(input.path("operationParams")),
                        toMap(input.path("clientParams")), toMap(input.path("builtInParams")));
                check("operation " + operationName + " " + params, () -> ruleSet.resolve(params), expect);
            }
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    private interface Resolution {
        Endpoint resolve();
    }

    private static void check(String what, Resolution resolution, JsonNode expect) {
        if (expect.has("error")) {
            try {
                Endpoint endpoint = resolution.resolve();
                fail(what + ": expected error '" + expect.get("error").asText() + "' but got " + endpoint);
            } catch (EndpointResolutionException e) {
                assertEquals(expect.get("error").asText(), e.getMessage(), what + ": error message");
            }
            return;
        }
        JsonNode expected = expect.path("endpoint");
        Endpoint endpoint;
        try {
            endpoint = resolution.resolve();
        } catch (EndpointResolutionException e) {
            throw new AssertionError(what + ": expected " + expected + " but resolution failed: " + e.getMessage(), e);
        }
        assertEquals(expected.path("url").asText(), endpoint.url().toString(), what + ": url");
        assertEquals(toMap(expected.path("headers")), endpoint.headers(), what + ": headers");
        assertEquals(toMap(expected.path("properties")), endpoint.properties(), what + ": properties");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Map.of();
        }
        return JSON.convertValue(node, Map.class);
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
