/**
 * The S3 plugin: request customizations and custom methods. {@code io.boto4j.s3} holds the
 * types users see (a presigned POST); {@code io.boto4j.s3.internal} the customizations
 * themselves, pure functions the plugin's hooks call.
 */
module io.boto4j.s3 {
    requires io.boto4j.core;
    requires java.xml;

    exports io.boto4j.s3;
}
