package io.boto4j.it.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.ServiceException;
import io.boto4j.it.servers.ElasticMqServer;
import io.boto4j.it.servers.TestServers;
import io.boto4j.sync.SyncClient;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    private static String md5(String s) throws Exception {
        byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        return String.format("%032x", new BigInteger(1, d));
    }
}
