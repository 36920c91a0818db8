package io.boto4j.it.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.ServiceException;
import io.boto4j.core.waiter.WaiterConfig;
import io.boto4j.it.servers.DynaliteServer;
import io.boto4j.it.servers.TestServers;
import io.boto4j.sync.SyncClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DynamoDB (json 1.0) through the blocking layer against dynalite; skipped where Node is missing. */
@ExtendWith(TestServers.class)
class SyncDynamoDbEndToEndTest {

    @Test
    void tableAndItemLifecycle(DynaliteServer server) throws Exception {
        String table = "sync-" + UUID.randomUUID();
        try (SyncClient ddb = SyncClients.client("dynamodb", server)) {
            ddb.call("CreateTable", Map.of("TableName", table,
                    "AttributeDefinitions", List.of(Map.of("AttributeName", "pk", "AttributeType", "S")),
                    "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH")),
                    "BillingMode", "PAY_PER_REQUEST"));
            ddb.waitUntil("TableExists", Map.of("TableName", table),
                    WaiterConfig.DEFAULTS.withDelay(Duration.ofMillis(100)));
            assertTrue(((List<?>) ddb.call("ListTables").get("TableNames")).contains(table));

            Map<String, Object> item = Map.of("pk", Map.of("S", "k1"), "n", Map.of("N", "42"),
                    "tags", Map.of("SS", List.of("a", "b")));
            ddb.call("PutItem", Map.of("TableName", table, "Item", item));
            Map<String, Object> got = ddb.call("GetItem", Map.of("TableName", table, "Key",
                    Map.of("pk", Map.of("S", "k1")), "ConsistentRead", true));
            Map<?, ?> read = (Map<?, ?>) got.get("Item");
            assertEquals(Map.of("N", "42"), read.get("n"));
            assertEquals(Map.of("S", "k1"), read.get("pk"));

            ServiceException e = assertThrows(ServiceException.class, () -> ddb.call("PutItem", Map.of(
                    "TableName", table, "Item", item, "ConditionExpression", "attribute_not_exists(pk)")));
            assertEquals("ConditionalCheckFailedException", e.errorCode());
            assertEquals(400, e.statusCode());

            Map<String, Object> query = ddb.call("Query", Map.of("TableName", table,
                    "KeyConditionExpression", "pk = :v", "ExpressionAttributeValues", Map.of(":v", Map.of("S", "k1"))));
            assertEquals(1, ((Number) query.get("Count")).intValue());

            ddb.call("DeleteTable", Map.of("TableName", table));
            ddb.waitUntil("TableNotExists", Map.of("TableName", table),
                    WaiterConfig.DEFAULTS.withDelay(Duration.ofMillis(100)));
        }
    }
}
