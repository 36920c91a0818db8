package io.boto4j.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.CallTimeoutException;
import io.boto4j.core.ConnectionException;
import io.boto4j.core.EndpointResolutionException;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.NoCredentialsException;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.NoRegionException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client-side failures fail the future with their own types, unwrapped: no credentials, no region
 * (when the client is created), no endpoint, the call timeout, a connection that cannot be made
 * (naming the URL). The same cases as the blocking layer's SyncClientErrorsTest.
 */
class AsyncClientErrorsTest {
    /** No ~/.aws, no instance metadata service: nothing outside the temporary directory and 127.0.0.1. */
    private static final Map<String, String> ISOLATED = Map.of("AWS_EC2_METADATA_DISABLED", "true");

    private static Vertx vertx;
    private static FakeServer server;

    @TempDir
    static Path home;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        server = FakeServer.start(vertx);
    }

    @AfterAll
    static void stop() {
        server.close();
        vertx.close().await();
    }

    private static ClientConfig.Builder isolated() {
        return ClientConfig.builder().environment(ConfigEnvironment.of(ISOLATED, home)).maxAttempts(1);
    }

    private static ClientConfig.Builder signed(String endpoint) {
        return isolated().region("us-east-1").endpointUrl(endpoint)
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKID", "secret")));
    }

    /** The future's failure, as a caller's {@code onFailure} or {@code recover} sees it. */
    private static Throwable failureOf(Future<?> future) throws InterruptedException {
        try {
            future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertTrue(future.failed());
            return future.cause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the call did not end", e);
        }
        throw new AssertionError("the call succeeded");
    }

    private static <T extends Throwable> T assertFails(Class<T> type, Future<?> future) throws InterruptedException {
        Throwable failure = failureOf(future);
        assertTrue(type.isInstance(failure), "expected " + type.getSimpleName() + ", got " + failure);
        return type.cast(failure);
    }

    @Test
    void missingCredentialsFailWithNoCredentialsException() throws Exception {
        server.handle(req -> req.response().end("{}"));
        AsyncClient client = AsyncClient.createBlocking(vertx, "dynamodb", isolated().region("us-east-1")
                .endpointUrl(server.url()).build());
        try {
            // botocore's words, "Unable to locate credentials", as the type itself: not wrapped.
            assertEquals(NoCredentialsException.class,
                    assertFails(NoCredentialsException.class, client.call("ListTables", Map.of())).getClass());
        } finally {
            client.close().await();
        }
    }

    @Test
    void aMissingRegionIsReportedWhenTheClientIsCreated() throws Exception {
        NoRegionException e = assertFails(NoRegionException.class,
                AsyncClient.create(vertx, "sqs", isolated().endpointUrl(server.url()).build()));
        for (String setting : new String[] {"region(", "AWS_REGION", "[default]"}) {
            assertTrue(e.getMessage().contains(setting), e.getMessage());
        }
        assertThrows(NoRegionException.class,
                () -> AsyncClient.createBlocking(vertx, "sqs", isolated().endpointUrl(server.url()).build()));
    }

    @Test
    void anEndpointThatCannotBeResolvedFailsWithEndpointResolutionException() throws Exception {
        AsyncClient client = AsyncClient.createBlocking(vertx, "dynamodb", signed(server.url()).useFips(true).build());
        try {
            EndpointResolutionException e = assertFails(EndpointResolutionException.class,
                    client.call("ListTables", Map.of()));
            assertTrue(e.getMessage().startsWith("No endpoint for dynamodb.ListTables: "), e.getMessage());
        } finally {
            client.close().await();
        }
    }

    @Test
    void theCallTimeoutFailsWithCallTimeoutException() throws Exception {
        server.handle(req -> {
            // Never answers; the server's close ends the connection.
        });
        AsyncClient client = AsyncClient.createBlocking(vertx, "dynamodb", signed(server.url())
                .callTimeout(Duration.ofMillis(200)).build());
        try {
            CallTimeoutException e = assertFails(CallTimeoutException.class, client.call("ListTables", Map.of()));
            assertTrue(e.getMessage().contains("dynamodb.ListTables"), e.getMessage());
        } finally {
            client.close().await();
        }
    }

    @Test
    void aRefusedConnectionNamesTheUrl() throws Exception {
        String closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + socket.getLocalPort();
        }
        AsyncClient client = AsyncClient.createBlocking(vertx, "dynamodb", signed(closed).maxAttempts(2).build());
        try {
            ConnectionException e = assertFails(ConnectionException.class, client.call("ListTables", Map.of()));
            assertEquals(URI.create(closed + "/"), e.uri());
            assertFalse(e.timedOut());
            assertTrue(e.getMessage().startsWith("dynamodb.ListTables could not connect to " + closed + "/"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("after 2 attempts"), e.getMessage());
        } finally {
            client.close().await();
        }
    }
}
