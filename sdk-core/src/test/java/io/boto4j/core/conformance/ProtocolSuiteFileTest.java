package io.boto4j.core.conformance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The runner takes any botocore protocol-suite file, odd cases included. */
class ProtocolSuiteFileTest {
    private static final ProtocolConformanceTest.IgnoreList NO_IGNORES =
            new ProtocolConformanceTest.IgnoreList(Set.of(), Set.of(), Map.of());

    private static final String METADATA = "{\"protocol\": \"rest-json\", \"apiVersion\": \"2014-01-01\"}";
    private static final String SHAPES = "{\"In\": {\"type\": \"structure\", \"members\": {"
            + "\"Name\": {\"shape\": \"S\"}}}, \"S\": {\"type\": \"string\"}}";

    @Test
    void casesWithoutIdMethodOrHostAreNamedAndCheckedOnWhatTheyGive(@TempDir Path dir) throws IOException {
        Path file = write(dir, "rest-json.json", "[{\"description\": \"Old style\", \"metadata\": " + METADATA
                + ", \"shapes\": " + SHAPES + ", \"cases\": ["
                // No id, no method, no host: only the uri and body are checked.
                + "{\"given\": {\"name\": \"Op\", \"http\": {\"method\": \"POST\", \"requestUri\": \"/\"},"
                + " \"input\": {\"shape\": \"In\"}}, \"params\": {\"Name\": \"x\"},"
                + " \"serialized\": {\"uri\": \"/\", \"body\": \"{\\\"Name\\\": \\\"x\\\"}\"}},"
                // An operation naming a shape the suite lacks: fails, alone.
                + "{\"id\": \"Broken\", \"given\": {\"name\": \"Op\", \"http\": {\"method\": \"POST\","
                + " \"requestUri\": \"/\"}, \"input\": {\"shape\": \"Missing\"}}, \"params\": {\"Name\": \"x\"},"
                + " \"serialized\": {\"uri\": \"/\"}},"
                // Only headers.
                + "{\"given\": {\"name\": \"Op\", \"http\": {\"method\": \"POST\", \"requestUri\": \"/\"},"
                + " \"input\": {\"shape\": \"In\"}}, \"params\": {},"
                + " \"serialized\": {\"headers\": {\"Content-Type\": \"application/json\"}}}"
                + "]}]");
        ProtocolSuiteFile suite = ProtocolSuiteFile.load("input", file, NO_IGNORES);

        List<ProtocolSuiteFile.Case> cases = suite.cases();
        assertEquals(List.of("Old style #1", "Broken", "Old style #3"), cases.stream().map(c -> c.name()).toList());
        assertDoesNotThrow(cases.get(0)::run);
        assertThrows(AssertionFailedError.class, cases.get(1)::run);
        assertDoesNotThrow(cases.get(2)::run);
        assertEquals("conformance protocols/input/rest-json.json: 2 passed, 1 failed, 0 ignored", suite.summary());
    }

    @Test
    void outputCasesWithoutIdAreNamedBySuiteAndIndex(@TempDir Path dir) throws IOException {
        Path file = write(dir, "rest-json.json", "[{\"metadata\": " + METADATA + ", \"shapes\": {\"Out\":"
                + " {\"type\": \"structure\", \"members\": {\"Name\": {\"shape\": \"S\"}}},"
                + " \"S\": {\"type\": \"string\"}}, \"cases\": [{\"given\": {\"name\": \"Op\","
                + " \"http\": {\"method\": \"GET\", \"requestUri\": \"/\"}, \"output\": {\"shape\": \"Out\"}},"
                + " \"result\": {\"Name\": \"x\"}, \"response\": {\"status_code\": 200, \"headers\": {},"
                + " \"body\": \"{\\\"Name\\\": \\\"x\\\"}\"}}]}]");
        ProtocolSuiteFile suite = ProtocolSuiteFile.load("output", file, NO_IGNORES);

        assertEquals("suite 1 #1", suite.cases().get(0).name());
        assertDoesNotThrow(suite.cases().get(0)::run);
        assertEquals(1, suite.passed());
    }

    @Test
    void aFileThatIsNotAListOfSuitesSaysSoWithoutThrowing(@TempDir Path dir) throws IOException {
        ProtocolSuiteFile suite = ProtocolSuiteFile.load("input", write(dir, "odd.json", "{\"not\": \"suites\"}"),
                NO_IGNORES);
        assertEquals(List.of(), suite.cases());
        assertNotNull(suite.unreadable());
        ProtocolSuiteFile broken = ProtocolSuiteFile.load("input", write(dir, "broken.json", "[{"), NO_IGNORES);
        assertNotNull(broken.unreadable());
    }

    @Test
    void contentTypeParametersBeyondTheSuitesMediaTypeAreAccepted() {
        assertEquals(true, ProtocolCaseChecks.sameHeader("Content-Type", "application/x-www-form-urlencoded",
                "application/x-www-form-urlencoded; charset=utf-8"));
        assertEquals(false, ProtocolCaseChecks.sameHeader("Content-Type", "application/json", "application/xml"));
        assertEquals(false, ProtocolCaseChecks.sameHeader("X-Other", "a", "a; b"));
    }

    private static Path write(Path dir, String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }
}
