package io.boto4j.it.sync;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.it.S3CustomizationScenarios;
import io.boto4j.sync.SyncClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/** The S3 plugin's customizations through the blocking layer against s3proxy. */
class SyncS3CustomizationsEndToEndTest extends S3CustomizationScenarios {

    @Override
    protected String layer() {
        return "sync";
    }

    @Override
    protected ClientConfig.Builder config(URI endpoint, Credentials credentials, String region) {
        return SyncClients.config(endpoint, credentials, region);
    }

    @Override
    protected S3 open(ClientConfig config) {
        SyncClient client = SyncClient.create("s3", config);
        return new S3() {
            @Override
            public Map<String, Object> call(String operation, Map<String, ?> params) {
                return client.call(operation, params);
            }

            @Override
            public <R> R call(CustomMethod<R> method, Map<String, ?> arguments) {
                return client.call(method, arguments);
            }

            @Override
            public byte[] read(String bucket, String key) {
                try (InputStream body = (InputStream) client.call("GetObject", Map.of("Bucket", bucket, "Key", key))
                        .get("Body")) {
                    return body.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }
}
