package io.boto4j.it.hostile;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.ServiceException;
import io.boto4j.it.async.AsyncClients;
import io.boto4j.it.servers.S3ProxyServer;
import io.boto4j.it.servers.TestServers;
import io.boto4j.it.sync.SyncClients;
import io.boto4j.sync.SyncClient;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Object keys that URL handling gets wrong ({@code %}, spaces, {@code +}, {@code ?}, {@code #},
 * dot segments, Unicode, XML's special characters) round-trip on s3proxy, which checks every
 * SigV4 signature: put, head, get, list and a multi-object delete through both layers. A key
 * encoded differently from what was signed would fail with SignatureDoesNotMatch; one decoded
 * or normalized on the way would come back as another key.
 *
 * <p>Keys with {@code ..} segments go on the wire as they are, as botocore sends them and S3
 * stores them; s3proxy's Jetty refuses such paths (botocore 1.43.107 gets the same 400), so
 * here they must at least never land in another bucket.
 */
@ExtendWith(TestServers.class)
class HostileKeysEndToEndTest {
    static final List<String> KEYS = List.of("%", "100%25", "with space",
            "a+b", "q?x=1&y", "h#f", "\u00fcn\u00ef/c\u00f6d\u00e9 \u65e5\u672c", "emoji \ud83d\ude00",
            "tilde~*'()!$", "amp&lt;<>\"'", "semi;colon,comma=eq", "@at:colon", "brackets[]{}|^`",
            "tab\tkey", "%2F..%2Fx", "%00");
    /**
     * Keys s3proxy's Jetty stores under a normalized name (it does the same to what botocore
     * sends: their wire form, pinned against botocore by HostileInputTest, is the key as it is).
     */
    static final Map<String, String> NORMALIZED_BY_SERVER = Map.of("./x", "x", "a/./b", "a/b", "c//d", "c/d");

    @Test
    void throughTheBlockingLayer(S3ProxyServer server) {
        try (SyncClient s3 = SyncClients.s3(SyncClients.config(server))) {
            roundTrip(S3Calls.of(s3));
        }
    }

    @Test
    void throughTheVertxLayer(S3ProxyServer server) {
        Vertx vertx = Vertx.vertx();
        AsyncClient s3 = AsyncClients.create(vertx, "s3",
                AsyncClients.s3(server.endpoint(), server.credentials(), server.region()).build());
        try {
            roundTrip(S3Calls.of(s3));
        } finally {
            s3.close().await();
            vertx.close().await();
        }
    }

    private static void roundTrip(S3Calls s3) {
        String bucket = "hostile-keys-" + UUID.randomUUID();
        String victim = "hostile-victim-" + UUID.randomUUID();
        s3.call("CreateBucket", Map.of("Bucket", bucket));
        s3.call("CreateBucket", Map.of("Bucket", victim));
        for (String traversal : List.of("../" + victim + "/planted", "a/../../" + victim + "/planted")) {
            try {
                s3.call("PutObject", Map.of("Bucket", bucket, "Key", traversal, "Body", "x"));
            } catch (ServiceException refused) {
                assertEquals(400, refused.statusCode(), refused.getMessage()); // s3proxy's answer, as to botocore
            }
        }
        assertEquals(0, ((Number) s3.call("ListObjectsV2", Map.of("Bucket", victim)).get("KeyCount")).intValue(),
                "a key with dot segments never writes into another bucket");
        s3.call("DeleteBucket", Map.of("Bucket", victim));
        List<String> all = new ArrayList<>(KEYS);
        all.addAll(NORMALIZED_BY_SERVER.keySet());
        for (String key : all) {
            byte[] content = key.getBytes(StandardCharsets.UTF_8);
            s3.call("PutObject", Map.of("Bucket", bucket, "Key", key, "Body", content));
            Map<String, Object> head = s3.call("HeadObject", Map.of("Bucket", bucket, "Key", key));
            assertEquals((long) content.length, ((Number) head.get("ContentLength")).longValue(), key);
            assertArrayEquals(content, s3.get(bucket, key), "the object stored under '" + key + "'");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> contents = (List<Map<String, Object>>) s3.call("ListObjectsV2",
                Map.of("Bucket", bucket)).get("Contents");
        Set<String> listed = new TreeSet<>();
        contents.forEach(c -> listed.add((String) c.get("Key")));
        Set<String> expected = new TreeSet<>(KEYS);
        expected.addAll(NORMALIZED_BY_SERVER.values());
        assertEquals(expected, listed, "every key stored as itself, none under another name");

        List<Map<String, Object>> objects = listed.stream().map(k -> Map.<String, Object>of("Key", k)).toList();
        Map<String, Object> deleted = s3.call("DeleteObjects", Map.of("Bucket", bucket,
                "Delete", Map.of("Objects", objects)));
        assertEquals(listed.size(), ((List<?>) deleted.get("Deleted")).size(), deleted.toString());
        assertEquals(0, ((Number) s3.call("ListObjectsV2", Map.of("Bucket", bucket)).get("KeyCount")).intValue());
        s3.call("DeleteBucket", Map.of("Bucket", bucket));
    }
}
