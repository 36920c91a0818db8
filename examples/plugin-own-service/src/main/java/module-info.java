/**
 * A plugin for a service of one's own: the Notebook service (invented for this example) served
 * to boto4j as a model ({@link io.boto4j.core.loader.ModelSource}) and a plugin
 * ({@link io.boto4j.core.plugin.ServicePlugin}). Users reach its API key option and its custom
 * method through {@link io.boto4j.examples.notebook.Notebook}; the rest stays internal.
 */
module io.boto4j.examples.notebook {
    requires io.boto4j.core;

    exports io.boto4j.examples.notebook;

    provides io.boto4j.core.loader.ModelSource with io.boto4j.examples.notebook.internal.NotebookModels;
    provides io.boto4j.core.plugin.ServicePlugin with io.boto4j.examples.notebook.internal.NotebookPlugin;
}
