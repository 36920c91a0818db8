package io.boto4j.core.pipeline;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.SdkException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.client.CoreMethods;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.ConfigException;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.ClientOption;
import io.boto4j.core.plugin.ContextKey;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.plugin.MethodParameter;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.core.ParamValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin SPI: hooks at every stage, in order, asynchronous ones, options, custom methods, presigning. */
class PluginSpiTest {
    @TempDir
    Path home;

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private ServiceRuntime runtime(String service, ServiceRuntimeTest.ScriptedTransport transport,
                                   ClientConfig.Builder config, Map<String, String> env) {
        ClientConfig c = config
                .region("us-east-1")
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE")))
                .environment(ConfigEnvironment.of(env, home))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .retryMode("standard")
                .build();
        ModelLoader loader = ModelLoader.builder().addDirectory(ServiceRuntimeTest.MODELS).environment(Map.of())
                .home(home).build();
        return ServiceRuntime.builder().service(service).config(c).transport(transport).loader(loader)
                .delayer(d -> CompletableFuture.completedFuture(null)).build();
    }

    private ServiceRuntime runtime(ServiceRuntimeTest.ScriptedTransport transport, ClientConfig.Builder config) {
        return runtime("dynamodb", transport, config, Map.of());
    }

    /** Records each stage it sees, as "name:stage". */
    private static class Recorder implements Hook {
        final String name;
        final int order;
        final List<String> log;

        Recorder(String name, int order, List<String> log) {
            this.name = name;
            this.order = order;
            this.log = log;
        }

        @Override
        public int order() {
            return order;
        }

        private CompletionStage<Void> seen(String stage) {
            log.add(name + ":" + stage);
            return CONTINUE;
        }

        @Override
        public CompletionStage<Void> beforeValidation(CallContext call) {
            return seen("beforeValidation");
        }

        @Override
        public CompletionStage<Void> beforeEndpoint(CallContext call) {
            return seen("beforeEndpoint");
        }

        @Override
        public CompletionStage<Void> afterSerialization(CallContext call) {
            return seen("afterSerialization");
        }

        @Override
        public CompletionStage<Void> beforeSigning(AttemptContext attempt) {
            return seen("beforeSigning");
        }

        @Override
        public CompletionStage<Void> afterSigning(AttemptContext attempt) {
            return seen("afterSigning");
        }

        @Override
        public CompletionStage<Void> onResponse(AttemptContext attempt) {
            return seen("onResponse");
        }

        @Override
        public CompletionStage<Void> afterAttempt(AttemptContext attempt) {
            return seen("afterAttempt");
        }

        @Override
        public CompletionStage<Void> afterParsing(CallContext call, Map<String, Object> output) {
            return seen("afterParsing");
        }

        @Override
        public CompletionStage<Void> onError(CallContext call) {
            return seen("onError");
        }
    }

    @Test
    void hooksRunAtEveryStageInCallOrderAndByTheirOrderWithinAStage() {
        List<String> log = new ArrayList<>();
        ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport()
                .then(500, Map.of(), "{\"__type\": \"InternalServerError\"}")
                .then(200, Map.of(), "{}");
        runtime(t, ClientConfig.builder()
                .addHook(new Recorder("late", 5, log))
                .addHook(new Recorder("early", -5, log))).invoke("ListTables", Map.of()).join();
        List<String> expected = new ArrayList<>();
        for (String stage : List.of("beforeValidation", "beforeEndpoint", "afterSerialization")) {
            expected.add("early:" + stage);
            expected.add("late:" + stage);
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            for (String stage : List.of("beforeSigning", "afterSigning", "onResponse", "afterAttempt")) {
                expected.add("early:" + stage);
                expected.add("late:" + stage);
            }
        }
        expected.add("early:afterParsing");
        expected.add("late:afterParsing");
        assertEquals(expected, log);
    }

    @Test
    void aHookThatAppliesToOtherOperationsIsNeverCalled() {
        List<String> log = new ArrayList<>();
        Recorder onlyPutItem = new Recorder("put", 0, log) {
            @Override
            public boolean appliesTo(OperationModel operation) {
                return operation.name().equals("PutItem");
            }
        };
        ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport().then(200, Map.of(), "{}");
        runtime(t, ClientConfig.builder().addHook(onlyPutItem)).invoke("ListTables", Map.of()).join();
        assertEquals(List.of(), log);
    }

    @Test
    void hooksRewriteTheInputChangeTheRequestAndTheOutputAndShareTypedState() {
        ContextKey<String> seenLimit = ContextKey.named("limit as text");
        Hook hook = new Hook() {
            @Override
            public CompletionStage<Void> beforeValidation(CallContext call) {
                call.input().put("Limit", 7); // a default the caller did not give
                return CONTINUE;
            }

            @Override
            public CompletionStage<Void> afterSerialization(CallContext call) {
                call.put(seenLimit, String.valueOf(call.input().get("Limit")));
                call.request().headers().set("x-test-limit", call.get(seenLimit));
                return CONTINUE;
            }

            @Override
            public CompletionStage<Void> afterSigning(AttemptContext attempt) {
                attempt.request().headers().set("x-unsigned", "yes");
                return CONTINUE;
            }

            @Override
            public CompletionStage<Void> afterParsing(CallContext call, Map<String, Object> output) {
                output.put("Seen", call.get(seenLimit));
                return CONTINUE;
            }
        };
        ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport().then(200, Map.of(), "{}");
        CallResult r = runtime(t, ClientConfig.builder().addHook(hook)).invoke("ListTables", Map.of()).join();
        assertEquals("7", r.output().get("Seen"));
        var sent = t.seen.get(0).request();
        assertEquals("7", sent.headers().first("x-test-limit"));
        assertTrue(new String(sent.bodyBytes()).contains("\"Limit\":7"), new String(sent.bodyBytes()));
        assertTrue(sent.headers().first("Authorization").contains("x-test-limit"), "signed: added before signing");
        assertTrue(!sent.headers().first("Authorization").contains("x-unsigned"), "added after signing");
        assertEquals("yes", sent.headers().first("x-unsigned"));
    }

    @Test
    void anAsynchronousHookMakesTheRestWaitWithoutBlocking() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            List<String> log = new ArrayList<>();
            Hook slow = new Hook() {
                @Override
                public CompletionStage<Void> afterSerialization(CallContext call) {
                    CompletableFuture<Void> later = new CompletableFuture<>();
                    timer.schedule(() -> {
                        log.add("slow done");
                        later.complete(null);
                    }, 50, TimeUnit.MILLISECONDS);
                    return later;
                }
            };
            ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport().then(200, Map.of(), "{}");
            CompletableFuture<CallResult> call = runtime(t, ClientConfig.builder().addHook(slow)
                    .addHook(new Recorder("next", 1, log))).invoke("ListTables", Map.of());
            assertTrue(!call.isDone() || log.get(0).equals("slow done"));
            call.get(10, TimeUnit.SECONDS);
            assertEquals("slow done", log.get(2), "the stage's next hook waited: " + log);
            assertEquals("next:afterSerialization", log.get(3));
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void aFailingHookFailsTheCallAndOnErrorHooksMayReplaceTheError() {
        Hook refuses = new Hook() {
            @Override
            public CompletionStage<Void> beforeEndpoint(CallContext call) {
                throw new IllegalStateException("no");
            }

            @Override
            public CompletionStage<Void> onError(CallContext call) {
                call.error(new SdkClientException("clearer: " + call.error().getMessage()));
                return CONTINUE;
            }
        };
        ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport();
        CompletionException e = assertThrows(CompletionException.class, () ->
                runtime(t, ClientConfig.builder().addHook(refuses)).invoke("ListTables", Map.of()).join());
        assertTrue(e.getCause().getMessage().startsWith("clearer: dynamodb.ListTables failed: "), e.getCause().getMessage());
        assertTrue(e.getCause().getMessage().endsWith("IllegalStateException: no"), e.getCause().getMessage());
        assertEquals(0, t.seen.size());
    }

    @Test
    void aRestartRunsTheCallAgainFromTheEndpointWithNewParameters() {
        Hook redirect = new Hook() {
            @Override
            public CompletionStage<Void> afterAttempt(AttemptContext attempt) {
                if (attempt.serviceError() != null && attempt.serviceError().statusCode() == 301) {
                    attempt.call().endpointParameters().put("Region", "eu-west-1");
                    attempt.restart();
                }
                return CONTINUE;
            }
        };
        ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport()
                .then(301, Map.of(), "{\"__type\": \"Moved\"}")
                .then(200, Map.of(), "{}");
        CallResult r = runtime(t, ClientConfig.builder().addHook(redirect)).invoke("ListTables", Map.of()).join();
        assertEquals(2, r.attempts());
        assertEquals("https://dynamodb.us-east-1.amazonaws.com/", t.seen.get(0).request().uri().toString());
        assertEquals("https://dynamodb.eu-west-1.amazonaws.com/", t.seen.get(1).request().uri().toString());
    }

    @Test
    void aRestartIsHonouredOnce() {
        Hook always = new Hook() {
            @Override
            public CompletionStage<Void> afterAttempt(AttemptContext attempt) {
                attempt.restart();
                return CONTINUE;
            }
        };
        ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport()
                .then(400, Map.of(), "{\"__type\": \"ValidationException\"}")
                .then(400, Map.of(), "{\"__type\": \"ValidationException\"}");
        ServiceException e = assertInstanceOf(ServiceException.class, assertThrows(CompletionException.class, () ->
                runtime(t, ClientConfig.builder().addHook(always)).invoke("ListTables", Map.of()).join()).getCause());
        assertEquals(2, e.attempts());
    }

    static final ClientOption<String> FLAVOUR = ClientOption.oneOf("test.flavour", java.util.Set.of("plain", "fancy"))
            .configKey("test.flavour").environmentVariable("TEST_FLAVOUR").defaultValue("plain").build();

    /** A plugin with an option, a hook reading it and a custom method. */
    static final class FlavourPlugin implements ServicePlugin {
        static final CustomMethod<String> GREET = CustomMethod.builder("Greet", String.class)
                .documentation("Says hello in the client's flavour.")
                .parameter(MethodParameter.required("Name", String.class, "who to greet"))
                .parameter(MethodParameter.optional("Times", Integer.class, "how often"))
                .doesIo(false)
                .implementation(call -> CompletableFuture.completedFuture(
                        (call.option(FLAVOUR) + " hello " + call.argument("Name", String.class) + " ")
                                .repeat(call.argument("Times", Integer.class, 1)).trim()))
                .build();

        @Override
        public boolean appliesTo(ServiceModel service) {
            return service.serviceName().equals("dynamodb");
        }

        @Override
        public void configure(PluginSetup setup) {
            String flavour = setup.option(FLAVOUR);
            setup.addHook(new Hook() {
                @Override
                public CompletionStage<Void> afterSerialization(CallContext call) {
                    call.request().headers().set("x-flavour", flavour);
                    return CONTINUE;
                }
            });
            setup.addMethod(GREET);
        }
    }

    @Test
    void optionsComeFromCodeThenEnvironmentThenConfigFileThenTheirDefault() throws Exception {
        ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport();
        ClientConfig.Builder withPlugin = ClientConfig.builder().addPlugin(new FlavourPlugin());
        assertEquals("plain", runtime(t, withPlugin).option(FLAVOUR));
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[default]\ntest =\n  flavour = FANCY\n");
        assertEquals("fancy", runtime("dynamodb", t, withPlugin, Map.of()).option(FLAVOUR));
        assertEquals("plain", runtime("dynamodb", t, withPlugin, Map.of("TEST_FLAVOUR", "plain")).option(FLAVOUR));
        assertEquals("fancy", runtime("dynamodb", t, ClientConfig.builder().option(FLAVOUR, "fancy"),
                Map.of("TEST_FLAVOUR", "plain")).option(FLAVOUR));
        ConfigException bad = assertThrows(ConfigException.class,
                () -> ClientConfig.builder().option(FLAVOUR, "odd"));
        assertTrue(bad.getMessage().contains("[fancy, plain]"), bad.getMessage());
    }

    @Test
    void customMethodsAreCheckedBeforeTheyRunAndListed() {
        ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport().then(200, Map.of(), "{}");
        ServiceRuntime rt = runtime(t, ClientConfig.builder().addPlugin(new FlavourPlugin()));
        assertEquals("plain hello Ada plain hello Ada",
                rt.callMethod(FlavourPlugin.GREET, Map.of("Name", "Ada", "Times", 2L), Runnable::run).join());
        ParamValidationException e = assertInstanceOf(ParamValidationException.class,
                assertThrows(CompletionException.class, () -> rt.callMethod(FlavourPlugin.GREET,
                        Map.of("Nmae", "Ada", "Times", "two"), Runnable::run).join()).getCause());
        String m = e.getMessage();
        assertTrue(m.contains("dynamodb.Greet"), m);
        assertTrue(m.contains("Unknown parameter Nmae (did you mean Name?)"), m);
        assertTrue(m.contains("Missing required parameter Name"), m);
        assertTrue(m.contains("Parameter Times must be an integer, not a string"), m);
        assertTrue(rt.method("Greet").isPresent());
        assertTrue(rt.method("GeneratePresignedUrl").isPresent(), "every client can presign");
        rt.invoke("ListTables", Map.of()).join();
        assertEquals("plain", t.seen.get(0).request().headers().first("x-flavour"));
    }

    @Test
    void cancellingAMethodsFutureCancelsItsImplementation() {
        CompletableFuture<String> running = new CompletableFuture<>();
        CustomMethod<String> pending = CustomMethod.builder("Pending", String.class)
                .implementation(call -> running)
                .build();
        ServicePlugin plugin = new ServicePlugin() {
            @Override
            public boolean appliesTo(ServiceModel service) {
                return true;
            }

            @Override
            public void configure(PluginSetup setup) {
                setup.addMethod(pending);
            }
        };
        ServiceRuntime rt = runtime(new ServiceRuntimeTest.ScriptedTransport(), ClientConfig.builder().addPlugin(plugin));
        CompletableFuture<String> outcome = rt.callMethod(pending, Map.of(), Runnable::run);
        assertTrue(outcome.cancel(true));
        assertTrue(running.isCancelled(), "the implementation learns that its caller gave up");
    }

    @Test
    void aMethodOfAnotherClientIsRefusedByName() {
        ServiceRuntime rt = runtime(new ServiceRuntimeTest.ScriptedTransport(), ClientConfig.builder());
        SdkException e = assertInstanceOf(SdkException.class, assertThrows(CompletionException.class,
                () -> rt.callMethod(FlavourPlugin.GREET, Map.of("Name", "x"), Runnable::run).join()).getCause());
        assertTrue(e.getMessage().contains("dynamodb has no method Greet"), e.getMessage());
    }

    @Test
    void pluginsCanBeLeftOutAndAnExcludedOrForeignPluginCostsNothing() {
        ServiceRuntime rt = runtime("sqs", new ServiceRuntimeTest.ScriptedTransport(),
                ClientConfig.builder().addPlugin(new FlavourPlugin()), Map.of());
        assertTrue(rt.method("Greet").isEmpty(), "FlavourPlugin serves dynamodb only");
    }

    /**
     * Any operation presigns as botocore 1.43.107's generate_presigned_url does, byte for byte
     * (URLs printed by botocore at the same time with the same keys): form and JSON bodies move
     * into the query string, the form Content-Type is dropped.
     */
    @Test
    void anyOperationPresignsToTheUrlBotocoreMakes() {
        String scope = "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260102%2Fus-east-1%2F";
        String stamp = "%2Faws4_request&X-Amz-Date=20260102T030405Z&X-Amz-Expires=900&X-Amz-SignedHeaders=";
        Map<String, String> expected = Map.of(
                "sts", "https://sts.us-east-1.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15"
                        + scope + "sts" + stamp + "host"
                        + "&X-Amz-Signature=7ba036c10e0f0adf309264e19a7b1a2b934a56a71a142dcb760424601a051c60",
                "ec2", "https://ec2.us-east-1.amazonaws.com/?Action=DescribeRegions&Version=2016-11-15"
                        + "&RegionName.1=a&RegionName.2=b" + scope + "ec2" + stamp + "host"
                        + "&X-Amz-Signature=1973e58dcf5cac904fe589ef851a1ec13cbf1a9ffb287cc1333f0ff31bc00931",
                "dynamodb", "https://dynamodb.us-east-1.amazonaws.com/?Limit=5" + scope + "dynamodb" + stamp
                        + "content-type%3Bhost%3Bx-amz-target"
                        + "&X-Amz-Signature=163bdb4e77dcfe5e62835d4d30fc130ed2f5843090f28982b1f5f4b7c46a12a2",
                "sqs", "https://sqs.us-east-1.amazonaws.com/?" + scope.substring(1) + "sqs" + stamp
                        + "content-type%3Bhost%3Bx-amz-target%3Bx-amzn-query-mode"
                        + "&X-Amz-Signature=2272997aded850b7bb2330ce523722990a578516414d3a98c04c2f07639f0f46");
        Map<String, Map<String, Object>> calls = Map.of(
                "sts", Map.of("Operation", "GetCallerIdentity"),
                "ec2", Map.of("Operation", "DescribeRegions", "Params", Map.of("RegionNames", List.of("a", "b"))),
                "dynamodb", Map.of("Operation", "ListTables", "Params", Map.of("Limit", 5)),
                "sqs", Map.of("Operation", "ListQueues"));
        calls.forEach((service, call) -> {
            Map<String, Object> args = new java.util.LinkedHashMap<>(call);
            args.put("ExpiresIn", 900);
            ServiceRuntime rt = runtime(service, new ServiceRuntimeTest.ScriptedTransport(), ClientConfig.builder(), Map.of());
            assertEquals(expected.get(service), rt.callMethod(CoreMethods.GENERATE_PRESIGNED_URL, args, Runnable::run)
                    .join().toString(), service);
        });
    }

    @Test
    void presignExpiryOutsideOneSecondToSevenDaysIsRefusedBeforeAnythingElse() {
        ServiceRuntime rt = runtime(new ServiceRuntimeTest.ScriptedTransport(), ClientConfig.builder());
        for (Duration bad : List.of(Duration.ZERO, Duration.ofDays(7).plusSeconds(1))) {
            ParamValidationException e = assertInstanceOf(ParamValidationException.class,
                    assertThrows(CompletionException.class, () -> rt.presign("ListTables", Map.of(), bad, null).join())
                            .getCause());
            assertTrue(e.getMessage().contains("ExpiresIn must be between 1 second and 7 days"), e.getMessage());
        }
        assertTrue(rt.presign("ListTables", Map.of(), Duration.ofDays(7), null).join().toString().contains("X-Amz-Expires=604800"));
    }

    @Test
    void hooksSeePresignCallsAndAnUnsignedClientPresignsNothing() {
        List<Boolean> presign = new ArrayList<>();
        Hook h = new Hook() {
            @Override
            public CompletionStage<Void> afterSerialization(CallContext call) {
                presign.add(call.isPresign());
                return CONTINUE;
            }
        };
        ServiceRuntime anonymous = runtime("sqs", new ServiceRuntimeTest.ScriptedTransport(),
                ClientConfig.builder().anonymous(true).addHook(h), Map.of());
        URI url = anonymous.presign("ListQueues", Map.of(), Duration.ofMinutes(5), null).join();
        assertTrue(url.getRawQuery() == null || !url.getRawQuery().contains("X-Amz-Signature"), url.toString());
        assertEquals(List.of(true), presign);
    }

    /**
     * A request built by hand (an RDS auth token's) is presigned with the client's credentials
     * and clock for the signing name and region given: the URL botocore 1.43.107's
     * {@code generate_db_auth_token} makes at the same time.
     */
    @Test
    void aHandBuiltRequestIsPresignedWithTheClientsIdentityAsBotocoreSignsIt() {
        SdkHttpRequest token = new SdkHttpRequest("GET", URI.create("https://db.x.us-east-1.rds.amazonaws.com:3306"), "/")
                .addQueryParam("Action", "connect").addQueryParam("DBUser", "app");
        ServiceRuntime rt = runtime("rds", new ServiceRuntimeTest.ScriptedTransport(), ClientConfig.builder(), Map.of());
        assertEquals("https://db.x.us-east-1.rds.amazonaws.com:3306/?Action=connect&DBUser=app"
                        + "&X-Amz-Algorithm=AWS4-HMAC-SHA256"
                        + "&X-Amz-Credential=AKIDEXAMPLE%2F20260102%2Fus-east-1%2Frds-db%2Faws4_request"
                        + "&X-Amz-Date=20260102T030405Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
                        + "&X-Amz-Signature=b31104dc223a4ebf0ff2048fff0cd7c8d4437781f34df8e003d54a93a34f9c51",
                rt.presignRequest(token, "rds-db", "us-east-1", Duration.ofMinutes(15)).join().toString());
        ServiceRuntime anonymous = runtime("rds", new ServiceRuntimeTest.ScriptedTransport(),
                ClientConfig.builder().anonymous(true), Map.of());
        assertEquals("https://db.x.us-east-1.rds.amazonaws.com:3306/?Action=connect&DBUser=app",
                anonymous.presignRequest(token, "rds-db", "us-east-1", Duration.ofMinutes(15)).join().toString());
        assertInstanceOf(ParamValidationException.class, assertThrows(CompletionException.class,
                () -> rt.presignRequest(token, "rds-db", "us-east-1", Duration.ofDays(8)).join()).getCause());
    }

    /** Bad arguments of a hand-built presign fail the future as invoke's bad input does: one validation error naming them all. */
    @Test
    void aHandBuiltPresignWithMissingArgumentsFailsWithAValidationErrorNamingThem() {
        ServiceRuntime rt = runtime("rds", new ServiceRuntimeTest.ScriptedTransport(), ClientConfig.builder(), Map.of());
        Throwable e = assertThrows(CompletionException.class,
                () -> rt.presignRequest(null, null, "us-east-1", Duration.ZERO).join()).getCause();
        ParamValidationException invalid = assertInstanceOf(ParamValidationException.class, e);
        assertEquals("presignRequest", invalid.operation());
        assertEquals(List.of("request", "signingName", "ExpiresIn"),
                invalid.problems().stream().map(ParamValidationException.Problem::path).toList());
    }

    /** Fails every response's integrity check, as DynamoDB's CRC32 check does on a damaged body. */
    private static final class FailingChecksum implements Hook {
        @Override
        public CompletionStage<Void> onResponse(AttemptContext attempt) {
            attempt.failChecksum(new io.boto4j.core.ChecksumMismatchException("CRC32", "1", "2"));
            return CONTINUE;
        }
    }

    @Test
    void aResponseThatFailsAHooksChecksumIsRetriedAsAChecksumMismatchThenFailsTheCall() {
        ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport()
                .then(200, Map.of(), "{\"TableNames\":[]}")
                .then(400, Map.of(), "{\"__type\":\"ValidationException\"}")
                .then(200, Map.of(), "not even JSON");
        ServiceRuntime rt = runtime(t, ClientConfig.builder().addHook(new FailingChecksum()));
        CompletionException e = assertThrows(CompletionException.class, () -> rt.invoke("ListTables", Map.of()).join());
        assertInstanceOf(io.boto4j.core.ChecksumMismatchException.class, e.getCause());
        assertEquals(3, t.seen.size(), "a success, an error and a body that does not parse: all damaged, all retried");
    }

    @Test
    void aChecksumFailureFoundAfterTheAttemptCountsTooAndAResponseThatPassesIsUsed() {
        List<Integer> failed = new ArrayList<>();
        Hook firstDamaged = new Hook() {
            @Override
            public CompletionStage<Void> afterAttempt(AttemptContext attempt) {
                if (attempt.number() == 1) {
                    failed.add(attempt.number());
                    attempt.failChecksum(new io.boto4j.core.ChecksumMismatchException("CRC32", "1", "2"));
                }
                return CONTINUE;
            }
        };
        ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport()
                .then(200, Map.of(), "{\"TableNames\":[\"damaged\"]}")
                .then(200, Map.of(), "{\"TableNames\":[\"good\"]}");
        CallResult r = runtime(t, ClientConfig.builder().addHook(firstDamaged)).invoke("ListTables", Map.of()).join();
        assertEquals(List.of("good"), r.output().get("TableNames"));
        assertEquals(List.of(1), failed);
        assertEquals(2, r.attempts());
    }

    @Test
    void aChecksumMismatchIsNotRetriedWhereTheRetryPolicyDoesNotRetryThem() {
        ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport()
                .then(200, Map.of(), "<GetCallerIdentityResponse/>");
        ServiceRuntime rt = runtime("sts", t, ClientConfig.builder().addHook(new FailingChecksum()), Map.of());
        CompletionException e = assertThrows(CompletionException.class, () -> rt.invoke("GetCallerIdentity", Map.of())
                .join());
        assertInstanceOf(io.boto4j.core.ChecksumMismatchException.class, e.getCause());
        assertEquals(1, t.seen.size(), "botocore retries a damaged response for DynamoDB only");
    }

    @Test
    void inLambdaCallsCarryTheInvocationsTraceIdTheSystemPropertyFirst() {
        Map<String, String> lambda = Map.of("AWS_LAMBDA_FUNCTION_NAME", "f", "_X_AMZN_TRACE_ID", "Root=from-env");
        assertEquals("Root=from-env", traceHeader(lambda, ClientConfig.builder()));
        System.setProperty("com.amazonaws.xray.traceHeader", "Root=from-property");
        try {
            assertEquals("Root=from-property", traceHeader(lambda, ClientConfig.builder()));
        } finally {
            System.clearProperty("com.amazonaws.xray.traceHeader");
        }
        Hook callersOwn = new Hook() {
            @Override
            public int order() {
                return -1;
            }

            @Override
            public CompletionStage<Void> afterSerialization(CallContext call) {
                call.request().headers().set("X-Amzn-Trace-Id", "mine");
                return CONTINUE;
            }
        };
        assertEquals("mine", traceHeader(lambda, ClientConfig.builder().addHook(callersOwn)));
        assertEquals(null, traceHeader(Map.of("_X_AMZN_TRACE_ID", "Root=r"), ClientConfig.builder()), "not in Lambda");
    }

    private String traceHeader(Map<String, String> env, ClientConfig.Builder config) {
        ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport().then(200, Map.of(), "{}");
        runtime("dynamodb", t, config, env).invoke("ListTables", Map.of()).join();
        return t.seen.get(0).request().headers().first("X-Amzn-Trace-Id");
    }

    @Test
    void theCallersCancellationStopsTheSendInFlight() {
        CompletableFuture<io.boto4j.core.transport.TransportResponse> pending = new CompletableFuture<>();
        ServiceRuntimeTest.ScriptedTransport t = new ServiceRuntimeTest.ScriptedTransport();
        t.script.add(r -> pending);
        CompletableFuture<CallResult> call = runtime(t, ClientConfig.builder()).invoke("ListTables", Map.of());
        call.cancel(true);
        assertTrue(pending.isCancelled(), "the transport's future is cancelled, which aborts its exchange");
        assertSame(1, t.seen.size());
    }
}
