package io.boto4j.bench;

import io.boto4j.bench.clients.BenchSettings;
import io.boto4j.bench.clients.Boto4jClients;
import io.boto4j.bench.clients.CannedSdkHttpClient;
import io.boto4j.bench.clients.CannedTransport;
import io.boto4j.bench.clients.SdkV2Clients;
import io.boto4j.core.pipeline.CallResult;
import io.boto4j.core.pipeline.ResponseStream;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.pipeline.ServiceRuntime;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * CPU only, no I/O: an S3 PutObject (1 KiB body), an S3 GetObject (1 KiB, boto4j only) and a
 * DynamoDB PutItem (7 attributes).
 * <ul>
 *   <li>{@code *DryRun}: boto4j's {@code ServiceRuntime.dryRun}: validate, endpoint, serialize,
 *       checksum, sign; nothing is sent.</li>
 *   <li>{@code *Canned}: the whole call over a transport that reads the body and answers a
 *       canned 200 at once: boto4j's pipeline ({@code ServiceRuntime.invoke}) and SDK v2's client
 *       over a canned {@code SdkHttpClient}. These two are the like-for-like pair (SDK v2 cannot
 *       stop after signing without an exception path).</li>
 * </ul>
 * Both SDKs use AWS's real endpoints (https) and their default checksum settings.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SerializeAndSignBenchmark {
    private static final byte[] OBJECT = BenchSettings.objectBytes();

    @State(Scope.Benchmark)
    public static class Boto4jS3 {
        ServiceRuntime runtime;

        @Setup(Level.Trial)
        public void setUp() {
            runtime = Boto4jClients.runtime("s3", new CannedTransport(200,
                    Map.of("ETag", "\"bench\"", "x-amz-request-id", "BENCH"), new byte[0]));
        }

        @TearDown(Level.Trial)
        public void close() {
            runtime.close();
        }
    }

    /** S3 answering a GetObject of 1 KiB with the headers S3 sends (those of the load benchmark's server). */
    @State(Scope.Benchmark)
    public static class Boto4jS3Get {
        ServiceRuntime runtime;

        @Setup(Level.Trial)
        public void setUp() {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("x-amz-id-2", "Y2FubmVkIGJlbmNobWFyayByZXNwb25zZSBmcm9tIHRoZSBsb2FkIHNlcnZlcg==");
            headers.put("x-amz-request-id", "4442587FB7D0A2F9");
            headers.put("Date", "Thu, 03 Dec 2026 12:00:00 GMT");
            headers.put("ETag", "\"0f343b0931126a20f133d67c2b018a3b\"");
            headers.put("Server", "AmazonS3");
            headers.put("Last-Modified", "Wed, 25 Nov 2026 12:00:00 GMT");
            headers.put("Accept-Ranges", "bytes");
            headers.put("Content-Type", "application/octet-stream");
            runtime = Boto4jClients.runtime("s3", new CannedTransport(200, headers, OBJECT));
        }

        @TearDown(Level.Trial)
        public void close() {
            runtime.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Boto4jDynamoDb {
        ServiceRuntime runtime;
        final Map<String, Object> item = boto4jItem();

        @Setup(Level.Trial)
        public void setUp() {
            runtime = Boto4jClients.runtime("dynamodb", new CannedTransport(200,
                    Map.of("Content-Type", "application/x-amz-json-1.0", "x-amzn-RequestId", "BENCH"),
                    "{}".getBytes(StandardCharsets.UTF_8)));
        }

        @TearDown(Level.Trial)
        public void close() {
            runtime.close();
        }
    }

    @State(Scope.Benchmark)
    public static class SdkV2S3 {
        S3Client client;

        @Setup(Level.Trial)
        public void setUp() {
            client = SdkV2Clients.s3Over(new CannedSdkHttpClient(200,
                    Map.of("ETag", "\"bench\"", "x-amz-request-id", "BENCH"), new byte[0]));
        }

        @TearDown(Level.Trial)
        public void close() {
            client.close();
        }
    }

    @State(Scope.Benchmark)
    public static class SdkV2DynamoDb {
        DynamoDbClient client;
        final Map<String, AttributeValue> item = sdkV2Item();

        @Setup(Level.Trial)
        public void setUp() {
            client = SdkV2Clients.dynamoDbOver(new CannedSdkHttpClient(200,
                    Map.of("Content-Type", "application/x-amz-json-1.0", "x-amzn-RequestId", "BENCH"),
                    "{}".getBytes(StandardCharsets.UTF_8)));
        }

        @TearDown(Level.Trial)
        public void close() {
            client.close();
        }
    }

    // ---------------------------------------------------------------- S3 PutObject

    @Benchmark
    public ServiceRuntime.SignedRequest boto4jS3PutObjectDryRun(Boto4jS3 s) {
        return s.runtime.dryRun("PutObject", putObjectParams()).join();
    }

    @Benchmark
    public CallResult boto4jS3PutObjectCanned(Boto4jS3 s) {
        return s.runtime.invoke("PutObject", putObjectParams()).join();
    }

    @Benchmark
    public PutObjectResponse sdkV2S3PutObjectCanned(SdkV2S3 s) {
        return s.client.putObject(PutObjectRequest.builder().bucket(BenchSettings.BUCKET).key(BenchSettings.KEY)
                .build(), RequestBody.fromBytes(OBJECT));
    }

    // ---------------------------------------------------------------- S3 GetObject

    /**
     * The call the load benchmark makes (GetObject, 1 KiB), its body read to the end: the
     * pipeline's share of what the layers spend per call, response side included.
     */
    @Benchmark
    public byte[] boto4jS3GetObjectCanned(Boto4jS3Get s) {
        CallResult result = s.runtime.invoke("GetObject",
                Map.of("Bucket", BenchSettings.BUCKET, "Key", BenchSettings.KEY)).join();
        ResponseStream body = (ResponseStream) result.output().get("Body");
        return Publishers.aggregate(body.publisher(), body.contentLength()).join();
    }

    // ---------------------------------------------------------------- DynamoDB PutItem

    @Benchmark
    public ServiceRuntime.SignedRequest boto4jDynamoDbPutItemDryRun(Boto4jDynamoDb s) {
        return s.runtime.dryRun("PutItem", Map.of("TableName", BenchSettings.TABLE, "Item", s.item)).join();
    }

    @Benchmark
    public CallResult boto4jDynamoDbPutItemCanned(Boto4jDynamoDb s) {
        return s.runtime.invoke("PutItem", Map.of("TableName", BenchSettings.TABLE, "Item", s.item)).join();
    }

    @Benchmark
    public PutItemResponse sdkV2DynamoDbPutItemCanned(SdkV2DynamoDb s) {
        return s.client.putItem(PutItemRequest.builder().tableName(BenchSettings.TABLE).item(s.item).build());
    }

    // ---------------------------------------------------------------- inputs

    /** The blocking layer passes a byte[] body as it is: the serializer sends and signs it in memory. */
    static Map<String, Object> putObjectParams() {
        return Map.of("Bucket", BenchSettings.BUCKET, "Key", BenchSettings.KEY, "Body", OBJECT);
    }

    /** The same item in both SDKs' forms: a user record with nested and set types. */
    static Map<String, Object> boto4jItem() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("pk", Map.of("S", "user#1815"));
        item.put("sk", Map.of("N", "42"));
        item.put("name", Map.of("S", "Ada Lovelace"));
        item.put("active", Map.of("BOOL", true));
        item.put("tags", Map.of("SS", List.of("math", "engines", "poetry")));
        item.put("profile", Map.of("M", Map.of("city", Map.of("S", "London"), "born", Map.of("N", "1815"))));
        item.put("scores", Map.of("L", List.of(Map.of("N", "1"), Map.of("N", "2"), Map.of("N", "3"))));
        return item;
    }

    static Map<String, AttributeValue> sdkV2Item() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS("user#1815"));
        item.put("sk", AttributeValue.fromN("42"));
        item.put("name", AttributeValue.fromS("Ada Lovelace"));
        item.put("active", AttributeValue.fromBool(true));
        item.put("tags", AttributeValue.fromSs(List.of("math", "engines", "poetry")));
        item.put("profile", AttributeValue.fromM(Map.of("city", AttributeValue.fromS("London"),
                "born", AttributeValue.fromN("1815"))));
        item.put("scores", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromN("2"),
                AttributeValue.fromN("3"))));
        return item;
    }
}
