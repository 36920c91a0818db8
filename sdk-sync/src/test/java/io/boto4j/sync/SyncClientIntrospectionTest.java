package io.boto4j.sync;

import io.boto4j.core.introspect.OperationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client lists its operations and describes them without any call. */
class SyncClientIntrospectionTest {
    @TempDir
    Path home;

    @Test
    void listsAndDescribesOperations() {
        try (SyncClient ddb = SyncClient.create("dynamodb",
                TestClients.config(URI.create("http://127.0.0.1:1"), home).build())) {
            assertTrue(ddb.operations().contains("ListTables"));
            OperationInfo info = ddb.describe("PutItem");
            assertEquals("PutItem", info.name());
            String text = info.toString();
            assertTrue(text.contains("TableName"), text);
            assertFalse(text.contains(TestClients.SECRET));
        }
    }
}
