package io.boto4j.core.pipeline;

import io.boto4j.core.CallTimeoutException;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.http.Headers;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.AttemptTimeoutException;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the pipeline does about timeouts and cancellation (each test ends within seconds; a
 * mistake shows as a JUnit timeout, not a hang), over a transport whose futures the
 * test completes by hand and a scheduler whose waits it ends by hand: no clock, no sockets.
 */
@org.junit.jupiter.api.Timeout(30)
class PipelineTimeoutsTest {
    @TempDir
    Path home;

    /** A scheduler whose waits complete only when the test says so. */
    static class ManualScheduler implements CallScheduler {
        final List<Duration> asked = new ArrayList<>();
        final List<CompletableFuture<Void>> waits = new ArrayList<>();
        final Executor executor = Runnable::run;

        @Override
        public Executor executor() {
            return executor;
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            if (duration.isZero()) {
                return CompletableFuture.completedFuture(null);
            }
            asked.add(duration);
            CompletableFuture<Void> wait = new CompletableFuture<>();
            waits.add(wait);
            return wait;
        }
    }

    /** A response that records what the pipeline does with it. */
    static final class Response implements TransportResponse {
        final int status;
        final byte[] body;
        final AtomicInteger aborts = new AtomicInteger();
        volatile boolean streaming;

        Response(int status, String body) {
            this.status = status;
            this.body = body.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int statusCode() {
            return status;
        }

        @Override
        public Headers headers() {
            return new Headers().set("Content-Length", Integer.toString(body.length));
        }

        @Override
        public Flow.Publisher<ByteBuffer> body() {
            return Publishers.just(ByteBuffer.wrap(body));
        }

        @Override
        public void streamingToCaller() {
            streaming = true;
        }

        @Override
        public void abort() {
            aborts.incrementAndGet();
        }
    }

    /** Hands out futures the test completes; remembers the requests. */
    static final class HandTransport implements HttpTransport {
        final List<TransportRequest> requests = new ArrayList<>();
        final List<CompletableFuture<TransportResponse>> sends = new ArrayList<>();

        @Override
        public CompletableFuture<TransportResponse> send(TransportRequest request) {
            requests.add(request);
            CompletableFuture<TransportResponse> f = new CompletableFuture<>();
            sends.add(f);
            return f;
        }
    }

    private ServiceRuntime runtime(String service, HttpTransport transport, ManualScheduler scheduler,
                                   ClientConfig.Builder config) {
        ClientConfig c = config.region("us-east-1")
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE")))
                .environment(ConfigEnvironment.of(Map.of(), home))
                .retryMode("standard")
                .clientContextParam("ForcePathStyle", true)
                .build();
        ModelLoader loader = ModelLoader.builder().addDirectory(ServiceRuntimeTest.MODELS).environment(Map.of())
                .home(home).build();
        return ServiceRuntime.builder().service(service).config(c).transport(transport).loader(loader)
                .scheduler(() -> scheduler).build();
    }

    private static Throwable failure(CompletableFuture<?> f) {
        return assertThrows(CompletionException.class, f::join).getCause();
    }

    @Test
    void theTransportGetsTheAttemptTimeoutWhatIsLeftOfTheCallAndTheCallsExecutor() {
        HandTransport t = new HandTransport();
        ManualScheduler s = new ManualScheduler();
        runtime("dynamodb", t, s, ClientConfig.builder().attemptTimeout(Duration.ofSeconds(7))
                .callTimeout(Duration.ofSeconds(30))).invoke("ListTables", Map.of());

        TransportRequest sent = t.requests.get(0);
        assertEquals(Duration.ofSeconds(7), sent.attemptTimeout());
        assertNotNull(sent.callTimeLeft());
        assertTrue(sent.callTimeLeft().compareTo(Duration.ofSeconds(30)) <= 0, sent.callTimeLeft()::toString);
        assertSame(s.executor, sent.executor());
        Duration timer = s.asked.get(0);
        assertTrue(timer.compareTo(Duration.ofSeconds(29)) > 0 && timer.compareTo(Duration.ofSeconds(30)) <= 0,
                "the call timeout waits on the call's scheduler, for what is left of it: " + timer);
    }

    @Test
    void theCallTimeoutFailsTheCallAndCancelsTheSendInFlight() {
        HandTransport t = new HandTransport();
        ManualScheduler s = new ManualScheduler();
        CompletableFuture<CallResult> call = runtime("dynamodb", t, s,
                ClientConfig.builder().callTimeout(Duration.ofSeconds(2))).invoke("ListTables", Map.of());

        s.waits.get(0).complete(null); // the call timeout passes

        CallTimeoutException e = assertInstanceOf(CallTimeoutException.class, failure(call));
        assertTrue(e.getMessage().contains("dynamodb.ListTables") && e.getMessage().contains("call timeout of 2 s"),
                e.getMessage());
        assertEquals(Duration.ofSeconds(2), e.timeout());
        assertTrue(t.sends.get(0).isCancelled(), "the send in flight was cancelled");
    }

    @Test
    void cancellingTheCallCancelsTheSend() {
        HandTransport t = new HandTransport();
        CompletableFuture<CallResult> call = runtime("dynamodb", t, new ManualScheduler(), ClientConfig.builder())
                .invoke("ListTables", Map.of());
        call.cancel(true);
        assertTrue(t.sends.get(0).isCancelled());
    }

    @Test
    void aCallThatTimesOutAfterTheHeadersArrivedAbortsTheResponse() {
        HandTransport t = new HandTransport();
        ManualScheduler s = new ManualScheduler();
        CompletableFuture<Void> hookGate = new CompletableFuture<>();
        Hook slowHook = new Hook() {
            @Override
            public CompletionStage<Void> onResponse(AttemptContext attempt) {
                return hookGate;
            }
        };
        CompletableFuture<CallResult> call = runtime("dynamodb", t, s, ClientConfig.builder()
                .callTimeout(Duration.ofSeconds(5)).addHook(slowHook)).invoke("ListTables", Map.of());
        Response response = new Response(200, "{}");
        t.sends.get(0).complete(response);

        s.waits.get(0).complete(null); // the call timeout passes while a hook holds the response

        assertInstanceOf(CallTimeoutException.class, failure(call));
        assertTrue(response.aborts.get() > 0, "the connection of the unread response was closed");
    }

    @Test
    void aStreamingOutputIsHandedToTheCallerAndNotAborted() {
        HandTransport t = new HandTransport();
        CompletableFuture<CallResult> call = runtime("s3", t, new ManualScheduler(), ClientConfig.builder())
                .invoke("GetObject", Map.of("Bucket", "b", "Key", "k"));
        Response response = new Response(200, "hello");
        t.sends.get(0).complete(response);

        assertInstanceOf(ResponseStream.class, call.join().output().get("Body"));
        assertTrue(response.streaming, "the transport was told the caller reads the body");
        assertEquals(0, response.aborts.get());
    }

    @Test
    void aStreamingOutputOfAFailedCallIsAborted() {
        HandTransport t = new HandTransport();
        Hook failing = new Hook() {
            @Override
            public CompletionStage<Void> afterParsing(CallContext call, Map<String, Object> output) {
                return CompletableFuture.failedFuture(new IllegalStateException("refused by a hook"));
            }
        };
        CompletableFuture<CallResult> call = runtime("s3", t, new ManualScheduler(), ClientConfig.builder()
                .addHook(failing)).invoke("GetObject", Map.of("Bucket", "b", "Key", "k"));
        Response response = new Response(200, "hello");
        t.sends.get(0).complete(response);

        failure(call);
        assertTrue(response.aborts.get() > 0, "nobody gets the stream, so its connection is closed");
    }

    @Test
    void aResponseABodyWasNotReadFromIsAbortedBeforeTheRetry() {
        HandTransport t = new HandTransport();
        ManualScheduler s = new ManualScheduler();
        AtomicInteger onResponse = new AtomicInteger();
        Hook failsFirst = new Hook() {
            @Override
            public CompletionStage<Void> onResponse(AttemptContext attempt) {
                return onResponse.incrementAndGet() == 1
                        ? CompletableFuture.failedFuture(new java.io.IOException("Connection reset by a hook"))
                        : Hook.CONTINUE;
            }
        };
        CompletableFuture<CallResult> call = runtime("dynamodb", t, s, ClientConfig.builder().addHook(failsFirst))
                .invoke("ListTables", Map.of());
        Response first = new Response(200, "{}");
        t.sends.get(0).complete(first);
        assertEquals(1, first.aborts.get(), "the first attempt's unread body");

        s.waits.get(s.waits.size() - 1).complete(null); // the back-off
        t.sends.get(1).complete(new Response(200, "{}"));
        assertEquals(2, call.join().attempts());
    }

    @Test
    void attemptTimeoutsAreRetriedAndTheLastOneNamesTheOperationPhaseAndBound() {
        Duration bound = Duration.ofMillis(400);
        HttpTransport timingOut = request -> CompletableFuture.failedFuture(new AttemptTimeoutException(
                AttemptTimeoutException.Phase.RESPONSE, bound, "no response from 127.0.0.1:9 within the attempt"
                + " timeout of 400 ms"));
        ManualScheduler s = new ManualScheduler() {
            @Override
            public CompletableFuture<Void> delay(Duration duration) {
                return CompletableFuture.completedFuture(null);
            }
        };
        AtomicInteger sends = new AtomicInteger();
        CompletableFuture<CallResult> call = runtime("dynamodb", r -> {
            sends.incrementAndGet();
            return timingOut.send(r);
        }, s, ClientConfig.builder().attemptTimeout(bound)).invoke("ListTables", Map.of());

        AttemptTimeoutException e = assertInstanceOf(AttemptTimeoutException.class, failure(call));
        assertEquals(3, sends.get(), "a read timeout is retried up to the attempt limit");
        assertEquals(AttemptTimeoutException.Phase.RESPONSE, e.phase());
        assertEquals(bound, e.timeout());
        assertTrue(e.getMessage().startsWith("dynamodb.ListTables attempt 3: no response"), e.getMessage());
    }

    @Test
    void noAttemptStartsOnceTheCallTimeoutPassed() {
        HandTransport t = new HandTransport();
        ManualScheduler s = new ManualScheduler();
        CompletableFuture<CallResult> call = runtime("dynamodb", t, s, ClientConfig.builder()
                .callTimeout(Duration.ofNanos(1))).invoke("ListTables", Map.of());
        // The deadline passed before the send: nothing is sent, whatever the timer does.
        if (!t.sends.isEmpty()) {
            t.sends.get(0).completeExceptionally(new java.io.IOException("Connection reset"));
        }
        assertInstanceOf(CallTimeoutException.class, failure(call));
        assertFalse(t.sends.size() > 1, "no retry after the deadline");
    }

    @Test
    void timeoutsMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClientConfig.builder().attemptTimeout(Duration.ZERO));
        assertTrue(e.getMessage().contains("attemptTimeout"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.builder().maxConnections(0));
    }
}
