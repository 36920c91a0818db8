package io.boto4j.examples.consumer.async;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.client.CoreMethods;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.loader.ModelLoader;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a Vert.x program that depends on {@code sdk-async} alone gets without naming it: every
 * bundled model and the S3 plugin. {@link #main} prints it as {@code name=value} lines; the tests
 * run it in a JVM of its own on the module path, and check the same facts in-process on both paths.
 */
public final class WhatArrived {
    /** The S3 plugin's name, as {@code ClientConfig.Builder.excludePlugin} takes it. */
    public static final String S3_PLUGIN = "io.boto4j.s3";

    private WhatArrived() {
    }

    /**
     * An S3 client configuration for {@code endpoint} (path-style, as a custom endpoint means in
     * botocore) with the AWS documentation's example key, reading settings from {@code environment}.
     */
    public static ClientConfig.Builder s3Config(URI endpoint, ConfigEnvironment environment) {
        return ClientConfig.builder().environment(environment).region("eu-west-1").endpointUrl(endpoint)
                .credentialsProvider(StaticCredentialsProvider.of(
                        Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")));
    }

    /** The path of a presigned GetObject URL: {@code /bucket/key} when the S3 plugin's hook ran. */
    public static Future<String> presignedGetPath(AsyncClient s3, String bucket, String key) {
        return s3.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of(
                        "Operation", "GetObject",
                        "Params", Map.of("Bucket", bucket, "Key", key)))
                .map(URI::getRawPath);
    }

    /** Prints what arrived, one {@code name=value} a line. */
    public static void main(String[] args) throws TimeoutException {
        URI endpoint = URI.create("http://127.0.0.1:9000"); // presigning sends nothing there
        ConfigEnvironment environment = ConfigEnvironment.system();
        Vertx vertx = Vertx.vertx();
        try {
            AsyncClient s3 = AsyncClient.createBlocking(vertx, "s3", s3Config(endpoint, environment).build());
            AsyncClient plain = AsyncClient.createBlocking(vertx, "s3", s3Config(endpoint, environment)
                    .excludePlugin(S3_PLUGIN).build());
            List<String> modules = ModuleLayer.boot().modules().stream().map(Module::getName)
                    .filter(name -> name.startsWith("io.boto4j.")).sorted().toList();
            System.out.println("modules=" + String.join(",", modules));
            System.out.println("models.known=" + ModelLoader.defaultLoader().knownServices().size());
            System.out.println("s3.methods=" + String.join(",", s3.methods()));
            System.out.println("s3.presignedPath=" + presignedGetPath(s3, "bucket", "key").await(30, TimeUnit.SECONDS));
            System.out.println("s3.presignedPath.withoutPlugin="
                    + presignedGetPath(plain, "bucket", "key").await(30, TimeUnit.SECONDS));
            Future.all(s3.close(), plain.close()).await(30, TimeUnit.SECONDS);
        } finally {
            vertx.close().await(30, TimeUnit.SECONDS);
        }
    }
}
