/**
 * The S3 plugin: S3's and S3 Control's request customizations (botocore's S3 handlers) and
 * S3's custom methods, plugged into the core through {@link java.util.ServiceLoader}.
 * {@code io.boto4j.s3} holds the types users see (a presigned POST; the transfer methods of
 * {@link io.boto4j.s3.S3Methods}, their options, listener and results); {@code io.boto4j.s3.internal}
 * the plugin and the customizations, pure functions its hooks call, and the transfers' workings.
 */
@SuppressWarnings("module") // "s3" is the service's name, terminal digit and all
module io.boto4j.s3 {
    // Its API (S3Options, S3 methods) is made of the core's plugin types.
    requires transitive io.boto4j.core;
    requires java.xml;

    exports io.boto4j.s3;

    provides io.boto4j.core.plugin.ServicePlugin with io.boto4j.s3.internal.S3Plugin;
}
