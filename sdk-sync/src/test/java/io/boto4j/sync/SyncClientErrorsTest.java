package io.boto4j.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.CallTimeoutException;
import io.boto4j.core.ConnectionException;
import io.boto4j.core.EndpointResolutionException;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.auth.credentials.NoCredentialsException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.NoRegionException;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client-side failures arrive as their own types, unwrapped, so a {@code catch} of the type
 * fires: no credentials, no region (when the client is built), no endpoint, the call timeout, a
 * connection that cannot be made (naming the URL). The same cases run on the Vert.x layer.
 */
class SyncClientErrorsTest {
    /** No ~/.aws, no instance metadata service: nothing outside the temporary directory and 127.0.0.1. */
    private static final Map<String, String> ISOLATED = Map.of("AWS_EC2_METADATA_DISABLED", "true");

    @TempDir
    Path home;
    RawHttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = new RawHttpServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private ClientConfig.Builder isolated() {
        return ClientConfig.builder().environment(ConfigEnvironment.of(ISOLATED, home)).maxAttempts(1);
    }

    @Test
    void missingCredentialsAreCaughtAsNoCredentialsException() {
        server.always(RawHttpServer.json(200, "{}"));
        try (SyncClient client = SyncClient.create("dynamodb", isolated().region("us-east-1")
                .endpointUrl(server.uri()).build())) {
            // botocore's words, "Unable to locate credentials", as the type itself: not wrapped.
            assertEquals(NoCredentialsException.class,
                    assertThrows(NoCredentialsException.class, () -> client.call("ListTables")).getClass());
        }
    }

    @Test
    void aMissingRegionIsReportedWhenTheClientIsBuiltNamingTheSettings() {
        NoRegionException e = assertThrows(NoRegionException.class,
                () -> SyncClient.create("sqs", isolated().endpointUrl(server.uri()).build()));
        assertEquals("sqs", e.service());
        for (String setting : new String[] {"region(", "AWS_REGION", "[default]"}) {
            assertTrue(e.getMessage().contains(setting), e.getMessage());
        }
        // As botocore: a service with a global endpoint needs none.
        SyncClient.create("s3", isolated().build()).close();
    }

    @Test
    void anEndpointThatCannotBeResolvedIsAnEndpointResolutionException() {
        try (SyncClient client = SyncClient.create("dynamodb", TestClients.config(server.uri(), home)
                .useFips(true).build())) {
            EndpointResolutionException e = assertThrows(EndpointResolutionException.class,
                    () -> client.call("ListTables"));
            assertTrue(e.getMessage().startsWith("No endpoint for dynamodb.ListTables: "), e.getMessage());
            assertTrue(e.getMessage().contains("FIPS"), e.getMessage());
        }
        assertEquals(0, server.receivedCount(), "nothing was sent");
    }

    @Test
    void theCallTimeoutIsACallTimeoutException() {
        server.always((req, out) -> {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
        try (SyncClient client = SyncClient.create("dynamodb", TestClients.config(server.uri(), home)
                .callTimeout(Duration.ofMillis(200)).build())) {
            CallTimeoutException e = assertThrows(CallTimeoutException.class, () -> client.call("ListTables"));
            assertTrue(e.getMessage().contains("dynamodb.ListTables"), e.getMessage());
        }
    }

    @Test
    void aRefusedConnectionNamesTheUrl() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (SyncClient client = SyncClient.create("dynamodb", TestClients.config(closed, home)
                .maxAttempts(2).build())) {
            ConnectionException e = assertThrows(ConnectionException.class, () -> client.call("ListTables"));
            assertEquals(URI.create(closed + "/"), e.uri());
            assertFalse(e.timedOut());
            assertTrue(e.getMessage().startsWith("dynamodb.ListTables could not connect to " + closed + "/"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("after 2 attempts"), e.getMessage());
            SdkClientException asClientError = e;
            assertTrue(asClientError.getCause() instanceof java.io.IOException, String.valueOf(e.getCause()));
        }
    }
}
