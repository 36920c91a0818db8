package io.boto4j.services;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.SdkClientException;
import io.boto4j.testsupport.Botocore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQS's MD5 checks. botocore 1.43.107 checks none: where the digests are right, boto4j sends and
 * returns what botocore does; where one is wrong, botocore returns the result and boto4j fails,
 * as the AWS SDKs for Java do. The digests of the good answers are those SQS servers compute
 * (moto's here; sdk-it checks boto4j's against a running ElasticMQ).
 */
class SqsPluginTest {
    private static final String QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/q";
    private static final String BODY = "hello & welcome, ünïcödé";
    /** {@code kind} (String "greeting"), {@code n} (Number "42"), {@code raw} (Binary 0x00 0x01 0xff). */
    private static final Map<String, Object> ATTRIBUTES = Map.of(
            "kind", Map.of("DataType", "String", "StringValue", "greeting"),
            "n", Map.of("DataType", "Number", "StringValue", "42"),
            "raw", Map.of("DataType", "Binary", "BinaryValue", new byte[] {0, 1, (byte) 0xff}));

    @Test
    void rightDigestsPassAndTheCallIsBotocores() {
        String attributesMd5 = Digests.attributes();
        new Wire.Case("sqs")
                .call("SendMessage", Map.of("QueueUrl", QUEUE, "MessageBody", BODY, "MessageAttributes", ATTRIBUTES))
                .respond(200, Map.of(), "{\"MessageId\":\"m1\",\"MD5OfMessageBody\":\"" + Digests.body()
                        + "\",\"MD5OfMessageAttributes\":\"" + attributesMd5 + "\"}")
                .call("SendMessageBatch", Map.of("QueueUrl", QUEUE, "Entries", List.of(
                        Map.of("Id", "a", "MessageBody", "first"), Map.of("Id", "b", "MessageBody", BODY,
                                "MessageAttributes", ATTRIBUTES))))
                .respond(200, Map.of(), "{\"Successful\":[{\"Id\":\"b\",\"MessageId\":\"m2\",\"MD5OfMessageBody\":\""
                        + Digests.body() + "\",\"MD5OfMessageAttributes\":\"" + attributesMd5 + "\"},"
                        + "{\"Id\":\"a\",\"MessageId\":\"m3\",\"MD5OfMessageBody\":\"8b04d5e3775d298e78455efc5ca404d5\"}],"
                        + "\"Failed\":[]}")
                .call("ReceiveMessage", Map.of("QueueUrl", QUEUE, "MessageAttributeNames", List.of("All")))
                .respond(200, Map.of(), "{\"Messages\":[{\"MessageId\":\"m1\",\"ReceiptHandle\":\"h\",\"Body\":"
                        + Botocore.JSON.valueToTree(BODY) + ",\"MD5OfBody\":\"" + Digests.body()
                        + "\",\"MD5OfMessageAttributes\":\"" + attributesMd5 + "\",\"MessageAttributes\":{"
                        + "\"kind\":{\"DataType\":\"String\",\"StringValue\":\"greeting\"},"
                        + "\"n\":{\"DataType\":\"Number\",\"StringValue\":\"42\"},"
                        + "\"raw\":{\"DataType\":\"Binary\",\"BinaryValue\":\"AAH/\"}}}]}")
                .run().assertSame();
    }

    @Test
    void aWrongDigestFailsTheCallWhereBotocoreReturnsIt() {
        Wire.Run run = new Wire.Case("sqs")
                .call("SendMessage", Map.of("QueueUrl", QUEUE, "MessageBody", BODY))
                .respond(200, Map.of(), "{\"MessageId\":\"m1\",\"MD5OfMessageBody\":\"00000000000000000000000000000000\"}")
                .call("ReceiveMessage", Map.of("QueueUrl", QUEUE))
                .respond(200, Map.of(), "{\"Messages\":[{\"MessageId\":\"m9\",\"Body\":\"damaged\",\"MD5OfBody\":\""
                        + Digests.body() + "\"}]}")
                .call("SendMessageBatch", Map.of("QueueUrl", QUEUE, "Entries", List.of(Map.of("Id", "b",
                        "MessageBody", BODY, "MessageAttributes", ATTRIBUTES))))
                .respond(200, Map.of(), "{\"Successful\":[{\"Id\":\"b\",\"MessageId\":\"m2\",\"MD5OfMessageBody\":\""
                        + Digests.body() + "\",\"MD5OfMessageAttributes\":\"" + Digests.body() + "\"}],\"Failed\":[]}")
                .run().assertSameRequests();
        for (JsonNode botocore : run.botocoreResults()) {
            assertTrue(botocore.has("output"), botocore.toString());
        }
        assertFailure(run.boto4jResults().get(0), "the MD5 SQS returned for the body of the message is "
                + "00000000000000000000000000000000, not " + Digests.body() + ", the MD5 of what was sent");
        assertFailure(run.boto4jResults().get(1), "for the body of message m9");
        assertFailure(run.boto4jResults().get(2), "for the message attributes of message b");
    }

    @Test
    void theCheckCanBeTurnedOffForServersThatReturnOtherDigests() {
        new Wire.Case("sqs").boto4j(b -> b.option(SqsOptions.VERIFY_MESSAGE_MD5, false))
                .call("SendMessage", Map.of("QueueUrl", QUEUE, "MessageBody", BODY))
                .respond(200, Map.of(), "{\"MessageId\":\"m1\",\"MD5OfMessageBody\":\"not an md5\"}")
                .run().assertSame();
        new Wire.Case("sqs").env("BOTO4J_SQS_VERIFY_MESSAGE_MD5", "false")
                .call("SendMessage", Map.of("QueueUrl", QUEUE, "MessageBody", BODY))
                .respond(200, Map.of(), "{\"MessageId\":\"m1\",\"MD5OfMessageBody\":\"not an md5\"}")
                .run().assertSame();
    }

    @Test
    void digestsMissingFromTheAnswerAreNotChecked() {
        new Wire.Case("sqs")
                .call("SendMessage", Map.of("QueueUrl", QUEUE, "MessageBody", BODY, "MessageAttributes", ATTRIBUTES))
                .respond(200, Map.of(), "{\"MessageId\":\"m1\"}")
                .run().assertSame();
    }

    /** botocore's {@code _handle_sqs_compatible_error}: the query code is the error's, its JSON type picks the class. */
    @Test
    void queryCompatibleErrorsHaveTheQueryCodeAndTheModeledClass() {
        new Wire.Case("sqs")
                .call("GetQueueUrl", Map.of("QueueName", "missing"))
                .respond(400, Map.of("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender"),
                        "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\",\"message\":\"The queue does not exist\"}")
                .call("GetQueueUrl", Map.of("QueueName", "missing"))
                .respond(400, Map.of(), "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\",\"message\":\"gone\"}")
                .run().assertSame();
    }

    private static void assertFailure(JsonNode result, String expected) {
        String failure = result.path("exception").asText(result.toString());
        assertTrue(failure.startsWith(SdkClientException.class.getName()) && failure.contains(expected), failure);
    }

    /** The digests SQS returns for {@link #BODY} and {@link #ATTRIBUTES}. */
    static final class Digests {
        /** The MD5 of the body's UTF-8 bytes. */
        static String body() {
            return "6d7ce26eaa10640e064e7fc00282497a";
        }

        /** As moto 5.2.1's SQS computes it ({@code Message.attribute_md5}); ElasticMQ agrees (sdk-it). */
        static String attributes() {
            return "62cd660c4e764f59dd9f95f18da41908";
        }
    }
}
