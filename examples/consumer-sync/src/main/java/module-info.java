/**
 * A program that depends on {@code sdk-sync} alone and requires {@code io.boto4j.sync} alone: the
 * bundled models ({@code io.boto4j.models}) and the S3 plugin ({@code io.boto4j.s3}) arrive through
 * JPMS service binding, named nowhere in this descriptor or in the pom.
 */
module io.boto4j.examples.consumer.sync {
    requires io.boto4j.sync;

    exports io.boto4j.examples.consumer.sync;
}
