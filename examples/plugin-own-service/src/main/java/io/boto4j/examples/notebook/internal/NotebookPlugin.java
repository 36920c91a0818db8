package io.boto4j.examples.notebook.internal;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.examples.notebook.Notebook;

/**
 * The Notebook service's plugin, found through {@link java.util.ServiceLoader}: the API key hook
 * and the {@code CopyNote} method on every Notebook client, nothing on any other.
 */
public final class NotebookPlugin implements ServicePlugin {

    /** Called by {@link java.util.ServiceLoader}. */
    public NotebookPlugin() {
    }

    @Override
    public String name() {
        return "io.boto4j.examples.notebook";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return Notebook.SERVICE.equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new ApiKeyHook());
        setup.addMethod(Notebook.COPY_NOTE);
    }
}
