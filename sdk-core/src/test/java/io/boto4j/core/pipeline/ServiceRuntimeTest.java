package io.boto4j.core.pipeline;

import io.boto4j.core.CallTimeoutException;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.http.Headers;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;
import io.boto4j.core.TruncatedBodyException;
import io.boto4j.core.ParamValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline end to end against a scripted in-memory transport: no sockets. */
class ServiceRuntimeTest {
    @TempDir
    Path home;

    /** sdk-core cannot depend on sdk-models; the tests read the same data from its sources. */
    static final Path MODELS = Path.of("../sdk-models/src/main/resources/io/boto4j/models/data");

    private ModelLoader loader() {
        return ModelLoader.builder().addDirectory(MODELS).environment(Map.of()).home(home).build();
    }

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    /** Answers requests from a script and records them. */
    static final class ScriptedTransport implements HttpTransport {
        final Deque<Function<TransportRequest, CompletableFuture<TransportResponse>>> script = new ArrayDeque<>();
        final List<TransportRequest> seen = new ArrayList<>();

        ScriptedTransport then(int status, Map<String, String> headers, String body) {
            script.add(r -> CompletableFuture.completedFuture(response(status, headers, body.getBytes(StandardCharsets.UTF_8), -1)));
            return this;
        }

        ScriptedTransport truncated(int declared, String body) {
            script.add(r -> CompletableFuture.completedFuture(response(200, Map.of(), body.getBytes(StandardCharsets.UTF_8), declared)));
            return this;
        }

        ScriptedTransport reset() {
            script.add(r -> CompletableFuture.failedFuture(new java.io.IOException("Connection reset")));
            return this;
        }

        @Override
        public CompletableFuture<TransportResponse> send(TransportRequest request) {
            seen.add(request);
            return script.isEmpty() ? CompletableFuture.failedFuture(new AssertionError("unexpected request"))
                    : script.poll().apply(request);
        }

        static TransportResponse response(int status, Map<String, String> headers, byte[] body, int declaredLength) {
            Headers h = new Headers();
            headers.forEach(h::add);
            h.set("Content-Length", Integer.toString(declaredLength >= 0 ? declaredLength : body.length));
            return new TransportResponse() {
                @Override
                public int statusCode() {
                    return status;
                }

                @Override
                public Headers headers() {
                    return h;
                }

                @Override
                public Flow.Publisher<ByteBuffer> body() {
                    return Publishers.just(ByteBuffer.wrap(body));
                }

                @Override
                public void abort() {
                }
            };
        }
    }

    private ServiceRuntime runtime(String service, ScriptedTransport transport, ClientConfig.Builder extra) {
        ClientConfig config = extra
                .region(extra.build().region() != null ? extra.build().region() : "us-east-1")
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE")))
                .environment(ConfigEnvironment.of(Map.of(), home))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
        return ServiceRuntime.builder().service(service).config(config).transport(transport).loader(loader())
                .delayer(d -> CompletableFuture.completedFuture(null)).build();
    }

    private ServiceRuntime runtime(String service, ScriptedTransport transport) {
        return runtime(service, transport, ClientConfig.builder().retryMode("standard"));
    }

    private static Throwable failure(CompletableFuture<?> f) {
        CompletionException e = assertThrows(CompletionException.class, f::join);
        return e.getCause();
    }

    /**
     * {@code ClientConfig.addModelDirectory} is part of the default loader's search path: a service
     * found only there is loadable, and the directory is searched before {@code AWS_DATA_PATH}.
     */
    @Test
    void modelDirectoriesOfTheConfigAreSearchedFirst(@TempDir Path own, @TempDir Path dataPath) throws Exception {
        String model = """
                {"version":"2.0","metadata":{"apiVersion":"2024-01-01","endpointPrefix":"widgets",
                 "jsonVersion":"1.0","protocol":"json","serviceId":"Widgets","signatureVersion":"v4",
                 "targetPrefix":"Widgets","uid":"widgets-2024-01-01","serviceFullName":"%s"},
                 "operations":{"ListWidgets":{"name":"ListWidgets","http":{"method":"POST","requestUri":"/"},
                  "input":{"shape":"ListWidgetsInput"}}},
                 "shapes":{"ListWidgetsInput":{"type":"structure","members":{}}}}
                """;
        Path ownVersion = java.nio.file.Files.createDirectories(own.resolve("widgets/2024-01-01"));
        java.nio.file.Files.writeString(ownVersion.resolve("service-2.json"), model.formatted("given in code"));
        Path pathVersion = java.nio.file.Files.createDirectories(dataPath.resolve("widgets/2024-01-01"));
        java.nio.file.Files.writeString(pathVersion.resolve("service-2.json"), model.formatted("from AWS_DATA_PATH"));
        ClientConfig config = ClientConfig.builder()
                .region("us-east-1")
                .endpointUrl(java.net.URI.create("http://127.0.0.1:1"))
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE")))
                .environment(ConfigEnvironment.of(Map.of("AWS_DATA_PATH", dataPath.toString()), home))
                .addModelDirectory(own)
                .addModelDirectory(MODELS)
                .build();
        ServiceRuntime rt = ServiceRuntime.builder().service("widgets").config(config)
                .transport(new ScriptedTransport()).build();
        assertEquals("Widgets", rt.model().serviceId());
        assertEquals("given in code", rt.model().metadata("serviceFullName"));
        ServiceRuntime.SignedRequest r = rt.dryRun("ListWidgets", Map.of()).join();
        assertEquals("Widgets.ListWidgets", r.request().headers().first("X-Amz-Target"));
    }

    /** An operation is known by its key (ListDistributions), whatever its wire name (ListDistributions2020_05_31). */
    @Test
    void operationsAreKnownByTheirKey() {
        ServiceRuntime rt = runtime("cloudfront", new ScriptedTransport());
        assertEquals("ListDistributions", rt.model().operation("ListDistributions").name());
        assertEquals("ListDistributions2020_05_31", rt.model().operation("ListDistributions").wireName());
        assertTrue(rt.paginatedOperations().contains("ListDistributions"));
        ServiceRuntime.SignedRequest r = rt.dryRun("ListDistributions", Map.of()).join();
        assertEquals("/2020-05-31/distribution", r.request().uri().getPath());
    }

    /** As botocore: a global service signs for its partition endpoint's region unless the URL is custom. */
    @Test
    void globalServicesSignForTheirLegacyCredentialScope() {
        ServiceRuntime.SignedRequest health = runtime("health", new ScriptedTransport(),
                ClientConfig.builder().region("us-west-2")).dryRun("DescribeEventTypes", Map.of()).join();
        assertTrue(health.request().headers().first("Authorization").contains("/us-east-1/health/aws4_request"));
        ServiceRuntime.SignedRequest custom = runtime("health", new ScriptedTransport(),
                ClientConfig.builder().region("us-west-2").endpointUrl("http://127.0.0.1:4566"))
                .dryRun("DescribeEventTypes", Map.of()).join();
        assertTrue(custom.request().headers().first("Authorization").contains("/us-west-2/health/aws4_request"));
    }

    /** As botocore: the prefix goes in front of an IP endpoint too, unless injection is disabled. */
    @Test
    void hostPrefixesApplyToIpEndpointsUnlessDisabled() {
        Map<String, Object> input = Map.of("NamespaceName", "ns", "ServiceName", "svc");
        ServiceRuntime.SignedRequest prefixed = runtime("servicediscovery", new ScriptedTransport(),
                ClientConfig.builder().endpointUrl("http://127.0.0.1:4566"))
                .dryRun("DiscoverInstances", input).join();
        assertEquals("http://data-127.0.0.1:4566/", prefixed.request().uri().toString());
        assertTrue(prefixed.request().headers().first("Authorization").contains("host;"));

        ServiceRuntime.SignedRequest plain = runtime("servicediscovery", new ScriptedTransport(),
                ClientConfig.builder().endpointUrl("http://127.0.0.1:4566").disableHostPrefixInjection(true))
                .dryRun("DiscoverInstances", input).join();
        assertEquals("http://127.0.0.1:4566/", plain.request().uri().toString());
    }

    @Test
    void jsonCallIsSerializedSignedSentAndParsed() {
        ScriptedTransport t = new ScriptedTransport().then(200, Map.of("x-amzn-RequestId", "req-1"),
                "{\"TableNames\": [\"a\", \"b\"]}");
        CallResult r = runtime("dynamodb", t).invoke("ListTables", Map.of("Limit", 5)).join();
        assertEquals(Map.of("TableNames", List.of("a", "b")), r.output());
        assertEquals("req-1", r.requestId());
        assertEquals(1, r.attempts());
        Headers sent = t.seen.get(0).request().headers();
        assertEquals("DynamoDB_20120810.ListTables", sent.first("X-Amz-Target"));
        assertTrue(sent.first("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260102/us-east-1/dynamodb/aws4_request"),
                sent.first("Authorization"));
        assertEquals("attempt=1", sent.first("amz-sdk-request"), "botocore learns max only from a response");
        assertNotNull(sent.first("amz-sdk-invocation-id"));
        assertTrue(sent.first("User-Agent").startsWith("boto4j/"));
        assertEquals("https://dynamodb.us-east-1.amazonaws.com/", t.seen.get(0).request().uri().toString());
    }

    @Test
    void transientErrorsAreRetriedWithTheSameInvocationId() {
        ScriptedTransport t = new ScriptedTransport()
                .then(503, Map.of(), "{\"__type\": \"ServiceUnavailable\"}")
                .reset()
                .then(200, Map.of(), "{}");
        CallResult r = runtime("dynamodb", t).invoke("ListTables", Map.of()).join();
        assertEquals(3, r.attempts());
        assertEquals(t.seen.get(0).request().headers().first("amz-sdk-invocation-id"),
                t.seen.get(2).request().headers().first("amz-sdk-invocation-id"));
        assertTrue(t.seen.get(2).request().headers().first("amz-sdk-request").endsWith("attempt=3; max=3"));
    }

    @Test
    void throttlingThatPersistsSurfacesAsServiceException() {
        ScriptedTransport t = new ScriptedTransport();
        for (int i = 0; i < 3; i++) {
            t.then(400, Map.of("x-amzn-RequestId", "r" + i), "{\"__type\": \"ThrottlingException\", \"message\": \"slow down\"}");
        }
        ServiceException e = assertInstanceOf(ServiceException.class,
                failure(runtime("dynamodb", t).invoke("ListTables", Map.of())));
        assertEquals("ThrottlingException", e.errorCode());
        assertEquals("slow down", e.errorMessage());
        assertEquals(400, e.statusCode());
        assertEquals("r2", e.requestId());
        assertEquals(3, e.attempts());
        assertTrue(e.getMessage().contains("dynamodb.ListTables"), e.getMessage());
    }

    @Test
    void nonRetryableErrorsAreNotRetried() {
        ScriptedTransport t = new ScriptedTransport().then(400, Map.of(),
                "{\"__type\": \"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\", \"message\": \"no table\"}");
        ServiceException e = assertInstanceOf(ServiceException.class,
                failure(runtime("dynamodb", t).invoke("DescribeTable", Map.of("TableName", "x"))));
        assertEquals("ResourceNotFoundException", e.errorCode());
        assertNotNull(e.errorShape(), "modeled error");
        assertEquals(1, t.seen.size());
    }

    @Test
    void aTruncatedBodyIsAnErrorNeverAShortResult() {
        ScriptedTransport t = new ScriptedTransport();
        for (int i = 0; i < 3; i++) {
            t.truncated(100, "{\"TableNames\": []}");
        }
        Throwable e = failure(runtime("dynamodb", t).invoke("ListTables", Map.of()));
        assertInstanceOf(TruncatedBodyException.class, e);
        assertEquals(3, t.seen.size(), "retried as a transient failure");
    }

    @Test
    void invalidInputFailsBeforeAnyIo() {
        ScriptedTransport t = new ScriptedTransport();
        ParamValidationException e = assertInstanceOf(ParamValidationException.class,
                failure(runtime("dynamodb", t).invoke("DescribeTable", Map.of("Bogus", 1))));
        assertTrue(e.getMessage().contains("Missing required parameter TableName"), e.getMessage());
        assertEquals(0, t.seen.size());
    }

    @Test
    void unknownOperationsNameTheClosest() {
        Throwable e = failure(runtime("dynamodb", new ScriptedTransport()).invoke("ListTabels", Map.of()));
        assertInstanceOf(SdkClientException.class, e);
        assertTrue(e.getMessage().contains("ListTables"), e.getMessage());
    }

    @Test
    void clockSkewIsCorrectedAndRetried() {
        Instant server = NOW.plus(Duration.ofHours(1));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US).format(server.atZone(ZoneOffset.UTC));
        ScriptedTransport t = new ScriptedTransport()
                .then(400, Map.of("Date", date), "{\"__type\": \"InvalidSignatureException\", \"message\": \"Signature expired\"}")
                .then(200, Map.of(), "{}");
        ServiceRuntime rt = runtime("dynamodb", t);
        CallResult r = rt.invoke("ListTables", Map.of()).join();
        assertEquals(2, r.attempts());
        assertEquals(Duration.ofHours(1), rt.clockSkew());
        assertEquals("20260102T040405Z", t.seen.get(1).request().headers().first("X-Amz-Date"));
    }

    @Test
    void aStreamedBodyIsNotSentAgainAfterARetryableError() {
        ScriptedTransport t = new ScriptedTransport()
                .then(503, Map.of(), "<Error><Code>SlowDown</Code><Message>busy</Message></Error>")
                .then(200, Map.of(), "");
        ServiceRuntime rt = runtime("s3", t, ClientConfig.builder().retryMode("standard")
                .clientContextParam("ForcePathStyle", true));
        RequestBody once = new RequestBody() {
            @Override
            public long contentLength() {
                return 3;
            }

            @Override
            public boolean replayable() {
                return false;
            }

            @Override
            public Flow.Publisher<ByteBuffer> publisher() {
                return Publishers.just(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            }
        };
        ServiceException e = assertInstanceOf(ServiceException.class, failure(
                rt.invoke("PutObject", Map.of("Bucket", "bucket", "Key", "k", "Body", once))));
        assertEquals("SlowDown", e.errorCode());
        assertEquals(1, t.seen.size(), "a stream that went out cannot be replayed");
    }

    @Test
    void s3AccelerateUrlsAreRecognisedAsBotocoreDoes() {
        assertTrue(ServiceRuntimeBuilder.isS3AccelerateUrl("https://s3-accelerate.dualstack.amazonaws.com"));
        assertFalse(ServiceRuntimeBuilder.isS3AccelerateUrl("https://s3.us-east-1.amazonaws.com"));
    }

    @Test
    void dryRunSignsReproduciblyWithoutSending() {
        ScriptedTransport t = new ScriptedTransport();
        ServiceRuntime rt = runtime("sqs", t, ClientConfig.builder().retryMode("standard"));
        ServiceRuntime.SignedRequest a = rt.dryRun("ListQueues", Map.of()).join();
        ServiceRuntime.SignedRequest b = rt.dryRun("ListQueues", Map.of()).join();
        assertEquals(0, t.seen.size());
        assertEquals(a.request().headers().first("Authorization"), b.request().headers().first("Authorization"),
                "the invocation id is not signed, so a fixed clock gives the same signature");
        assertEquals("20260102T030405Z", a.request().headers().first("X-Amz-Date"));
    }

    @Test
    void aCallTimeoutEndsTheCall() {
        HttpTransport never = request -> new CompletableFuture<>();
        ClientConfig config = ClientConfig.builder().region("us-east-1")
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKID", "SECRET")))
                .environment(ConfigEnvironment.of(Map.of(), home))
                .callTimeout(Duration.ofMillis(50)).build();
        ServiceRuntime rt = ServiceRuntime.builder().service("dynamodb").config(config).transport(never).loader(loader()).build();
        assertInstanceOf(CallTimeoutException.class, failure(rt.invoke("ListTables", Map.of())));
    }

    @Test
    void assumeRoleProfilesCallStsThroughThePipeline() throws Exception {
        java.nio.file.Files.createDirectories(home.resolve(".aws"));
        java.nio.file.Files.writeString(home.resolve(".aws/config"),
                "[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n");
        java.nio.file.Files.writeString(home.resolve(".aws/credentials"),
                "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = basesecret\n");
        ScriptedTransport t = new ScriptedTransport()
                .then(200, Map.of(), "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                        + "<AssumeRoleResult><Credentials><AccessKeyId>ASIAASSUMED</AccessKeyId>"
                        + "<SecretAccessKey>assumedsecret</SecretAccessKey><SessionToken>token123</SessionToken>"
                        + "<Expiration>2099-01-02T05:04:05Z</Expiration></Credentials>"
                        + "<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/r/s</Arn>"
                        + "<AssumedRoleId>id</AssumedRoleId></AssumedRoleUser></AssumeRoleResult></AssumeRoleResponse>")
                .then(200, Map.of(), "{\"TableNames\": []}");
        ClientConfig config = ClientConfig.builder().region("us-east-1").profile("dev").retryMode("standard")
                .environment(ConfigEnvironment.of(Map.of(), home)).build();
        ServiceRuntime rt = ServiceRuntime.builder().service("dynamodb").config(config).transport(t)
                .loader(loader()).delayer(d -> CompletableFuture.completedFuture(null)).build();
        rt.invoke("ListTables", Map.of()).join();
        assertEquals(2, t.seen.size());
        Headers sts = t.seen.get(0).request().headers();
        assertTrue(t.seen.get(0).request().uri().getHost().startsWith("sts."), t.seen.get(0).request().uri().toString());
        assertTrue(sts.first("Authorization").contains("Credential=AKIDBASE/"), "signed with the source profile");
        Headers call = t.seen.get(1).request().headers();
        assertTrue(call.first("Authorization").contains("Credential=ASIAASSUMED/"), call.first("Authorization"));
        assertEquals("token123", call.first("X-Amz-Security-Token"));
    }

    /** As botocore: the service's answer to a failed required discovery is the caller's error. */
    @Test
    void aServiceErrorFromRequiredDiscoveryReachesTheCaller() {
        ScriptedTransport t = new ScriptedTransport()
                .then(400, Map.of(), "{\"__type\": \"AccessDeniedException\", \"message\": \"no\"}");
        Throwable e = failure(runtime("timestream-write", t).invoke("ListDatabases", Map.of()));
        assertEquals("AccessDeniedException", assertInstanceOf(ServiceException.class, e).errorCode());
    }

    /**
     * A bearer-token operation with no token anywhere is refused before any I/O, never sent
     * unsigned (botocore: NoAuthTokenError).
     */
    @Test
    void bearerAuthWithoutATokenIsRefused() {
        Throwable e = failure(runtime("codecatalyst", new ScriptedTransport()).dryRun("ListSpaces", Map.of()));
        assertTrue(e.getMessage().contains("Unable to locate authorization token"), e.getMessage());
    }

    @Test
    void requiredEndpointDiscoveryIsCachedAndEvictedOnInvalidEndpoint() {
        ScriptedTransport t = new ScriptedTransport()
                .then(200, Map.of(), "{\"Endpoints\": [{\"Address\": \"ingest-cell9.timestream.us-east-1.amazonaws.com\", \"CachePeriodInMinutes\": 1440}]}")
                .then(200, Map.of(), "{\"Databases\": []}")
                .then(400, Map.of(), "{\"__type\": \"InvalidEndpointException\", \"message\": \"moved\"}")
                .then(200, Map.of(), "{\"Endpoints\": [{\"Address\": \"ingest-cell1.timestream.us-east-1.amazonaws.com\", \"CachePeriodInMinutes\": 1440}]}")
                .then(200, Map.of(), "{\"Databases\": []}");
        ServiceRuntime rt = runtime("timestream-write", t);
        rt.invoke("ListDatabases", Map.of()).join();
        assertEquals("Timestream_20181101.DescribeEndpoints", t.seen.get(0).request().headers().first("X-Amz-Target"));
        assertEquals("ingest-cell9.timestream.us-east-1.amazonaws.com", t.seen.get(1).request().uri().getHost());
        Throwable e = failure(rt.invoke("ListDatabases", Map.of()));
        assertEquals("InvalidEndpointException", assertInstanceOf(ServiceException.class, e).errorCode());
        assertEquals("ingest-cell9.timestream.us-east-1.amazonaws.com", t.seen.get(2).request().uri().getHost(), "cached");
        rt.invoke("ListDatabases", Map.of()).join();
        assertEquals("ingest-cell1.timestream.us-east-1.amazonaws.com", t.seen.get(4).request().uri().getHost(), "rediscovered");
    }

    @Test
    void largeBodiesOfCompressibleOperationsAreGzipped() throws Exception {
        ScriptedTransport t = new ScriptedTransport().then(200, Map.of(), "<PutMetricDataResponse/>")
                .then(200, Map.of(), "<PutMetricDataResponse/>");
        ServiceRuntime rt = runtime("cloudwatch", t);
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            data.add(Map.of("MetricName", "metric-number-" + i, "Value", (double) i));
        }
        rt.invoke("PutMetricData", Map.of("Namespace", "ns", "MetricData", data)).join();
        TransportRequest big = t.seen.get(0);
        assertEquals("gzip", big.request().headers().first("Content-Encoding"));
        byte[] gz = big.body().bytes();
        // CloudWatch lists smithy-rpc-v2-cbor first, and botocore (so boto4j) speaks JSON to it.
        byte[] plain = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz)).readAllBytes();
        assertTrue(plain.length >= 10_240 && plain.length > gz.length, plain.length + " -> " + gz.length);
        assertEquals("application/x-amz-json-1.0", big.request().headers().first("Content-Type"));
        assertEquals(Integer.toString(gz.length), big.request().headers().first("Content-Length"));
        rt.invoke("PutMetricData", Map.of("Namespace", "ns", "MetricData", data.subList(0, 1))).join();
        assertEquals(null, t.seen.get(1).request().headers().first("Content-Encoding"), "small bodies stay plain");
    }

    @Test
    void paginatorsFollowTokensAndAggregate() {
        ScriptedTransport t = new ScriptedTransport()
                .then(200, Map.of(), "{\"TableNames\": [\"aaa\", \"bbb\"], \"LastEvaluatedTableName\": \"bbb\"}")
                .then(200, Map.of(), "{\"TableNames\": [\"ccc\"]}");
        ServiceRuntime rt = runtime("dynamodb", t);
        io.boto4j.core.paginate.PageIterator pages = rt.paginate("ListTables", Map.of(), null);
        assertEquals(Map.of("TableNames", List.of("aaa", "bbb", "ccc")),
                pages.buildFullResult().toCompletableFuture().join());
        assertTrue(new String(t.seen.get(1).body().bytes(), StandardCharsets.UTF_8).contains("\"ExclusiveStartTableName\":\"bbb\""));
        Throwable e = assertThrows(SdkClientException.class, () -> rt.paginate("DescribeTable", Map.of(), null));
        assertTrue(e.getMessage().contains("has no paginator"), e.getMessage());
    }

    @Test
    void waitersPollUntilTheirAcceptorMatches() {
        ScriptedTransport t = new ScriptedTransport()
                .then(400, Map.of(), "{\"__type\": \"ResourceNotFoundException\", \"message\": \"no\"}")
                .then(200, Map.of(), "{\"Table\": {\"TableStatus\": \"CREATING\"}}")
                .then(200, Map.of(), "{\"Table\": {\"TableStatus\": \"ACTIVE\"}}");
        ServiceRuntime rt = runtime("dynamodb", t);
        rt.waitFor("TableExists", Map.of("TableName", "ttt"), null).join();
        assertEquals(3, t.seen.size());
    }

    /** waitFor fails its future as invoke does (never throws), and takes null input as paginate and invoke do. */
    @Test
    void waitersAndPaginatorsFailAsInvokeDoesAndTakeNullInput() {
        ScriptedTransport t = new ScriptedTransport().then(200, Map.of(), "{\"TableNames\": [\"aaa\"]}");
        ServiceRuntime rt = runtime("dynamodb", t);
        CompletableFuture<?> unknown = rt.waitFor("TableExist", Map.of(), null);
        Throwable e = failure(unknown);
        assertInstanceOf(SdkClientException.class, e);
        assertTrue(e.getMessage().contains("TableExists"), e.getMessage());
        assertInstanceOf(io.boto4j.core.ParamValidationException.class, failure(rt.waitFor("TableExists", null, null)));
        assertEquals(Map.of("TableNames", List.of("aaa")),
                rt.paginate("ListTables", null, null).buildFullResult().toCompletableFuture().join());
        assertEquals(1, t.seen.size());
    }

    @Test
    void noCredentialsIsAClearClientError() {
        ClientConfig config = ClientConfig.builder().region("us-east-1").anonymous(false)
                .environment(ConfigEnvironment.of(Map.of("AWS_EC2_METADATA_DISABLED", "true"), home)).build();
        ServiceRuntime rt = ServiceRuntime.builder().service("dynamodb").config(config)
                .transport(new ScriptedTransport()).loader(loader()).build();
        Throwable e = failure(rt.invoke("ListTables", Map.of()));
        assertInstanceOf(SdkClientException.class, e);
    }
}
