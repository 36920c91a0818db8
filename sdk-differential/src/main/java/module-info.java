/**
 * boto4j's differential tests against botocore 1.43.107: the tests of this module drive botocore
 * through one Python process and compare requests and parsed responses (see the module's
 * README). There is no main code; this descriptor names what the tests use. No module depends
 * on this one.
 */
module io.boto4j.differential {
    requires io.boto4j.core;
    requires io.boto4j.cli;
    requires com.fasterxml.jackson.dataformat.cbor;
    requires java.xml;
    // The bundled models, served through ServiceLoader.
    requires io.boto4j.models;
}
