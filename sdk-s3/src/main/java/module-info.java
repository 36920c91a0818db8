/** The S3 plugin: request customizations and custom methods. */
module io.boto4j.s3 {
    requires io.boto4j.core;
}
