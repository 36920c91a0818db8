/**
 * boto4j core: everything that is the same whatever the transport. Depends on Jackson and the
 * JDK only. Exported packages are the public API; implementation packages stay unexported,
 * or are exported only to the sibling modules that need them (compiled after this one, hence
 * the "module not found" warning suppressed here).
 */
@SuppressWarnings("module")
module io.boto4j.core {
    requires com.fasterxml.jackson.dataformat.cbor;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires java.net.http;
    requires java.xml;
    requires transitive com.fasterxml.jackson.databind;

    exports io.boto4j.core.auth.credentials;
    exports io.boto4j.core.auth.signer;
    exports io.boto4j.core.auth.token;
    exports io.boto4j.core.auth;
    exports io.boto4j.core.checksums;
    exports io.boto4j.core.client;
    exports io.boto4j.core.config;
    exports io.boto4j.core.endpoints;
    exports io.boto4j.core.eventstream;
    exports io.boto4j.core.http;
    exports io.boto4j.core.introspect;
    exports io.boto4j.core.jmespath;
    exports io.boto4j.core.loader;
    exports io.boto4j.core.model;
    exports io.boto4j.core.paginate;
    exports io.boto4j.core.pipeline;
    exports io.boto4j.core.plugin;
    exports io.boto4j.core.protocol;
    exports io.boto4j.core.retry;
    exports io.boto4j.core.transport;
    exports io.boto4j.core.typed;
    exports io.boto4j.core.validation;
    // SecureXml for S3 bodies the model cannot describe (GetBucketLocation, errors inside a 200).
    exports io.boto4j.core.protocol.xml to io.boto4j.s3;
    // PythonJson for the S3 POST policy, signed as the bytes of botocore's json.dumps.
    exports io.boto4j.core.internal.json to io.boto4j.s3;
    // Timestamps for S3's Expires header, which holds whatever text the uploader set.
    exports io.boto4j.core.protocol.support to io.boto4j.s3;
    exports io.boto4j.core.waiter;
    exports io.boto4j.core;

    uses io.boto4j.core.loader.ModelSource;
    uses io.boto4j.core.plugin.ServicePlugin;
}
