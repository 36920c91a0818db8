package io.boto4j.examples.blocking.lookup;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.examples.testing.LocalS3;
import io.boto4j.sync.SyncClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A typed view whose package this module's descriptor exports to no one (test packages are
 * opened to the unnamed module only) fails without the caller's lookup, and works with it:
 * {@code SyncClient.view(type, MethodHandles.lookup())} opens the package to Jackson and the core,
 * and to no other module.
 */
class LookupInsteadOfExportsTest {

    /** A view with a record in and out, and a default method. */
    public interface Sizes {
        Head headObject(Address address);

        default long sizeOf(String bucket, String key) {
            return headObject(new Address(bucket, key)).contentLength();
        }
    }

    /** HeadObject's input. */
    public record Address(String bucket, String key) {
    }

    /** The part of HeadObject's output read here. */
    public record Head(Long contentLength) {
    }

    @TempDir
    Path home;

    @Test
    void theCallersLookupReplacesTheModuleInfoLines() {
        Module jackson = ObjectMapper.class.getModule();
        Module core = ClientConfig.class.getModule();
        Module mine = Sizes.class.getModule();
        String pkg = Sizes.class.getPackageName();
        assertFalse(mine.isExported(pkg, jackson));

        try (LocalS3 s3 = LocalS3.start(); SyncClient client = SyncClient.create("s3", ClientConfig.builder()
                .environment(ConfigEnvironment.of(Map.of(), home)).region("eu-west-1").endpointUrl(s3.endpoint())
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "secret"))).build())) {
            client.call("CreateBucket", Map.of("Bucket", "b"));
            client.call("PutObject", Map.of("Bucket", "b", "Key", "k", "Body", "12345"));

            // Without the lookup: the record cannot be converted.
            Sizes unopened = client.view(Sizes.class);
            assertThrows(SdkClientException.class, () -> unopened.headObject(new Address("b", "k")));

            // With it: converted, and the default method runs.
            Sizes sizes = client.view(Sizes.class, MethodHandles.lookup());
            assertEquals(5L, sizes.headObject(new Address("b", "k")).contentLength());
            assertEquals(5L, sizes.sizeOf("b", "k"));
            assertTrue(mine.isOpen(pkg, jackson) && mine.isOpen(pkg, core));
            assertFalse(mine.isOpen(pkg, Object.class.getModule()), "opened to Jackson and the core only");

            // Another module's lookup does not speak for this one.
            assertThrows(IllegalArgumentException.class, () -> client.view(Sizes.class,
                    MethodHandles.lookup().in(String.class)));
        }
    }
}
