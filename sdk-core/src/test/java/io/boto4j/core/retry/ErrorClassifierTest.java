package io.boto4j.core.retry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.http.Headers;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorClassifierTest {

    /** status, code, transient?, throttling?, retryable in standard mode? */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "-", value = {
            "400, Throttling, false, true, true",
            "400, ThrottlingException, false, true, true",
            "400, ThrottledException, false, true, true",
            "400, RequestThrottledException, false, true, true",
            "400, TooManyRequestsException, false, true, true",
            "400, ProvisionedThroughputExceededException, false, true, true",
            "400, TransactionInProgressException, false, true, true",
            "503, RequestLimitExceeded, true, true, true",
            "509, BandwidthLimitExceeded, false, true, true",
            "400, LimitExceededException, false, true, true",
            "403, RequestThrottled, false, true, true",
            "503, SlowDown, true, true, true",
            "400, PriorRequestNotComplete, true, true, true",
            "503, EC2ThrottledException, true, true, true",
            "400, RequestTimeout, true, false, true",
            "408, RequestTimeoutException, true, false, true",
            "500, InternalError, true, false, true",
            "502, -, true, false, true",
            "503, ServiceUnavailable, true, false, true",
            "504, -, true, false, true",
            "501, NotImplemented, false, false, false",
            "429, -, false, false, false",
            "404, NoSuchKey, false, false, false",
            "403, AccessDenied, false, false, false",
            "400, ValidationException, false, false, false",
            "200, -, false, false, false",
    })
    void classifiesResponses(int status, String code, boolean isTransient, boolean throttling, boolean retryable) {
        AttemptOutcome outcome = AttemptOutcome.serviceError(status, code, new Headers());
        assertEquals(isTransient, ErrorClassifier.isTransient(outcome), "transient");
        assertEquals(throttling, ErrorClassifier.isThrottling(outcome), "throttling");
        assertEquals(retryable, ErrorClassifier.isRetryable(outcome, "anything"), "retryable");
    }

    @Test
    void transportFailures() {
        assertEquals(TransportFailure.CONNECT_FAILED, TransportFailure.classify(new ConnectException("refused")));
        assertEquals(TransportFailure.CONNECT_FAILED, TransportFailure.classify(new UnknownHostException("x")));
        assertEquals(TransportFailure.CONNECT_FAILED, TransportFailure.classify(new SSLHandshakeException("x")));
        assertEquals(TransportFailure.CONNECT_TIMEOUT,
                TransportFailure.classify(new SocketTimeoutException("Connect timed out")));
        assertEquals(TransportFailure.READ_TIMEOUT, TransportFailure.classify(new SocketTimeoutException("Read timed out")));
        assertEquals(TransportFailure.READ_TIMEOUT, TransportFailure.classify(new TimeoutException()));
        assertEquals(TransportFailure.CONNECTION_CLOSED, TransportFailure.classify(new SocketException("Connection reset")));
        assertEquals(TransportFailure.CONNECTION_CLOSED, TransportFailure.classify(new IOException("Connection reset")));
        assertEquals(TransportFailure.CONNECTION_CLOSED,
                TransportFailure.classify(new IOException("HTTP/1.1 header parser received no bytes")));
        assertEquals(TransportFailure.CONNECTION_CLOSED, TransportFailure.classify(new EOFException()));
        assertEquals(TransportFailure.OTHER_IO, TransportFailure.classify(new IOException("something odd")));
        assertEquals(TransportFailure.CONNECTION_CLOSED, TransportFailure.classify(new IOException("Connection closed by peer")));
        assertEquals(TransportFailure.CONNECTION_CLOSED, TransportFailure.classify(new IOException("connection was closed")));
        // A local stream closed is no lost connection.
        assertEquals(TransportFailure.OTHER_IO, TransportFailure.classify(new IOException("Stream closed")));
        assertEquals(TransportFailure.OTHER_IO, TransportFailure.classify(new IOException("the response stream is closed")));
        assertEquals(TransportFailure.NOT_TRANSPORT, TransportFailure.classify(new IllegalStateException("bug")));
        assertEquals(TransportFailure.READ_TIMEOUT,
                TransportFailure.classify(TransientTransportException.timeout("vert.x timeout", null)));
        assertEquals(TransportFailure.CONNECTION_CLOSED,
                TransportFailure.classify(TransientTransportException.connectionLost("closed", null)));
        assertEquals(TransportFailure.CONNECT_FAILED,
                TransportFailure.classify(new CompletionException(new ConnectException("refused"))));
    }

    /** java.net.http's types, built reflectively: sdk-core does not read java.net.http. */
    @Test
    void javaNetHttpTimeouts() throws Exception {
        Assumptions.assumeTrue(ModuleLayer.boot().findModule("java.net.http").isPresent(),
                "java.net.http is not in the test's module graph");
        assertEquals(TransportFailure.CONNECT_TIMEOUT,
                TransportFailure.classify(javaNetHttp("HttpConnectTimeoutException", "HTTP connect timed out")));
        assertEquals(TransportFailure.READ_TIMEOUT,
                TransportFailure.classify(javaNetHttp("HttpTimeoutException", "request timed out")));
    }

    private static Throwable javaNetHttp(String simpleName, String message) throws Exception {
        return (Throwable) Class.forName("java.net.http." + simpleName).getConstructor(String.class)
                .newInstance(message);
    }

    @Test
    void transportFailuresAreTransientButBugsAreNot() {
        assertTrue(ErrorClassifier.isTransient(AttemptOutcome.failure(new IOException("something odd"))));
        assertFalse(ErrorClassifier.isRetryable(AttemptOutcome.failure(new NullPointerException()), "s3"));
        assertTrue(TransportFailure.READ_TIMEOUT.isTimeout());
        assertFalse(TransportFailure.OTHER_IO.isGeneralConnectionError());
    }

    @Test
    void modeledRetryableTraitOfTheOperationsErrors() throws Exception {
        ServiceModel service = ServiceModel.fromJson("demo", new ObjectMapper().readTree("""
                {"metadata": {"protocol": "json", "serviceId": "Demo", "endpointPrefix": "demo",
                              "jsonVersion": "1.0", "targetPrefix": "Demo"},
                 "operations": {"Op": {"name": "Op", "http": {"method": "POST", "requestUri": "/"},
                     "errors": [{"shape": "Busy"}, {"shape": "SlowItDown"}, {"shape": "Plain"}]}},
                 "shapes": {
                   "Busy": {"type": "structure", "members": {}, "exception": true, "retryable": {}},
                   "SlowItDown": {"type": "structure", "members": {}, "exception": true,
                                  "error": {"code": "Slow", "httpStatusCode": 400},
                                  "retryable": {"throttling": true}},
                   "Plain": {"type": "structure", "members": {}, "exception": true},
                   "Elsewhere": {"type": "structure", "members": {}, "exception": true, "retryable": {}}
                 }}"""));
        OperationModel op = service.operation("Op");
        assertEquals(ModeledRetry.TRANSIENT, AttemptOutcome.modeledRetry(op, "Busy"));
        assertEquals(ModeledRetry.THROTTLING, AttemptOutcome.modeledRetry(op, "Slow"));
        assertEquals(ModeledRetry.NONE, AttemptOutcome.modeledRetry(op, "SlowItDown"), "the error code wins");
        assertEquals(ModeledRetry.NONE, AttemptOutcome.modeledRetry(op, "Plain"));
        assertEquals(ModeledRetry.NONE, AttemptOutcome.modeledRetry(op, "Elsewhere"), "not an error of Op");

        AttemptOutcome slow = AttemptOutcome.serviceError(400, "Slow", new Headers())
                .withModeledRetry(AttemptOutcome.modeledRetry(op, "Slow"));
        assertTrue(ErrorClassifier.isThrottling(slow));
        assertTrue(ErrorClassifier.isRetryable(slow, "demo"));
        AttemptOutcome busy = AttemptOutcome.serviceError(400, "Busy", new Headers())
                .withModeledRetry(AttemptOutcome.modeledRetry(op, "Busy"));
        assertFalse(ErrorClassifier.isThrottling(busy));
        assertTrue(ErrorClassifier.isModeledRetryable(busy));
    }

    @Test
    void successAndCrc32() {
        assertTrue(AttemptOutcome.response(200, new Headers()).isSuccess());
        assertFalse(AttemptOutcome.response(200, new Headers()).withChecksumMismatch(true).isSuccess());
        assertFalse(AttemptOutcome.serviceError(200, "InternalError", new Headers()).isSuccess());
        byte[] body = "{}".getBytes();
        assertFalse(ResponseChecksums.crc32Mismatch(new Headers(), body), "no header, no check");
        assertFalse(ResponseChecksums.crc32Mismatch(new Headers().set("x-amz-crc32", "2745614147"), body));
        assertTrue(ResponseChecksums.crc32Mismatch(new Headers().set("x-amz-crc32", "12345"), body));
    }
}
