package io.boto4j.examples.notebook.usage;

import io.boto4j.examples.notebook.Notebook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Notebook plugin reached from the command line: the repository's {@code ./boto4j}, with
 * the plugin's module named in {@code BOTO4J_PLUGIN_PATH}, finds its model and plugin through
 * ServiceLoader, with no rebuild of the CLI; its custom method runs against a local Notebook.
 * Needs sdk-cli packaged (the reactor does it first: this module depends on sdk-cli's POM for that).
 */
class NotebookCliTest {
    /** The repository's root: surefire runs this module's tests in examples/plugin-own-service-usage. */
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent().getParent();

    @TempDir
    Path home;

    private final FakeNotebook server = new FakeNotebook();

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Where the plugin's module is: its jar, or its classes (an exploded module) before packaging. */
    private static String pluginModule() throws URISyntaxException {
        return Path.of(Notebook.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n" + out + err;
        }
    }

    /** {@code ./boto4j args} with the plugin on its module path (or not) and only these variables set. */
    private Run boto4j(boolean withPlugin, String... args) throws Exception {
        Path script = REPOSITORY.resolve("boto4j");
        if (!Files.isDirectory(REPOSITORY.resolve("sdk-cli/target/lib"))) {
            throw new IllegalStateException("sdk-cli is not packaged; build the reactor: mvn -B verify");
        }
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        String path = builder.environment().get("PATH");
        builder.environment().clear();
        builder.environment().putAll(Map.of("PATH", path, "HOME", home.toString(), "BOTO4J_CDS", "0",
                "NOTEBOOK_API_KEY", FakeNotebook.API_KEY));
        if (withPlugin) {
            builder.environment().put("BOTO4J_PLUGIN_PATH", pluginModule());
        }
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("./boto4j " + String.join(" ", args) + " did not end");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void helpListsTheModelsOperationsAndThePluginsMethod() throws Exception {
        Run help = boto4j(true, "notebook", "help");
        assertEquals(0, help.exit(), help::toString);
        assertTrue(help.out().contains("\n  create-note\n") && help.out().contains("\n  list-notes *\n"), help::toString);
        assertTrue(help.out().contains("\n  copy-note  "), help::toString);
        Run method = boto4j(true, "notebook", "copy-note", "help");
        assertTrue(method.out().contains("\n  NoteId  a string  (required)  --note-id\n"), method::toString);
    }

    @Test
    void theOperationsAndTheCustomMethodRunAgainstALocalNotebook() throws Exception {
        String endpoint = server.endpoint().toString();
        Run created = boto4j(true, "notebook", "create-note", "--title", "Plan", "--text", "step 1",
                "--endpoint-url", endpoint);
        assertEquals(0, created.exit(), created::toString);
        assertTrue(created.out().contains("\"NoteId\": \"n-1\""), created::toString);

        Run copied = boto4j(true, "notebook", "copy-note", "--note-id", "n-1", "--endpoint-url", endpoint);
        assertEquals(0, copied.exit(), copied::toString);
        assertEquals("\"n-2\"\n", copied.out(), "the method's result, as JSON");
        assertEquals(List.of("POST /v1/notes", "GET /v1/notes/n-1", "POST /v1/notes"),
                server.requests().stream().map(r -> r.method() + " " + r.uri().getPath()).toList());
        assertTrue(server.requests().stream().allMatch(r -> FakeNotebook.API_KEY.equals(r.header("x-api-key"))),
                "the plugin's hook sent the key from NOTEBOOK_API_KEY");
    }

    @Test
    void withoutThePluginPathTheCliKnowsNoNotebook() throws Exception {
        Run r = boto4j(false, "notebook", "help");
        assertEquals(252, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown service 'notebook'"), r::toString);
    }

    @Test
    void aPluginPathEntryThatDoesNotExistIsAConfigurationError() throws Exception {
        Path missing = home.resolve("no-such-plugin.jar");
        List<String> command = List.of(REPOSITORY.resolve("boto4j").toString(), "help");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("BOTO4J_PLUGIN_PATH", missing.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(253, process.exitValue(), output);
        assertEquals("boto4j: BOTO4J_PLUGIN_PATH names " + missing + ", which does not exist\n", output);
    }
}
