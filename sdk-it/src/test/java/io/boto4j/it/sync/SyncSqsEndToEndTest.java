package io.boto4j.it.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;
import io.boto4j.it.servers.ElasticMqServer;
import io.boto4j.it.servers.TestServers;
import io.boto4j.sync.SyncClient;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SQS through the blocking layer against ElasticMQ, in the protocol the model names (json). */
@ExtendWith(TestServers.class)
class SyncSqsEndToEndTest {

    @Test
    void queueAndMessageLifecycle(ElasticMqServer server) throws Exception {
        String name = "sync-" + UUID.randomUUID();
        try (SyncClient sqs = SyncClients.client("sqs", server)) {
            String queueUrl = (String) sqs.call("CreateQueue", Map.of("QueueName", name)).get("QueueUrl");
            assertTrue(queueUrl.endsWith("/" + name), queueUrl);
            assertEquals(queueUrl, sqs.call("GetQueueUrl", Map.of("QueueName", name)).get("QueueUrl"));

            String body = "hello & welcome, ünïcödé";
            Map<String, Object> sent = sqs.call("SendMessage", Map.of("QueueUrl", queueUrl, "MessageBody", body,
                    "MessageAttributes", Map.of("kind", Map.of("DataType", "String", "StringValue", "greeting"))));
            assertEquals(md5(body), sent.get("MD5OfMessageBody"));

            Map<String, Object> received = sqs.call("ReceiveMessage", Map.of("QueueUrl", queueUrl,
                    "WaitTimeSeconds", 1, "MaxNumberOfMessages", 10, "MessageAttributeNames", List.of("All")));
            List<?> messages = (List<?>) received.get("Messages");
            assertEquals(1, messages.size(), received.toString());
            Map<?, ?> message = (Map<?, ?>) messages.get(0);
            assertEquals(body, message.get("Body"));
            assertEquals(sent.get("MessageId"), message.get("MessageId"));
            assertEquals("greeting", ((Map<?, ?>) ((Map<?, ?>) message.get("MessageAttributes")).get("kind"))
                    .get("StringValue"));

            sqs.call("DeleteMessage", Map.of("QueueUrl", queueUrl, "ReceiptHandle", message.get("ReceiptHandle")));
            sqs.call("DeleteQueue", Map.of("QueueUrl", queueUrl));

            ServiceException e = assertThrows(ServiceException.class,
                    () -> sqs.call("GetQueueUrl", Map.of("QueueName", name)));
            assertEquals(400, e.statusCode());
            assertTrue(e.errorCode().contains("NonExistentQueue") || e.errorCode().equals("QueueDoesNotExist"),
                    e.errorCode());
        }
    }

    /**
     * The MD5 checks of sdk-services' SQS plugin agree with what a real SQS server computes
     * (ElasticMQ): bodies and attributes of every kind, sent alone and in a batch, and received.
     * A digest changed on the way back (by a hook that runs before the plugin's) fails the call.
     */
    @Test
    void messageDigestsAreCheckedAgainstTheServers(ElasticMqServer server) {
        String name = "md5-" + UUID.randomUUID();
        Map<String, Object> attributes = Map.of(
                "kind", Map.of("DataType", "String", "StringValue", "greeting ünïcödé"),
                "n", Map.of("DataType", "Number", "StringValue", "42"),
                "raw", Map.of("DataType", "Binary", "BinaryValue", new byte[] {0, 1, (byte) 0xff}),
                "custom", Map.of("DataType", "String.custom", "StringValue", "x"));
        try (SyncClient sqs = SyncClients.client("sqs", server)) {
            String queueUrl = (String) sqs.call("CreateQueue", Map.of("QueueName", name)).get("QueueUrl");
            Map<String, Object> sent = sqs.call("SendMessage", Map.of("QueueUrl", queueUrl, "MessageBody", "one",
                    "MessageAttributes", attributes));
            assertTrue(sent.get("MD5OfMessageAttributes") instanceof String, sent.toString());
            Map<String, Object> batch = sqs.call("SendMessageBatch", Map.of("QueueUrl", queueUrl, "Entries", List.of(
                    Map.of("Id", "a", "MessageBody", "two", "MessageAttributes", attributes),
                    Map.of("Id", "b", "MessageBody", "three ✓"))));
            assertEquals(2, ((List<?>) batch.get("Successful")).size(), batch.toString());
            int received = 0;
            while (received < 3) {
                List<?> messages = (List<?>) sqs.call("ReceiveMessage", Map.of("QueueUrl", queueUrl,
                        "WaitTimeSeconds", 1, "MaxNumberOfMessages", 10, "MessageAttributeNames", List.of("All")))
                        .getOrDefault("Messages", List.of());
                assertTrue(!messages.isEmpty(), "messages still to receive: " + (3 - received));
                received += messages.size();
            }
            sqs.call("DeleteQueue", Map.of("QueueUrl", queueUrl));
        }
        Hook damage = new Hook() {
            @Override
            public int order() {
                return -1;
            }

            @Override
            public CompletionStage<Void> afterParsing(CallContext call, Map<String, Object> output) {
                output.computeIfPresent("MD5OfMessageBody", (k, v) -> "0" + ((String) v).substring(1));
                return CONTINUE;
            }
        };
        try (SyncClient sqs = SyncClient.create("sqs", SyncClients.config(server).addHook(damage).build())) {
            String queueUrl = (String) sqs.call("CreateQueue", Map.of("QueueName", name + "-damaged")).get("QueueUrl");
            SdkClientException e = assertThrows(SdkClientException.class, () -> sqs.call("SendMessage",
                    Map.of("QueueUrl", queueUrl, "MessageBody", "hello")));
            assertTrue(e.getMessage().contains("the message may have been damaged"), e.getMessage());
            sqs.call("DeleteQueue", Map.of("QueueUrl", queueUrl));
        }
    }

    private static String md5(String s) throws Exception {
        byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        return String.format("%032x", new BigInteger(1, d));
    }
}
