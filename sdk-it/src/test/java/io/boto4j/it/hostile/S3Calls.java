package io.boto4j.it.hostile;

import io.boto4j.async.AsyncClient;
import io.boto4j.sync.SyncClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls through either layer as plain values, so that one scenario runs through both: a call's
 * failure is thrown as the layer reports it (the Vert.x layer's future failure unwrapped).
 */
interface S3Calls {
    Map<String, Object> call(String operation, Map<String, Object> params);

    /** GetObject's body, read whole. */
    byte[] getBytes(Map<String, Object> params);

    default byte[] get(String bucket, String key) {
        return getBytes(Map.of("Bucket", bucket, "Key", key));
    }

    static S3Calls of(SyncClient client) {
        return new S3Calls() {
            @Override
            public Map<String, Object> call(String operation, Map<String, Object> params) {
                return client.call(operation, params);
            }

            @Override
            public byte[] getBytes(Map<String, Object> params) {
                try (InputStream body = (InputStream) client.call("GetObject", params).get("Body")) {
                    return body.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    static S3Calls of(AsyncClient client) {
        return new S3Calls() {
            @Override
            public Map<String, Object> call(String operation, Map<String, Object> params) {
                return client.call(operation, params).await();
            }

            @Override
            public byte[] getBytes(Map<String, Object> params) {
                return AsyncClient.body(call("GetObject", new LinkedHashMap<>(params))).readAll().await().getBytes();
            }
        };
    }
}
