package io.boto4j.examples.notebook.usage;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.ServiceException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.examples.notebook.Notebook;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Notebook plugin through the Vert.x layer, on the module path, against a local Notebook. */
class AsyncNotebookTest {
    @TempDir
    Path home;

    private final FakeNotebook server = new FakeNotebook();
    private final Vertx vertx = Vertx.vertx();
    private AsyncClient notebook;

    @BeforeEach
    void createClient() throws Exception {
        notebook = AsyncClient.create(vertx, Notebook.SERVICE, ClientConfig.builder()
                        .environment(ConfigEnvironment.of(Map.of(), home))
                        .endpointUrl(server.endpoint())
                        .option(Notebook.API_KEY, FakeNotebook.API_KEY)
                        .build())
                .await(60, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        notebook.close().compose(x -> vertx.close()).await(30, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void theCustomMethodIsAFutureLikeTheOperations() throws Exception {
        Future<String> copied = notebook.call("CreateNote", Map.of("Title", "Plan", "Text", "step 1"))
                .compose(note -> notebook.call(Notebook.COPY_NOTE, Map.of("NoteId", note.get("NoteId"))));
        String copyId = copied.await(30, TimeUnit.SECONDS);

        Map<String, Object> copy = notebook.call("GetNote", Map.of("NoteId", copyId)).await(30, TimeUnit.SECONDS);
        assertEquals("Copy of Plan", copy.get("Title"));
        assertEquals(List.of("POST /v1/notes", "GET /v1/notes/n-1", "POST /v1/notes", "GET /v1/notes/n-2"),
                server.requests().stream().map(r -> r.method() + " " + r.uri().getPath()).toList());
        assertTrue(server.requests().stream().allMatch(r -> FakeNotebook.API_KEY.equals(r.header("x-api-key"))));
    }

    @Test
    void pagesArriveAsAStream() throws Exception {
        for (int i = 1; i <= 3; i++) {
            notebook.call("CreateNote", Map.of("Title", "note " + i)).await(30, TimeUnit.SECONDS);
        }
        Map<String, Object> all = notebook.paginate("ListNotes", Map.of("MaxResults", 2)).fullResult()
                .await(30, TimeUnit.SECONDS);
        assertEquals(3, ((List<?>) all.get("Notes")).size());
    }

    @Test
    void serviceErrorsFailTheFuture() throws Exception {
        Future<String> copy = notebook.call(Notebook.COPY_NOTE, Map.of("NoteId", "n-404"));
        Throwable failure = copy.transform(Future::succeededFuture).await(30, TimeUnit.SECONDS).cause();
        ServiceException e = assertInstanceOf(ServiceException.class, failure);
        assertEquals("NotFoundException", e.errorCode());
    }
}
