/**
 * The boto4j demo ({@code ./demo}): S3 and SQS through both layers, the blocking
 * {@code SyncClient} and the Vert.x {@code AsyncClient}, against s3proxy and ElasticMQ started on
 * 127.0.0.1, or against an account of your own when asked to.
 *
 * <p>{@code io.boto4j.sync} and {@code io.boto4j.async} are the two layers (an application needs
 * one); {@code io.boto4j.s3} is there only to name the S3 plugin's API, its transfer methods
 * ({@code S3Methods}) and their listener: the layers bring the plugin itself without it.
 */
module io.boto4j.examples.demo {
    requires io.boto4j.sync;
    requires io.boto4j.async;
    requires io.boto4j.s3;

    // The embedded servers: sdk-it's harness starts s3proxy and ElasticMQ as child processes.
    requires io.boto4j.it;
    // Fetching a presigned URL with the JDK alone.
    requires java.net.http;

    // The typed view's records and interface, for the two modules that read them by reflection:
    // Jackson converts the records, the core calls the view's default methods.
    exports io.boto4j.examples.demo.view to com.fasterxml.jackson.databind, io.boto4j.core;
}
