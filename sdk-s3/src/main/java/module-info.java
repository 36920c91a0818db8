/**
 * The S3 plugin: S3's and S3 Control's request customizations (botocore's S3 handlers) and
 * S3's custom methods, plugged into the core through {@link java.util.ServiceLoader}. The
 * transfer methods ({@link io.boto4j.s3.S3Methods}), their options, listener and results are the
 * exported API.
 */
module io.boto4j.s3 {
    requires io.boto4j.core;

    exports io.boto4j.s3;

    provides io.boto4j.core.plugin.ServicePlugin with io.boto4j.s3.internal.S3Plugin;
}
