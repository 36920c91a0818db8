package io.boto4j.it.async;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.ServiceException;
import io.boto4j.it.servers.DynaliteServer;
import io.boto4j.it.servers.TestServers;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DynamoDB (JSON 1.0) through the Vert.x layer against dynalite; skipped without Node. */
@ExtendWith(TestServers.class)
class AsyncDynamoDbTest {

    @Test
    void tableAndItemLifecycle(DynaliteServer server) {
        Vertx vertx = Vertx.vertx();
        AsyncClient ddb = AsyncClients.create(vertx, "dynamodb", AsyncClients.config(server).build());
        try {
            String table = "async-" + UUID.randomUUID();
            ddb.call("CreateTable", Map.of("TableName", table,
                    "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
                    "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH")),
                    "BillingMode", "PAY_PER_REQUEST")).await();
            waitUntilActive(ddb, table);

            ddb.call("PutItem", Map.of("TableName", table, "Item", Map.of(
                    "id", Map.of("S", "k1"), "n", Map.of("N", "42"), "b", Map.of("B", new byte[] {1, 2, 3})))).await();
            JsonObject item = ddb.callJson("GetItem", new JsonObject().put("TableName", table)
                    .put("Key", new JsonObject().put("id", new JsonObject().put("S", "k1")))).await()
                    .getJsonObject("Item");
            assertEquals("42", item.getJsonObject("n").getString("N"));
            assertEquals("AQID", item.getJsonObject("b").getString("B"), "a blob reads as base64 from the JSON view");

            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) ddb.call("ListTables", Map.of()).await().get("TableNames");
            assertTrue(names.contains(table), names.toString());
            ddb.call("DeleteTable", Map.of("TableName", table)).await();

            ServiceException e = assertInstanceOf(ServiceException.class, assertThrows(Exception.class,
                    () -> ddb.call("DescribeTable", Map.of("TableName", "no-such-" + table)).await()));
            assertEquals("ResourceNotFoundException", e.errorCode());
        } finally {
            ddb.close().await();
            vertx.close().await();
        }
    }

    private static void waitUntilActive(AsyncClient ddb, String table) {
        for (int i = 0; i < 100; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) ddb.call("DescribeTable", Map.of("TableName", table))
                    .await().get("Table");
            if ("ACTIVE".equals(t.get("TableStatus"))) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError(table + " never became ACTIVE");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
