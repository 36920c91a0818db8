package io.boto4j.core.retry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.http.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Legacy mode against the relevant parts of botocore 1.43's {@code data/_retry.json}, inline. */
class LegacyRetryStrategyTest {
    private static final JsonNode RETRY_JSON = parse("""
            {
              "definitions": {
                "throttling": {"applies_when": {"response": {"service_error_code": "Throttling", "http_status_code": 400}}},
                "throttling_exception": {"applies_when": {"response": {"service_error_code": "ThrottlingException", "http_status_code": 400}}},
                "too_many_requests": {"applies_when": {"response": {"http_status_code": 429}}},
                "general_socket_errors": {"applies_when": {"socket_errors": ["GENERAL_CONNECTION_ERROR"]}},
                "general_server_error": {"applies_when": {"response": {"http_status_code": 500}}},
                "bad_gateway": {"applies_when": {"response": {"http_status_code": 502}}},
                "service_unavailable": {"applies_when": {"response": {"http_status_code": 503}}},
                "gateway_timeout": {"applies_when": {"response": {"http_status_code": 504}}},
                "limit_exceeded": {"applies_when": {"response": {"http_status_code": 509}}},
                "throughput_exceeded": {"applies_when": {"response": {"service_error_code": "ProvisionedThroughputExceededException", "http_status_code": 400}}}
              },
              "retry": {
                "__default__": {
                  "max_attempts": 5,
                  "delay": {"type": "exponential", "base": "rand", "growth_factor": 2},
                  "policies": {
                    "general_socket_errors": {"$ref": "general_socket_errors"},
                    "general_server_error": {"$ref": "general_server_error"},
                    "bad_gateway": {"$ref": "bad_gateway"},
                    "service_unavailable": {"$ref": "service_unavailable"},
                    "gateway_timeout": {"$ref": "gateway_timeout"},
                    "limit_exceeded": {"$ref": "limit_exceeded"},
                    "throttling_exception": {"$ref": "throttling_exception"},
                    "throttling": {"$ref": "throttling"},
                    "too_many_requests": {"$ref": "too_many_requests"},
                    "throughput_exceeded": {"$ref": "throughput_exceeded"}
                  }
                },
                "organizations": {"__default__": {"policies": {"too_many_requests": {"applies_when": {
                    "response": {"service_error_code": "TooManyRequestsException", "http_status_code": 400}}}}}},
                "dynamodb": {"__default__": {
                    "max_attempts": 10,
                    "delay": {"type": "exponential", "base": 0.05, "growth_factor": 2},
                    "policies": {
                      "still_processing": {"applies_when": {"response": {"service_error_code": "TransactionInProgressException", "http_status_code": 400}}},
                      "crc32": {"applies_when": {"response": {"crc32body": "x-amz-crc32"}}}
                    }}},
                "ec2": {"__default__": {"policies": {"request_limit_exceeded": {"applies_when": {
                    "response": {"service_error_code": "RequestLimitExceeded", "http_status_code": 503}}}}}},
                "s3": {"__default__": {"policies": {
                    "timeouts": {"applies_when": {"response": {"http_status_code": 400, "service_error_code": "RequestTimeout"}}},
                    "contentmd5": {"applies_when": {"response": {"http_status_code": 400, "service_error_code": "BadDigest"}}}}}},
                "sts": {"__default__": {"policies": {"idp_unreachable_error": {"applies_when": {
                    "response": {"service_error_code": "IDPCommunicationError", "http_status_code": 400}}}}}}
              }
            }""");

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RetryStrategy legacy(String endpointPrefix) {
        return RetryStrategies.legacy(RETRY_JSON, endpointPrefix, OptionalInt.empty(), () -> 0.5);
    }

    private static boolean retries(String endpointPrefix, AttemptOutcome outcome) {
        return legacy(endpointPrefix).newCall().retryAfter(outcome).isPresent();
    }

    /** endpoint prefix, status, code, retried? */
    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "sqs, 500, InternalError, true",
            "sqs, 502, -, true",
            "sqs, 503, -, true",
            "sqs, 504, -, true",
            "sqs, 509, -, true",
            "sqs, 429, -, true",
            "sqs, 400, Throttling, true",
            "sqs, 400, ThrottlingException, true",
            "sqs, 400, ProvisionedThroughputExceededException, true",
            "sqs, 403, Throttling, false",
            "sqs, 400, TooManyRequestsException, false",
            "sqs, 400, RequestTimeout, false",
            "sqs, 404, NotFound, false",
            "s3, 400, RequestTimeout, true",
            "s3, 400, BadDigest, true",
            "s3, 403, BadDigest, false",
            "ec2, 503, RequestLimitExceeded, true",
            "ec2, 400, RequestLimitExceeded, false",
            "sts, 400, IDPCommunicationError, true",
            "iam, 400, IDPCommunicationError, false",
            "dynamodb, 400, TransactionInProgressException, true",
            "dynamodb, 500, -, true",
            "organizations, 400, TooManyRequestsException, true",
            "organizations, 429, -, false",
    })
    void policiesMatchStatusAndCode(String endpointPrefix, int status, String code, boolean retried) {
        assertEquals(retried, retries(endpointPrefix, AttemptOutcome.serviceError(status, code, new Headers())));
    }

    @Test
    void generalConnectionErrorsOnly() {
        assertTrue(retries("sqs", AttemptOutcome.failure(new ConnectException("refused"))));
        assertTrue(retries("sqs", AttemptOutcome.failure(new SocketTimeoutException("Read timed out"))));
        assertTrue(retries("sqs", AttemptOutcome.failure(new IOException("Connection reset"))));
        assertFalse(retries("sqs", AttemptOutcome.failure(new IOException("something odd"))));
        assertFalse(retries("sqs", AttemptOutcome.failure(new IllegalStateException("bug"))));
        assertFalse(retries("sqs", AttemptOutcome.failure(new IOException("Connection reset")).withBody(false, true)));
    }

    @Test
    void dynamodbRetriesACrc32MismatchEvenOnA200() {
        AttemptOutcome badCrc = AttemptOutcome.response(200, new Headers()).withChecksumMismatch(true);
        assertTrue(retries("dynamodb", badCrc));
        assertFalse(retries("sqs", badCrc));
    }

    @Test
    void maxAttemptsFromTheFileOrTheClient() {
        assertEquals(5, legacy("sqs").maxAttempts());
        assertEquals(10, legacy("dynamodb").maxAttempts());
        assertEquals(2, RetryStrategies.legacy(RETRY_JSON, "dynamodb", OptionalInt.of(2), () -> 0.5).maxAttempts());
        RetryTracker call = legacy("sqs").newCall();
        AttemptOutcome busy = AttemptOutcome.serviceError(503, null, new Headers());
        for (int attempt = 1; attempt < 5; attempt++) {
            assertTrue(call.retryAfter(busy).isPresent(), "attempt " + attempt);
        }
        assertFalse(call.retryAfter(busy).isPresent(), "5th attempt is the last");
    }

    @Test
    void delaysAreUncappedExponentials() {
        RetryTracker call = legacy("sqs").newCall();
        AttemptOutcome busy = AttemptOutcome.serviceError(503, null, new Headers());
        assertEquals(Optional.of(Duration.ofMillis(500)), call.retryAfter(busy));
        assertEquals(Optional.of(Duration.ofMillis(1000)), call.retryAfter(busy));
        assertEquals(Optional.of(Duration.ofMillis(2000)), call.retryAfter(busy));
        assertEquals(Optional.of(Duration.ofMillis(4000)), call.retryAfter(busy));

        RetryTracker ddb = legacy("dynamodb").newCall();
        long[] expectedMillis = {50, 100, 200, 400, 800, 1600, 3200, 6400, 12800};
        for (long millis : expectedMillis) {
            assertEquals(Optional.of(Duration.ofMillis(millis)), ddb.retryAfter(busy));
        }
        assertEquals(Optional.empty(), ddb.retryAfter(busy));
    }

    @Test
    void badDocumentsAreRejected() {
        JsonNode unknownRef = parse("""
                {"retry": {"__default__": {"max_attempts": 5, "delay": {"type": "exponential", "base": "rand",
                  "growth_factor": 2}, "policies": {"x": {"$ref": "missing"}}}}, "definitions": {}}""");
        assertThrows(IllegalArgumentException.class,
                () -> RetryStrategies.legacy(unknownRef, "sqs", OptionalInt.empty(), () -> 0.5));
    }

    @Test
    void withoutARetryFileLegacyNeverRetries() throws Exception {
        var service = io.boto4j.core.model.ServiceModel.fromJson("sqs", parse(
                "{\"metadata\": {\"endpointPrefix\": \"sqs\", \"serviceId\": \"SQS\", \"protocol\": \"json\"},"
                        + " \"operations\": {}, \"shapes\": {}}"));
        RetryStrategy strategy = RetryStrategies.create(RetryConfig.defaults(), service, null);
        assertEquals(1, strategy.maxAttempts());
        assertFalse(strategy.newCall().retryAfter(AttemptOutcome.serviceError(503, null, new Headers())).isPresent());
        RetryStrategy fromFile = RetryStrategies.create(RetryConfig.defaults(), service, RETRY_JSON);
        assertEquals(RetryMode.LEGACY, fromFile.mode());
        assertEquals(5, fromFile.maxAttempts());
    }
}
