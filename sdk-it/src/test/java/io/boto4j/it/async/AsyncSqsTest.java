package io.boto4j.it.async;

import io.boto4j.async.AsyncClient;
import io.boto4j.it.servers.ElasticMqServer;
import io.boto4j.it.servers.TestServers;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SQS through the Vert.x layer against ElasticMQ, in the protocol the model names (JSON today). */
@ExtendWith(TestServers.class)
class AsyncSqsTest {

    @Test
    void queueLifecycle(ElasticMqServer server) {
        Vertx vertx = Vertx.vertx();
        AsyncClient sqs = AsyncClients.create(vertx, "sqs", AsyncClients.config(server).build());
        try {
            List<?> protocols = sqs.model().metadata().path("protocols").isArray()
                    ? List.of(sqs.model().metadata().path("protocols").get(0).asText()) : List.of();
            assertEquals(List.of("json"), protocols, "the bundled sqs model speaks JSON first");

            String name = "async-" + UUID.randomUUID();
            JsonObject created = sqs.callJson("CreateQueue", new JsonObject().put("QueueName", name)).await();
            String url = created.getString("QueueUrl");
            assertTrue(url.endsWith("/" + name), url);

            JsonObject sent = sqs.callJson("SendMessage", new JsonObject().put("QueueUrl", url)
                    .put("MessageBody", "hello from Vert.x")
                    .put("MessageAttributes", new JsonObject().put("kind", new JsonObject()
                            .put("DataType", "String").put("StringValue", "greeting")))).await();
            assertEquals(32, sent.getString("MD5OfMessageBody").length());

            JsonObject received = sqs.callJson("ReceiveMessage", new JsonObject().put("QueueUrl", url)
                    .put("MaxNumberOfMessages", 1).put("WaitTimeSeconds", 1)
                    .put("MessageAttributeNames", new JsonArray().add("All"))).await();
            JsonObject message = received.getJsonArray("Messages").getJsonObject(0);
            assertEquals("hello from Vert.x", message.getString("Body"));
            assertEquals("greeting", message.getJsonObject("MessageAttributes").getJsonObject("kind")
                    .getString("StringValue"));

            sqs.call("DeleteMessage", Map.of("QueueUrl", url, "ReceiptHandle", message.getString("ReceiptHandle")))
                    .await();
            sqs.call("DeleteQueue", Map.of("QueueUrl", url)).await();
            @SuppressWarnings("unchecked")
            List<String> left = (List<String>) sqs.call("ListQueues", Map.of("QueueNamePrefix", name)).await()
                    .getOrDefault("QueueUrls", List.of());
            assertEquals(List.of(), left);
        } finally {
            sqs.close().await();
            vertx.close().await();
        }
    }
}
