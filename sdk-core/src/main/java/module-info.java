/**
 * boto4j core: everything that is the same whatever the transport. Depends on Jackson and the
 * JDK only.
 *
 * <p>Its packages come in three tiers (each package's {@code package-info.java} says which):
 * <ul>
 *   <li><b>User API</b>, exported to everyone: what an application names to configure a client,
 *       catch its errors and read models, paginators and waiters. Stable within a major version.
 *   <li><b>SPI</b>, exported to everyone: what plugins ({@code plugin}, {@code http}) and
 *       transport layers ({@code pipeline}, {@code transport}) build on. Stable within a minor
 *       version; may grow between minor versions.
 *   <li><b>Internal</b>: not exported, or exported only to the SDK's own modules that need them
 *       (compiled after this one, hence the "module not found" warnings suppressed here). No
 *       stability promise; the SDK's modules are released together.
 * </ul>
 */
@SuppressWarnings("module")
module io.boto4j.core {
    requires com.fasterxml.jackson.dataformat.cbor;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires java.net.http;
    requires java.xml;
    requires transitive com.fasterxml.jackson.databind;

    // ---- User API
    exports io.boto4j.core;
    exports io.boto4j.core.auth;
    exports io.boto4j.core.auth.credentials;
    exports io.boto4j.core.auth.token;
    exports io.boto4j.core.client;
    exports io.boto4j.core.config;
    exports io.boto4j.core.introspect;
    exports io.boto4j.core.jmespath;
    exports io.boto4j.core.loader;
    exports io.boto4j.core.model;
    exports io.boto4j.core.paginate;
    exports io.boto4j.core.waiter;

    // ---- SPI
    exports io.boto4j.core.endpoints;
    exports io.boto4j.core.http;
    exports io.boto4j.core.pipeline;
    exports io.boto4j.core.plugin;
    exports io.boto4j.core.protocol;
    exports io.boto4j.core.transport;

    // ---- Internal, for the SDK's own modules (a module that starts using one adds itself here)
    // Signers: the S3 plugin's presigned POST and chunked uploads; the signing conformance tests.
    exports io.boto4j.core.auth.signer to io.boto4j.s3, io.boto4j.it;
    // Checksum algorithms and bodies: S3's multipart checksums, the end-to-end tests, the benchmarks.
    exports io.boto4j.core.checksums to io.boto4j.s3, io.boto4j.it, io.boto4j.services, io.boto4j.bench;
    // Event stream framing: the layers read event streams off their transports.
    exports io.boto4j.core.eventstream to io.boto4j.sync, io.boto4j.async;
    // PythonJson for the S3 POST policy, signed as the bytes of botocore's json.dumps.
    exports io.boto4j.core.internal.json to io.boto4j.s3;
    // Wire formats: the S3 plugin reads bodies the model cannot describe (GetBucketLocation,
    // errors inside a 200), sets S3's Expires header text; service plugins read documents.
    exports io.boto4j.core.protocol.json to io.boto4j.services;
    exports io.boto4j.core.protocol.support to io.boto4j.s3;
    exports io.boto4j.core.protocol.xml to io.boto4j.s3;
    // Retry classification of transport failures (the Vert.x transport marks its own).
    exports io.boto4j.core.retry to io.boto4j.async, io.boto4j.services;
    // Typed views: each layer binds them with its own conventions.
    exports io.boto4j.core.typed to io.boto4j.sync, io.boto4j.async;
    // Parameter validation: plugins' custom methods check their arguments as operations do.
    exports io.boto4j.core.validation to io.boto4j.sync, io.boto4j.async, io.boto4j.s3, io.boto4j.cli,
            io.boto4j.models, io.boto4j.services;
    // Not exported at all: internal.endpoints.*, internal.hooks, internal.identity, internal.retry,
    // protocol.cbor, protocol.query, protocol.rest.

    uses io.boto4j.core.loader.ModelSource;
    uses io.boto4j.core.plugin.ServicePlugin;
}
