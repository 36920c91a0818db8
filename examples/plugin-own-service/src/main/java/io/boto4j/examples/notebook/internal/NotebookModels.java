package io.boto4j.examples.notebook.internal;

import io.boto4j.core.loader.ModelSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/**
 * The Notebook service's botocore-format data, served from this module's resources: its model,
 * paginators and endpoint rules. Found by the core's {@code ModelLoader} through
 * {@link java.util.ServiceLoader}, after the directories a user configures (which may override
 * any file, as botocore's data path does).
 */
public final class NotebookModels implements ModelSource {
    private static final String DATA = "io/boto4j/examples/notebook/data/";
    private static final String API_VERSION = "2026-01-01";
    private static final String DIRECTORY = "notebook/" + API_VERSION + "/";
    private static final Set<String> FILES = Set.of(
            DIRECTORY + "service-2.json",
            DIRECTORY + "paginators-1.json",
            DIRECTORY + "endpoint-rule-set-1.json");

    /** Called by {@link java.util.ServiceLoader}. */
    public NotebookModels() {
    }

    @Override
    public Optional<InputStream> open(String path) throws IOException {
        if (!FILES.contains(path)) {
            return Optional.empty();
        }
        InputStream in = NotebookModels.class.getModule().getResourceAsStream(DATA + path);
        if (in == null) {
            throw new IOException("the Notebook plugin's jar is missing " + DATA + path);
        }
        return Optional.of(in);
    }

    @Override
    public boolean exists(String path) {
        return FILES.contains(path);
    }

    @Override
    public Set<String> services() {
        return Set.of("notebook");
    }

    @Override
    public Set<String> apiVersions(String service) {
        return service.equals("notebook") ? Set.of(API_VERSION) : Set.of();
    }

    @Override
    public String id() {
        return "io.boto4j.examples.notebook:" + API_VERSION;
    }

    @Override
    public String toString() {
        return "the Notebook plugin's models";
    }
}
