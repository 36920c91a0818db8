/**
 * boto4j core: everything that is the same whatever the transport. Depends on Jackson and the
 * JDK only. Exported packages are the public API; implementation packages stay unexported.
 */
module io.boto4j.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.cbor;
    requires java.xml;

    exports io.boto4j.core.http;
    exports io.boto4j.core.loader;
    exports io.boto4j.core.model;
    exports io.boto4j.core.protocol;

    uses io.boto4j.core.loader.ModelSource;
}
