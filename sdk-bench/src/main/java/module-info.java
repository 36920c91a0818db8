/**
 * boto4j's benchmarks (JMH) against the AWS SDK for Java v2. No library module depends on this
 * one. The benchmarks run from the shaded {@code target/benchmarks.jar} on the class path (JMH
 * forks JVMs with its own class path); this descriptor keeps the compile honest about what the
 * code uses.
 */
module io.boto4j.bench {
    requires io.boto4j.sync;
    requires io.boto4j.async;
    requires jdk.httpserver;
    requires java.management;
    requires jdk.management;
    requires java.net.http;
    requires jmh.core;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.http;
    requires software.amazon.awssdk.auth;
    requires software.amazon.awssdk.regions;
    requires software.amazon.awssdk.services.s3;
    requires software.amazon.awssdk.services.dynamodb;
    requires software.amazon.awssdk.http.apache5;
    requires software.amazon.awssdk.http.nio.netty;

    // The sdk-models module serves the service models through ServiceLoader.
    requires io.boto4j.models;
}
