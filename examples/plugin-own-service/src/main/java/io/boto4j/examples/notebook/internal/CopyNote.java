package io.boto4j.examples.notebook.internal;

import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.plugin.MethodCall;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The body of {@link io.boto4j.examples.notebook.Notebook#COPY_NOTE}: two operations composed
 * without blocking, through the client's own pipeline (so the API key hook and retries apply to
 * both calls). A missing source note fails it with the service's {@code NotFoundException}.
 */
public final class CopyNote {
    private CopyNote() {
    }

    /** Runs the method on the client it was called on. */
    public static CompletionStage<String> run(MethodCall call) {
        ServiceRuntime notebook = call.runtime();
        String sourceId = call.argument("NoteId", String.class);
        return notebook.invoke("GetNote", Map.of("NoteId", sourceId))
                .thenCompose(source -> {
                    Map<String, Object> original = source.output();
                    Map<String, Object> copy = new LinkedHashMap<>();
                    copy.put("Title", call.argument("Title", String.class, "Copy of " + original.get("Title")));
                    if (original.get("Text") != null) {
                        copy.put("Text", original.get("Text"));
                    }
                    return notebook.invoke("CreateNote", copy);
                })
                .thenApply(created -> (String) created.output().get("NoteId"));
    }
}
