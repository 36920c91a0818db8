package io.boto4j.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.protocol.Protocols;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One file of botocore's protocol suites ({@code protocols/input/*.json} or
 * {@code protocols/output/*.json}): its cases, each run on its own, and the tally behind the
 * file's summary line. Any suite file is accepted: a case without an {@code id} is named by its
 * suite and index ({@code <suite description> #<n>}); a case that cannot even be read fails alone,
 * never the whole file; a file that is not a list of suites has no cases and says why.
 */
final class ProtocolSuiteFile {
    private final String direction;
    private final String label;
    private final List<Case> cases = new ArrayList<>();
    private final Map<String, String> ignoredResults = new LinkedHashMap<>();
    private String unreadable;
    private int passed;
    private int failed;
    private int ignored;
    private int unsupported;
    private int asBotocore;

    private ProtocolSuiteFile(String direction, String label) {
        this.direction = direction;
        this.label = label;
    }

    /** Reads {@code file}; never throws (an unreadable file is reported by {@link #unreadable()}). */
    static ProtocolSuiteFile load(String direction, Path file, ProtocolConformanceTest.IgnoreList ignores) {
        String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
        ProtocolSuiteFile f = new ProtocolSuiteFile(direction, "protocols/" + direction + "/" + file.getFileName());
        JsonNode suites;
        try {
            suites = ConformanceValues.JSON.readTree(file.toFile());
        } catch (IOException | RuntimeException e) {
            f.unreadable = e.toString();
            return f;
        }
        if (suites == null || !suites.isArray()) {
            f.unreadable = "the top level is not a list of suites";
            return f;
        }
        int suiteIndex = 0;
        for (JsonNode suite : suites) {
            suiteIndex++;
            String suiteName = suite.path("description").asText("suite " + suiteIndex);
            int caseIndex = 0;
            for (JsonNode c : suite.path("cases")) {
                caseIndex++;
                String id = c.hasNonNull("id") ? c.path("id").asText() : null;
                String name = id != null ? id : suiteName + " #" + caseIndex;
                boolean ignore = id != null && ignores.ignored(stem, direction, suiteName, id);
                f.cases.add(f.new Case(name, suite, c, ignore));
            }
        }
        return f;
    }

    String label() {
        return label;
    }

    List<Case> cases() {
        return cases;
    }

    /** Why the file has no cases, or null when it was read. */
    String unreadable() {
        return unreadable;
    }

    int passed() {
        return passed;
    }

    int failed() {
        return failed;
    }

    Map<String, String> ignoredResults() {
        return ignoredResults;
    }

    /** {@code conformance protocols/input/rest-xml.json: N passed, M failed, K ignored}. */
    String summary() {
        return "conformance " + label + ": " + passed + " passed, " + failed + " failed, " + ignored + " ignored"
                + (unsupported > 0 ? " (" + unsupported + " without a codec)" : "")
                + (asBotocore > 0 ? " (" + asBotocore + " passed without the Content-Type botocore does not send"
                        + " either)" : "")
                + (unreadable != null ? " (unreadable: " + unreadable + ")" : "");
    }

    /** One case of the file. */
    final class Case {
        private final String name;
        private final JsonNode suite;
        private final JsonNode json;
        private final boolean ignoreListed;

        private Case(String name, JsonNode suite, JsonNode json, boolean ignoreListed) {
            this.name = name;
            this.suite = suite;
            this.json = json;
            this.ignoreListed = ignoreListed;
        }

        String name() {
            return name;
        }

        /**
         * Runs the case: returns when it passes, throws {@link AssertionFailedError} with the
         * problems when it fails, {@link TestAbortedException} when it is ignore-listed and fails.
         */
        void run() {
            String problem;
            List<String> notes = new ArrayList<>();
            try {
                problem = check(notes);
            } catch (RuntimeException | AssertionError e) {
                problem = "threw " + e;
                if (!ignoreListed) {
                    failed++;
                    throw new AssertionFailedError(name + ": " + problem, e);
                }
            }
            if (ignoreListed) {
                ignored++;
                ignoredResults.put(name, problem == null ? "passes" : "fails");
                if (problem != null) {
                    throw new TestAbortedException("ignore-listed, fails: " + problem);
                }
                return;
            }
            if (problem != null) {
                failed++;
                throw new AssertionFailedError(name + ": " + problem);
            }
            passed++;
            if (!notes.isEmpty()) {
                asBotocore++;
            }
        }

        private String check(List<String> notes) {
            ServiceModel model = ProtocolCaseChecks.suiteModel(suite, json.path("given"));
            ProtocolCodec codec;
            try {
                codec = Protocols.forService(model);
            } catch (RuntimeException noCodec) {
                unsupported++;
                return "no codec: " + noCodec.getMessage();
            }
            OperationModel op = model.operation(json.path("given").path("name").asText());
            return direction.equals("input") ? ProtocolCaseChecks.checkInput(codec, op, json, notes)
                    : ProtocolCaseChecks.checkOutput(codec, op, json);
        }
    }
}
