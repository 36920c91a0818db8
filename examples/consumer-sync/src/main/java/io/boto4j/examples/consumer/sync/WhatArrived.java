package io.boto4j.examples.consumer.sync;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.client.CoreMethods;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.loader.ModelSource;
import io.boto4j.sync.SyncClient;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a program that depends on {@code sdk-sync} alone gets without naming it: every bundled
 * model and the S3 plugin. {@link #main} prints it as {@code name=value} lines; the tests run it
 * in a JVM of its own on the module path, and check the same facts in-process on both paths.
 */
public final class WhatArrived {
    /** The S3 plugin's name, as {@code ClientConfig.Builder.excludePlugin} takes it. */
    public static final String S3_PLUGIN = "io.boto4j.s3";

    /** Where the presigned URLs point; nothing is sent there (presigning does no I/O). */
    private static final URI LOCAL_ENDPOINT = URI.create("http://127.0.0.1:9000");

    private WhatArrived() {
    }

    /**
     * A client configuration for an S3 on {@code endpoint} (a custom endpoint means path-style
     * addressing, as in botocore) with the AWS documentation's example key, reading settings from
     * {@code environment} only.
     */
    public static ClientConfig.Builder localS3(URI endpoint, ConfigEnvironment environment) {
        return ClientConfig.builder()
                .environment(environment)
                .region("us-east-1")
                .endpointUrl(endpoint)
                .credentialsProvider(StaticCredentialsProvider.of(
                        Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")));
    }

    /**
     * The path of a presigned GetObject URL. With the S3 plugin it is {@code /bucket/key}: the
     * plugin's hook keeps the bucket the endpoint rules put in the path from appearing twice.
     */
    public static String presignedGetPath(SyncClient s3, String bucket, String key) {
        URI url = s3.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of(
                "Operation", "GetObject",
                "Params", Map.of("Bucket", bucket, "Key", key)));
        return url.getRawPath();
    }

    /** The names of boto4j's modules in the boot layer, sorted (none on the class path). */
    public static List<String> boto4jModules() {
        return ModuleLayer.boot().modules().stream().map(Module::getName)
                .filter(name -> name.startsWith("io.boto4j.")).sorted().toList();
    }

    /** The source of the bundled models ({@code io.boto4j.models}), when it was found. */
    public static Optional<ModelSource> bundledModels() {
        return ModelLoader.defaultLoader().sources().stream()
                .filter(source -> source.id().startsWith("bundled:io.boto4j.models")).findFirst();
    }

    /** Prints what arrived, one {@code name=value} a line. */
    public static void main(String[] args) {
        ConfigEnvironment environment = ConfigEnvironment.system();
        System.out.println("modules=" + String.join(",", boto4jModules()));
        ModelSource models = bundledModels().orElseThrow(() -> new IllegalStateException("no bundled models"));
        System.out.println("models.bundled=" + models.services().size());
        System.out.println("models.allKnown=" + ModelLoader.defaultLoader().knownServices().containsAll(models.services()));
        try (SyncClient s3 = SyncClient.create("s3", localS3(LOCAL_ENDPOINT, environment).build());
             SyncClient plain = SyncClient.create("s3", localS3(LOCAL_ENDPOINT, environment)
                     .excludePlugin(S3_PLUGIN).build())) {
            System.out.println("s3.methods=" + String.join(",", s3.methods()));
            System.out.println("s3.presignedPath=" + presignedGetPath(s3, "bucket", "key"));
            System.out.println("s3.presignedPath.withoutPlugin=" + presignedGetPath(plain, "bucket", "key"));
        }
    }
}
