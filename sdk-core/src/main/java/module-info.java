/**
 * boto4j core: everything that is the same whatever the transport. Depends on Jackson and the
 * JDK only. Exported packages are the public API; implementation packages stay unexported.
 */
module io.boto4j.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.cbor;
    requires java.xml;
    requires java.net.http;

    exports io.boto4j.core.http;
    exports io.boto4j.core.auth;
    exports io.boto4j.core.auth.credentials;
    exports io.boto4j.core.config;
}
