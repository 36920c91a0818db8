/**
 * A consumer of {@code sdk-sync} whose pom excludes {@code sdk-s3}: its tests (patched into this
 * otherwise empty module) show the models still arriving and the S3 plugin gone.
 */
module io.boto4j.examples.consumer.withouts3 {
    requires io.boto4j.sync;
}
