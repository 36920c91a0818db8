/**
 * An application of the Notebook plugin's users, on the module path: it requires the layers it
 * calls through and the plugin's API module (for {@code Notebook.API_KEY} and
 * {@code Notebook.COPY_NOTE}); the plugin's model and hook arrive through
 * {@link java.util.ServiceLoader}. Its tests (patched into this module) are the usage.
 */
module io.boto4j.examples.notebook.usage {
    requires io.boto4j.sync;
    requires io.boto4j.async;
    requires io.boto4j.examples.notebook;
}
