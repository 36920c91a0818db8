package io.boto4j.it.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.it.SigV4Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** dynalite answers DynamoDB's JSON 1.0 protocol; skipped when node or npm is missing. */
@ExtendWith(TestServers.class)
class DynaliteServerTest {
    @Test
    void listsTables(DynaliteServer dynamo) throws Exception {
        SdkHttpRequest request = SigV4Http.request("POST", dynamo.endpoint(), "/");
        request.headers().set("Content-Type", "application/x-amz-json-1.0");
        request.headers().set("X-Amz-Target", "DynamoDB_20120810.ListTables");
        request.body("{}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = new SigV4Http().send(request,
                SigV4Http.service("dynamodb", dynamo.credentials(), dynamo.region()));
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.body().contains("\"TableNames\""), response::body);
    }
}
