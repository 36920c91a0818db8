package io.boto4j.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * the conformance directory through the protocol codecs ({@link ProtocolSuiteFile}), and prints
 * one line per suite file: {@code conformance protocols/input/rest-xml.json: N passed, M failed,
 * K ignored}. Cases on botocore's ignore list are still run; they count as ignored, not as
 * passed or failed.
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
                    files.add(suiteFile(ProtocolSuiteFile.load(direction, file, ignores)));
                }
            }
        }
        return files.stream();
    }

    private static DynamicNode suiteFile(ProtocolSuiteFile file) {
        List<DynamicNode> tests = new ArrayList<>();
        for (ProtocolSuiteFile.Case c : file.cases()) {
            tests.add(DynamicTest.dynamicTest(c.name(), c::run));
        }
        tests.add(DynamicTest.dynamicTest("summary", () -> {
            System.out.println(file.summary());
            if (!file.ignoredResults().isEmpty()) {
                System.out.println("  ignore-listed cases: " + file.ignoredResults());
            }
            if (file.unreadable() != null) {
                throw new AssertionFailedError(file.label() + " is not a suite file: " + file.unreadable());
            }
        }));
        return DynamicContainer.dynamicContainer(file.label(), tests);
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
