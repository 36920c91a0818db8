package io.boto4j.examples.notebook.usage;

import io.boto4j.core.ServiceException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.client.CoreMethods;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.ConfigException;
import io.boto4j.examples.notebook.Notebook;
import io.boto4j.examples.testing.LocalHttpServer.Request;
import io.boto4j.sync.SyncClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Notebook plugin through the blocking layer, on the module path, against a local Notebook. */
class SyncNotebookTest {
    @TempDir
    Path home;

    private final FakeNotebook server = new FakeNotebook();

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** A client of the local Notebook; nothing read from the real environment or ~/.aws. */
    private ClientConfig.Builder config(Map<String, String> environment) {
        return ClientConfig.builder()
                .environment(ConfigEnvironment.of(environment, home))
                .endpointUrl(server.endpoint());
    }

    @Test
    void theModelsOperationsWorkWithTheKeyTheHookSends() {
        try (SyncClient notebook = SyncClient.create(Notebook.SERVICE, config(Map.of())
                .option(Notebook.API_KEY, FakeNotebook.API_KEY)
                .build())) {
            Map<String, Object> note = notebook.call("CreateNote", Map.of("Title", "Groceries", "Text", "eggs, milk"));
            String noteId = (String) note.get("NoteId");
            assertEquals("Groceries", notebook.call("GetNote", Map.of("NoteId", noteId)).get("Title"));
            assertTrue(notebook.call("GetNote", Map.of("NoteId", noteId)).get("CreatedAt") instanceof Instant);
            notebook.call("DeleteNote", Map.of("NoteId", noteId));
        }
        List<Request> sent = server.requests();
        assertEquals(List.of("POST /v1/notes", "GET /v1/notes/n-1", "GET /v1/notes/n-1", "DELETE /v1/notes/n-1"),
                sent.stream().map(r -> r.method() + " " + r.uri().getPath()).toList());
        assertTrue(sent.stream().allMatch(r -> FakeNotebook.API_KEY.equals(r.header("x-api-key"))));
        assertEquals("{\"title\":\"Groceries\",\"text\":\"eggs, milk\"}", sent.get(0).text());
    }

    @Test
    void theCustomMethodComposesTwoOperations() {
        try (SyncClient notebook = SyncClient.create(Notebook.SERVICE, config(Map.of())
                .option(Notebook.API_KEY, FakeNotebook.API_KEY).build())) {
            String original = (String) notebook.call("CreateNote", Map.of("Title", "Plan", "Text", "step 1")).get("NoteId");

            String copyId = notebook.call(Notebook.COPY_NOTE, Map.of("NoteId", original));

            Map<String, Object> copy = notebook.call("GetNote", Map.of("NoteId", copyId));
            assertEquals("Copy of Plan", copy.get("Title"));
            assertEquals("step 1", copy.get("Text"));
            Object renamed = notebook.callMethod("CopyNote", Map.of("NoteId", original, "Title", "Renamed"));
            assertEquals("Renamed", notebook.call("GetNote", Map.of("NoteId", renamed)).get("Title"));
            assertTrue(notebook.methods().containsAll(List.of("CopyNote", "GeneratePresignedUrl")), notebook.methods().toString());
            assertEquals(2, notebook.describeMethod("CopyNote").parameters().size());
        }
    }

    @Test
    void pagesFollowThePaginatorTheModelSourceShips() {
        try (SyncClient notebook = SyncClient.create(Notebook.SERVICE, config(Map.of())
                .option(Notebook.API_KEY, FakeNotebook.API_KEY).build())) {
            for (int i = 1; i <= 5; i++) {
                notebook.call("CreateNote", Map.of("Title", "note " + i));
            }
            List<Map<String, Object>> pages = notebook.paginate("ListNotes", Map.of("MaxResults", 2)).stream().toList();
            assertEquals(3, pages.size());
            assertEquals(List.of("note 1", "note 2", "note 3", "note 4", "note 5"),
                    notebook.paginate("ListNotes", Map.of("MaxResults", 2)).search("Notes[].Title"));
        }
    }

    @Test
    void theKeyCanComeFromTheEnvironmentOrTheProfileAsTheOptionDeclares() throws Exception {
        try (SyncClient fromEnvironment = SyncClient.create(Notebook.SERVICE,
                config(Map.of("NOTEBOOK_API_KEY", FakeNotebook.API_KEY)).build())) {
            fromEnvironment.call("CreateNote", Map.of("Title", "from the environment"));
        }
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[default]\nnotebook =\n    api_key = " + FakeNotebook.API_KEY + "\n");
        try (SyncClient fromProfile = SyncClient.create(Notebook.SERVICE, config(Map.of()).build())) {
            fromProfile.call("CreateNote", Map.of("Title", "from the profile"));
        }
        assertEquals(2, server.requests().size());
    }

    @Test
    void aCallWithoutAKeyFailsBeforeAnythingIsSent() {
        try (SyncClient notebook = SyncClient.create(Notebook.SERVICE, config(Map.of()).build())) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> notebook.call("CreateNote", Map.of("Title", "t")));
            assertTrue(e.getMessage().startsWith("notebook.CreateNote needs an API key: set the client option"
                    + " notebook.api_key"), e.getMessage());
        }
        assertEquals(List.of(), server.requests());
    }

    @Test
    void theServicesErrorsAreServiceExceptionsWithTheModelsCodes() {
        try (SyncClient notebook = SyncClient.create(Notebook.SERVICE, config(Map.of())
                .option(Notebook.API_KEY, FakeNotebook.API_KEY).build())) {
            ServiceException missing = assertThrows(ServiceException.class,
                    () -> notebook.call(Notebook.COPY_NOTE, Map.of("NoteId", "n-404")));
            assertEquals("NotFoundException", missing.errorCode());
            assertEquals(404, missing.statusCode());
            assertEquals("no note n-404", missing.errorMessage());
        }
    }

    @Test
    void withoutAnEndpointUrlTheShippedEndpointRulesPickTheRegionalOne() {
        try (SyncClient notebook = SyncClient.create(Notebook.SERVICE, ClientConfig.builder()
                .environment(ConfigEnvironment.of(Map.of(), home)).region("eu-west-1").build())) {
            // A presigned URL shows where a call would go without sending it (the service is unsigned).
            URI url = notebook.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of(
                    "Operation", "GetNote", "Params", Map.of("NoteId", "n-1")));
            assertEquals(URI.create("https://notebook.eu-west-1.example.com/v1/notes/n-1"), url);
        }
    }

    @Test
    void thePluginIsAModuleOfItsOwnOnTheModulePath() {
        Module plugin = Notebook.class.getModule();
        assertEquals("io.boto4j.examples.notebook", plugin.getName());
        assertTrue(plugin.getDescriptor().requires().stream().anyMatch(r -> r.name().equals("io.boto4j.core")));
        assertEquals(2, plugin.getDescriptor().provides().size(), "a ModelSource and a ServicePlugin");
    }
}
