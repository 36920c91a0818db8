package io.boto4j.core.waiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * The waiter engine with a fake call and an instant delayer. The expected messages are what
 * botocore.waiter.Waiter raises for the same sequence of responses (checked by running
 * Waiter("InstanceRunning", SingleWaiterConfig(config), NormalizedOperationMethod(fake)).wait()
 * in the machine's Python with time.sleep stubbed, the fake raising ClientError for errors).
 */
class WaiterTest {
    private static final String MODEL = """
            {"version": 2, "waiters": {
              "InstanceRunning": {"delay": 20, "maxAttempts": 3, "operation": "DescribeInstances", "acceptors": [
                {"expected": "running", "matcher": "pathAll", "state": "success",
                 "argument": "Reservations[].Instances[].State.Name"},
                {"expected": "terminated", "matcher": "pathAny", "state": "failure",
                 "argument": "Reservations[].Instances[].State.Name"},
                {"expected": "InvalidInstanceID.NotFound", "matcher": "error", "state": "retry"},
                {"expected": 404, "matcher": "status", "state": "retry"}]},
              "TableNotExists": {"delay": 2.5, "maxAttempts": 5, "operation": "DescribeTable", "acceptors": [
                {"expected": "ResourceNotFoundException", "matcher": "error", "state": "success"}]},
              "AnyError": {"delay": 1, "maxAttempts": 2, "operation": "Get", "acceptors": [
                {"expected": false, "matcher": "error", "state": "success"},
                {"expected": true, "matcher": "error", "state": "failure"}]},
              "Ok": {"delay": 1, "maxAttempts": 2, "operation": "Head", "acceptors": [
                {"expected": 200, "matcher": "status", "state": "success"},
                {"expected": true, "matcher": "path", "state": "success", "argument": "Ready"}]}
            }}""";

    /** A service exception of the transport layer, as the adapter sees it. */
    static final class FakeServiceException extends RuntimeException {
        final ErrorInfo info;

        FakeServiceException(String code, int status) {
            super(code);
            this.info = new ErrorInfo(code, "msg " + code, status);
        }
    }

    private final List<Duration> delays = new ArrayList<>();
    private final List<Map<String, Object>> requests = new ArrayList<>();

    private Waiter waiter(String name, Object... responses) throws Exception {
        Deque<Object> queue = new ArrayDeque<>(List.of(responses));
        WaiterDefinition definition = WaiterModel.fromJson(new ObjectMapper().readTree(MODEL)).definition(name);
        return new Waiter(definition, input -> {
            requests.add(input);
            Object next = queue.removeFirst();
            if (next instanceof RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> output = (Map<String, Object>) next;
            return CompletableFuture.completedFuture(output);
        }, t -> t instanceof FakeServiceException f ? Optional.of(f.info) : Optional.empty(), d -> {
            delays.add(d);
            return CompletableFuture.completedFuture(null);
        });
    }

    private static Map<String, Object> page(String... states) {
        List<Object> instances = new ArrayList<>();
        for (String s : states) {
            instances.add(Map.of("State", Map.of("Name", s)));
        }
        return Map.of("Reservations", List.of(Map.of("Instances", instances)));
    }

    private static <T> T join(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }

    private static WaiterException failure(CompletionStage<?> stage) {
        CompletionException e = assertThrows(CompletionException.class, () -> join(stage));
        return assertInstanceOf(WaiterException.class, e.getCause());
    }

    @Test
    void succeedsWhenAllMatchAfterRetrying() throws Exception {
        WaiterResult result = join(waiter("InstanceRunning", page("pending"), page("running", "running"))
                .waitFor(Map.of("InstanceIds", List.of("i-1"))));
        assertEquals(2, result.attempts());
        assertEquals(Acceptor.State.SUCCESS, result.acceptor().state());
        assertEquals(List.of(Duration.ofSeconds(20)), delays);
        assertEquals(List.of(Map.of("InstanceIds", List.of("i-1")), Map.of("InstanceIds", List.of("i-1"))), requests);
    }

    @Test
    void terminalFailureState() throws Exception {
        WaiterException e = failure(waiter("InstanceRunning", page("pending"), page("running", "terminated"))
                .waitFor(Map.of()));
        assertInstanceOf(WaiterFailureException.class, e);
        assertEquals("Waiter InstanceRunning failed: Waiter encountered a terminal failure state: For expression "
                + "\"Reservations[].Instances[].State.Name\" we matched expected path: \"terminated\" at least once",
                e.getMessage());
        assertEquals("InstanceRunning", e.waiterName());
        assertEquals(2, e.attempts());
        assertTrue(e.lastAttempt().orElseThrow().output() != null);
    }

    @Test
    void retriedErrorsUntilMaxAttempts() throws Exception {
        WaiterException e = failure(waiter("InstanceRunning",
                new FakeServiceException("InvalidInstanceID.NotFound", 400),
                new FakeServiceException("InvalidInstanceID.NotFound", 400),
                new FakeServiceException("InvalidInstanceID.NotFound", 400)).waitFor(Map.of()));
        assertInstanceOf(WaiterTimeoutException.class, e);
        assertEquals("Waiter InstanceRunning failed: Max attempts exceeded. Previously accepted state: "
                + "Matched expected service error code: InvalidInstanceID.NotFound", e.getMessage());
        assertEquals(3, e.attempts());
        assertEquals(2, delays.size());
        assertEquals("InvalidInstanceID.NotFound", e.lastAttempt().orElseThrow().error().code());
    }

    @Test
    void noAcceptorMatchedUntilMaxAttempts() throws Exception {
        WaiterException e = failure(waiter("InstanceRunning", page("pending"), page(), page("pending"))
                .waitFor(Map.of()));
        assertEquals("Waiter InstanceRunning failed: Max attempts exceeded", e.getMessage());
        assertInstanceOf(WaiterTimeoutException.class, e);
    }

    @Test
    void unexpectedServiceErrorFailsAtOnce() throws Exception {
        WaiterException e = failure(waiter("InstanceRunning", new FakeServiceException("Throttling", 400))
                .waitFor(Map.of()));
        assertEquals("Waiter InstanceRunning failed: An error occurred (Throttling): msg Throttling", e.getMessage());
        assertInstanceOf(WaiterFailureException.class, e);
        assertEquals(List.of(), delays);
    }

    @Test
    void statusOfAnErrorIsMatched() throws Exception {
        WaiterResult result = join(waiter("InstanceRunning", new FakeServiceException("Other", 404),
                page("running")).waitFor(Map.of()));
        assertEquals(2, result.attempts());
    }

    @Test
    void otherFailuresArePassedOnUnchanged() throws Exception {
        IllegalStateException connection = new IllegalStateException("connection refused");
        CompletionException e = assertThrows(CompletionException.class,
                () -> join(waiter("InstanceRunning", connection).waitFor(Map.of())));
        assertSame(connection, e.getCause());
    }

    @Test
    void overriddenDelayAndMaxAttempts() throws Exception {
        WaiterException e = failure(waiter("InstanceRunning", page("pending"), page("pending"))
                .waitFor(Map.of(), new WaiterConfig(Duration.ofMillis(5), 2)));
        assertEquals(2, e.attempts());
        assertEquals(List.of(Duration.ofMillis(5)), delays);
    }

    @Test
    void anExpectedErrorCanBeSuccess() throws Exception {
        Waiter w = waiter("TableNotExists", Map.of("Table", Map.of()), new FakeServiceException("ResourceNotFoundException", 400));
        assertEquals(Duration.ofMillis(2500), w.definition().delay());
        WaiterResult result = join(w.waitFor(Map.of("TableName", "t")));
        assertEquals("ResourceNotFoundException", result.lastAttempt().error().code());
    }

    @Test
    void expectedTrueAndFalseMeanAnyErrorAndNoError() throws Exception {
        assertEquals(1, join(waiter("AnyError", Map.of()).waitFor(Map.of())).attempts());
        WaiterException e = failure(waiter("AnyError", new FakeServiceException("Whatever", 500)).waitFor(Map.of()));
        assertEquals("Waiter AnyError failed: Waiter encountered a terminal failure state: "
                + "Matched expected service error code: True", e.getMessage());
    }

    @Test
    void statusOfASuccessfulCallIsItsResponseMetadataOr200() throws Exception {
        assertEquals(1, join(waiter("Ok", Map.of()).waitFor(Map.of())).attempts());
        WaiterResult viaPath = join(waiter("Ok", Map.of("ResponseMetadata", Map.of("HTTPStatusCode", 204)),
                Map.of("Ready", true)).waitFor(Map.of()));
        assertEquals(2, viaPath.attempts());
    }

    @Test
    void modelParsingChecksVersionAndMatchers() throws Exception {
        ObjectMapper json = new ObjectMapper();
        WaiterModel model = WaiterModel.fromJson(json.readTree(MODEL));
        assertEquals(List.of("AnyError", "InstanceRunning", "Ok", "TableNotExists"), List.copyOf(model.names()));
        WaiterDefinition running = model.definition("InstanceRunning");
        assertEquals("DescribeInstances", running.operation());
        assertEquals(3, running.maxAttempts());
        assertEquals(Acceptor.Matcher.PATH_ALL, running.acceptors().get(0).matcher());
        assertThrows(IllegalArgumentException.class, () -> model.definition("Nope"));
        assertThrows(WaiterConfigException.class, () -> WaiterModel.fromJson(json.readTree("{\"version\": 1, \"waiters\": {}}")));
        assertThrows(WaiterConfigException.class, () -> WaiterModel.fromJson(json.readTree(
                "{\"version\": 2, \"waiters\": {\"W\": {\"delay\": 1, \"maxAttempts\": 1, \"operation\": \"Op\","
                        + " \"acceptors\": [{\"matcher\": \"regex\", \"expected\": 1, \"state\": \"success\"}]}}}")));
    }

    /** A broken acceptor path is a configuration error of the waiter, named, with the compiler's finding as its cause. */
    @Test
    void invalidAcceptorPathNamesTheWaiter() throws Exception {
        WaiterConfigException e = assertThrows(WaiterConfigException.class, () -> WaiterModel.fromJson(new ObjectMapper().readTree(
                "{\"version\": 2, \"waiters\": {\"TableExists\": {\"delay\": 1, \"maxAttempts\": 1, \"operation\": \"Op\","
                        + " \"acceptors\": [{\"matcher\": \"path\", \"argument\": \"Table.[\", \"expected\": 1,"
                        + " \"state\": \"success\"}]}}}")));
        assertTrue(e.getMessage().contains("TableExists") && e.getMessage().contains("Table.["), e.getMessage());
        assertInstanceOf(io.boto4j.core.JmesPathException.class, e.getCause());
    }
}
