package io.boto4j.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.protocol.Protocols;
import io.boto4j.core.protocol.ServiceErrorDetails;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs every case of {@code protocols/input/*.json} and {@code protocols/output/*.json} from
 * the conformance directory through the protocol codecs, and prints one line per suite file:
 * {@code conformance protocols/input/rest-xml.json: N passed, M failed, K ignored}. Cases on
 * botocore's ignore list are still run; they count as ignored, not as passed or failed.
 */
class ProtocolConformanceTest {

    @TestFactory
    Stream<DynamicNode> protocolSuites() throws IOException {
        Optional<Path> dir = ConformanceData.part("protocols");
        if (dir.isEmpty()) {
            String msg = ConformanceData.missingMessage("protocols");
            System.out.println(msg);
            Assumptions.abort(msg);
        }
        IgnoreList ignores = IgnoreList.load(dir.get().resolve("protocol-tests-ignore-list.json"));
        List<DynamicNode> files = new ArrayList<>();
        for (String direction : List.of("input", "output")) {
            Path sub = dir.get().resolve(direction);
            if (!Files.isDirectory(sub)) {
                System.out.println("conformance protocols/" + direction + ": skipped, folder missing");
                continue;
            }
            try (Stream<Path> s = Files.list(sub)) {
                for (Path file : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    files.add(suiteFile(direction, file, ignores));
                }
            }
        }
        return files.stream();
    }

    private DynamicNode suiteFile(String direction, Path file, IgnoreList ignores) throws IOException {
        String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
        String label = "protocols/" + direction + "/" + file.getFileName();
        JsonNode suites = ConformanceValues.JSON.readTree(file.toFile());
        Tally tally = new Tally();
        List<DynamicNode> tests = new ArrayList<>();
        for (JsonNode suite : suites) {
            String suiteName = suite.path("description").asText();
            for (JsonNode c : suite.path("cases")) {
                String id = c.path("id").asText(c.path("description").asText());
                boolean ignored = ignores.ignored(stem, direction, suiteName, id);
                tests.add(DynamicTest.dynamicTest(id, () -> runCase(direction, suite, c, ignored, tally)));
            }
        }
        tests.add(DynamicTest.dynamicTest("summary", () -> {
            System.out.println("conformance " + label + ": " + tally.passed + " passed, " + tally.failed
                    + " failed, " + tally.ignored + " ignored"
                    + (tally.unsupported > 0 ? " (" + tally.unsupported + " without a codec)" : ""));
            if (!tally.ignoredResults.isEmpty()) {
                System.out.println("  ignore-listed cases: " + tally.ignoredResults);
            }
        }));
        return DynamicContainer.dynamicContainer(label, tests);
    }

    private void runCase(String direction, JsonNode suite, JsonNode c, boolean ignored, Tally tally) {
        String id = c.path("id").asText();
        ServiceModel model = suiteModel(suite, c.path("given"));
        ProtocolCodec codec;
        try {
            codec = Protocols.forService(model);
        } catch (RuntimeException noCodec) {
            tally.unsupported++;
            tally.failed++;
            throw new AssertionFailedError("no codec: " + noCodec.getMessage());
        }
        OperationModel op = model.operation(c.path("given").path("name").asText());
        String problem;
        try {
            problem = direction.equals("input") ? checkInput(codec, op, c) : checkOutput(codec, op, c);
        } catch (RuntimeException | AssertionError e) {
            problem = "threw " + e;
            if (!ignored) {
                tally.failed++;
                throw new AssertionFailedError(id + ": " + problem, e);
            }
        }
        if (ignored) {
            tally.ignored++;
            tally.ignoredResults.put(id, problem == null ? "passes" : "fails");
            if (problem != null) {
                throw new TestAbortedException("ignore-listed, fails: " + problem);
            }
            return;
        }
        if (problem != null) {
            tally.failed++;
            throw new AssertionFailedError(id + ": " + problem);
        }
        tally.passed++;
    }

    static ServiceModel suiteModel(JsonNode suite, JsonNode given) {
        ObjectNode json = ConformanceValues.JSON.createObjectNode();
        json.set("metadata", suite.path("metadata"));
        json.set("shapes", suite.path("shapes"));
        json.putObject("operations").set(given.path("name").asText(), given);
        return ServiceModel.fromJson("conformance", json);
    }

    @SuppressWarnings("unchecked")
    private static String checkInput(ProtocolCodec codec, OperationModel op, JsonNode c) {
        JsonNode expected = c.path("serialized");
        Map<String, Object> params = op.inputShape() == null ? new LinkedHashMap<>()
                : (Map<String, Object>) ConformanceValues.toValue(op.inputShape(), c.path("params"));
        if (params == null) {
            params = new LinkedHashMap<>();
        }
        String host = expected.path("host").asText("example.com");
        URI endpoint = URI.create("https://" + (host.contains("/") ? host : "example.com"));
        SdkHttpRequest req = codec.serialize(op, params, endpoint);

        List<String> problems = new ArrayList<>();
        if (!expected.path("method").asText().equalsIgnoreCase(req.method())) {
            problems.add("method: expected " + expected.path("method").asText() + ", got " + req.method());
        }
        String uri = expected.path("uri").asText();
        int q = uri.indexOf('?');
        String expPath = q < 0 ? uri : uri.substring(0, q);
        String expQuery = q < 0 ? "" : uri.substring(q + 1);
        if (!expPath.equals(req.fullEncodedPath())) {
            problems.add("path: expected " + expPath + ", got " + req.fullEncodedPath());
        }
        if (!queryPairs(expQuery).equals(queryPairs(req.encodedQuery()))) {
            problems.add("query: expected " + expQuery + ", got " + req.encodedQuery());
        }
        if (expected.has("host")) {
            String actualHost = req.endpoint().getHost() + basePath(req.endpoint());
            if (!expected.path("host").asText().equals(actualHost)) {
                problems.add("host: expected " + expected.path("host").asText() + ", got " + actualHost);
            }
        }
        Headers headers = req.headers();
        expected.path("headers").fields().forEachRemaining(e -> {
            List<String> values = headers.all(e.getKey());
            String actual = values.isEmpty() ? null : String.join(", ", values);
            if (!e.getValue().asText().equals(actual)) {
                problems.add("header " + e.getKey() + ": expected '" + e.getValue().asText() + "', got '" + actual + "'");
            }
        });
        expected.path("forbidHeaders").forEach(h -> {
            if (headers.contains(h.asText())) {
                problems.add("header " + h.asText() + " must not be sent");
            }
        });
        expected.path("requireHeaders").forEach(h -> {
            if (!headers.contains(h.asText())) {
                problems.add("header " + h.asText() + " is required");
            }
        });
        if (expected.has("body")) {
            String bodyProblem = Bodies.compare(codec.name(), expected.path("body").asText(), req.bodyBytes());
            if (bodyProblem != null) {
                problems.add(bodyProblem);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static String checkOutput(ProtocolCodec codec, OperationModel op, JsonNode c) {
        JsonNode response = c.path("response");
        Headers headers = new Headers();
        response.path("headers").fields().forEachRemaining(e -> headers.add(e.getKey(), e.getValue().asText()));
        byte[] body = null;
        if (response.has("body")) {
            String text = response.path("body").asText();
            body = codec.name().equals("smithy-rpc-v2-cbor") ? Base64.getDecoder().decode(text)
                    : text.getBytes(StandardCharsets.UTF_8);
        }
        SdkHttpResponse resp = new SdkHttpResponse(response.path("status_code").asInt(200), headers, body);
        List<String> problems = new ArrayList<>();
        if (c.has("error") || c.has("errorCode")) {
            ServiceErrorDetails err = codec.parseError(op, resp);
            if (c.has("errorCode") && !c.path("errorCode").asText().equals(err.code())) {
                problems.add("error code: expected " + c.path("errorCode").asText() + ", got " + err.code());
            }
            if (c.has("errorMessage") && !c.path("errorMessage").asText().equals(err.message())) {
                problems.add("error message: expected " + c.path("errorMessage").asText() + ", got " + err.message());
            }
            if (c.has("error")) {
                JsonNode actual = ConformanceValues.toJson(err.fields());
                if (!ConformanceValues.sameJson(c.path("error"), actual)) {
                    problems.add("error fields: expected " + c.path("error") + ", got " + actual);
                }
            }
        } else {
            Map<String, Object> result = codec.parse(op, resp);
            JsonNode actual = ConformanceValues.toJson(result);
            JsonNode expectedResult = c.has("result") ? c.path("result") : ConformanceValues.JSON.createObjectNode();
            if (!ConformanceValues.sameJson(expectedResult, actual)) {
                problems.add("result: expected " + expectedResult + ", got " + actual);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static String basePath(URI endpoint) {
        String p = endpoint.getRawPath();
        if (p == null || p.isEmpty() || p.equals("/")) {
            return "";
        }
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** Query pairs as a sorted multiset, percent-escapes upper-cased. */
    static List<String> queryPairs(String query) {
        List<String> pairs = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return pairs;
        }
        for (String p : query.split("&")) {
            if (!p.isEmpty()) {
                pairs.add(upperEscapes(p));
            }
        }
        pairs.sort(null);
        return pairs;
    }

    private static String upperEscapes(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) == '%' && i + 2 < sb.length()) {
                sb.setCharAt(i + 1, Character.toUpperCase(sb.charAt(i + 1)));
                sb.setCharAt(i + 2, Character.toUpperCase(sb.charAt(i + 2)));
            }
        }
        return sb.toString();
    }

    private static final class Tally {
        int passed;
        int failed;
        int ignored;
        int unsupported;
        final Map<String, String> ignoredResults = new LinkedHashMap<>();
    }

    /** botocore's protocol-tests-ignore-list.json: whole suites for every protocol, cases per protocol. */
    record IgnoreList(Set<String> inputSuites, Set<String> outputSuites, Map<String, Set<String>> cases) {
        static IgnoreList load(Path file) throws IOException {
            Set<String> in = new HashSet<>();
            Set<String> out = new HashSet<>();
            Map<String, Set<String>> cases = new LinkedHashMap<>();
            if (!Files.exists(file)) {
                return new IgnoreList(in, out, cases);
            }
            JsonNode root = ConformanceValues.JSON.readTree(file.toFile());
            root.path("general").path("input").path("suites").forEach(n -> in.add(n.asText()));
            root.path("general").path("output").path("suites").forEach(n -> out.add(n.asText()));
            root.path("protocols").fields().forEachRemaining(p -> {
                for (String dir : List.of("input", "output")) {
                    Set<String> ids = new HashSet<>();
                    p.getValue().path(dir).path("cases").forEach(n -> ids.add(n.asText()));
                    p.getValue().path(dir).path("suites").forEach(n -> ids.add("suite:" + n.asText()));
                    cases.put(p.getKey().toLowerCase(Locale.ROOT) + "/" + dir, ids);
                }
            });
            return new IgnoreList(in, out, cases);
        }

        boolean ignored(String fileStem, String direction, String suite, String caseId) {
            if ((direction.equals("input") ? inputSuites : outputSuites).contains(suite)) {
                return true;
            }
            Set<String> ids = cases.getOrDefault(fileStem.toLowerCase(Locale.ROOT) + "/" + direction, Set.of());
            return ids.contains(caseId) || ids.contains("suite:" + suite);
        }
    }
}
