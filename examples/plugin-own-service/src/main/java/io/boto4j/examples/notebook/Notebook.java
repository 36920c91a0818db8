package io.boto4j.examples.notebook;

import io.boto4j.core.plugin.ClientOption;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;
import io.boto4j.examples.notebook.internal.CopyNote;

/**
 * What users of the Notebook plugin name in their code: the service's name, its API key option
 * and its custom method. Everything else (the model, the endpoint rules, the hook) arrives through
 * {@link java.util.ServiceLoader} once this module is on the module or class path.
 *
 * <pre>{@code
 * SyncClient notebook = SyncClient.create(Notebook.SERVICE, ClientConfig.builder()
 *         .region("eu-west-1")
 *         .option(Notebook.API_KEY, apiKey)
 *         .build());
 * String copyId = notebook.call(Notebook.COPY_NOTE, Map.of("NoteId", noteId));
 * }</pre>
 */
public final class Notebook {

    /** The service's name, as clients are created with it. */
    public static final String SERVICE = "notebook";

    /**
     * The API key sent with every call in the {@code x-api-key} header: set in code
     * ({@code ClientConfig.Builder.option(Notebook.API_KEY, key)}), else the environment variable
     * {@code NOTEBOOK_API_KEY}, else {@code api_key} in the {@code notebook} block of the profile
     * in {@code ~/.aws/config}. A call without one fails before anything is sent.
     */
    public static final ClientOption<String> API_KEY = ClientOption.text("notebook.api_key")
            .environmentVariable("NOTEBOOK_API_KEY")
            .configKey("notebook.api_key")
            .build();

    /**
     * Copies a note: {@code GetNote}, then {@code CreateNote} with its text, under the title given
     * (or "Copy of" the original's). The result is the new note's id.
     */
    public static final CustomMethod<String> COPY_NOTE = CustomMethod.builder("CopyNote", String.class)
            .documentation("Copies a note (GetNote, then CreateNote); returns the new note's id.")
            .parameter(MethodParameter.required("NoteId", String.class, "the note to copy"))
            .parameter(MethodParameter.optional("Title", String.class,
                    "the copy's title; \"Copy of\" the original's when not given"))
            .implementation(CopyNote::run)
            .build();

    private Notebook() {
    }
}
