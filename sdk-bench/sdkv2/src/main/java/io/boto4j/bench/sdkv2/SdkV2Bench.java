package io.boto4j.bench.sdkv2;

import io.boto4j.bench.harness.AsyncTarget;
import io.boto4j.bench.harness.BlockingTarget;
import io.boto4j.bench.harness.Calls;
import io.boto4j.bench.harness.ColdStartProbe;
import io.boto4j.bench.harness.LoadDriver;
import io.boto4j.bench.harness.LoadOptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The entry point the orchestrator starts for the SDK v2 contenders: {@code load --contender
 * NAME …} and {@code coldstart --contender NAME --server URI}, for {@code sdkv2-netty},
 * {@code sdkv2-apache} and {@code sdkv2-urlconnection}. Configured as the boto4j contenders
 * are: us-east-1, static credentials, path-style, the SDK's default retries and checksums, a
 * pool as large as the most calls in flight.
 */
public final class SdkV2Bench {
    private static final String BUCKET = "bench-bucket";
    private static final String KEY = "bench/object.bin";
    private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    private static final int ONE_CONNECTION = 10;

    private SdkV2Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: load|coldstart [--options]");
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "load" -> load(LoadOptions.parse(rest));
            case "coldstart" -> coldStart(LoadOptions.named(rest));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        System.exit(0);
    }

    private static void load(LoadOptions o) throws Exception {
        int pool = o.maxConcurrency();
        if (o.contender().equals("sdkv2-netty")) {
            try (Async c = new Async(o.server(), pool)) {
                Calls.awaitOne(c);
                LoadDriver.run(o, c);
            }
        } else {
            try (Sync c = new Sync(o.server(), o.contender(), pool)) {
                c.call();
                LoadDriver.run(o, c);
            }
        }
    }

    private static void coldStart(Map<String, String> options) throws Exception {
        String contender = options.get("contender");
        URI server = URI.create(options.get("server"));
        if (contender.equals("sdkv2-netty")) {
            ColdStartProbe.run(contender, () -> new Async(server, ONE_CONNECTION), Calls::awaitOne);
        } else {
            ColdStartProbe.run(contender, () -> new Sync(server, contender, ONE_CONNECTION), Sync::call);
        }
    }

    /** Built per call, as a caller would. */
    private static GetObjectRequest request() {
        return GetObjectRequest.builder().bucket(BUCKET).key(KEY).build();
    }

    /** {@code S3Client.getObjectAsBytes} over Apache 5 or URLConnection. */
    private static final class Sync implements BlockingTarget, AutoCloseable {
        private final S3Client client;

        Sync(URI server, String contender, int connections) {
            SdkHttpClient http = switch (contender) {
                case "sdkv2-apache" -> Apache5HttpClient.builder().maxConnections(connections).build();
                // Its pool size is the JVM-wide http.maxConnections, which the orchestrator sets.
                case "sdkv2-urlconnection" -> UrlConnectionHttpClient.builder().build();
                default -> throw new IllegalArgumentException("no SDK v2 contender named " + contender);
            };
            client = S3Client.builder()
                    .region(Region.US_EAST_1)
                    .credentialsProvider(CREDENTIALS)
                    .endpointOverride(server)
                    .forcePathStyle(true)
                    .httpClient(http)
                    .build();
        }

        @Override
        public void call() {
            Calls.checkBody(client.getObjectAsBytes(request()).asByteArrayUnsafe().length);
        }

        @Override
        public void close() {
            client.close();
        }
    }

    /** {@code S3AsyncClient.getObject(…, toBytes())} over Netty; the next call starts where the SDK completes the last. */
    private static final class Async implements AsyncTarget, AutoCloseable {
        private final S3AsyncClient client;

        Async(URI server, int connections) {
            client = S3AsyncClient.builder()
                    .region(Region.US_EAST_1)
                    .credentialsProvider(CREDENTIALS)
                    .endpointOverride(server)
                    .forcePathStyle(true)
                    .httpClient(NettyNioAsyncHttpClient.builder().maxConcurrency(connections).build())
                    .build();
        }

        @Override
        public void send(Consumer<Throwable> done) {
            client.getObject(request(), AsyncResponseTransformer.toBytes()).whenComplete((bytes, error) -> {
                if (error != null) {
                    done.accept(error);
                } else {
                    Calls.report(bytes.asByteArrayUnsafe().length, done);
                }
            });
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
