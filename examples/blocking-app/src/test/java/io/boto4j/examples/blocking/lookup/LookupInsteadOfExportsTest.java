package io.boto4j.examples.blocking.lookup;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.examples.testing.LocalS3;
import io.boto4j.examples.testing.LookupGrants;
import io.boto4j.sync.SyncClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The experiment for the module tiers audit: a typed view whose package this module's descriptor
 * exports to no one (test packages are opened to the unnamed module only) fails, and works once
 * another module, holding this module's {@link MethodHandles.Lookup}, exports the package to
 * Jackson and to the core. A {@code SyncClient.view(type, MethodHandles.lookup())} could do the
 * same, and the {@code exports ... to com.fasterxml.jackson.databind, io.boto4j.core} line of a
 * user's module-info would go.
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
    void aHandedOverLookupCouldReplaceTheModuleInfoLines() throws Throwable {
        Module jackson = ObjectMapper.class.getModule();
        Module core = ClientConfig.class.getModule();
        Module mine = Sizes.class.getModule();
        assertFalse(mine.isExported(Sizes.class.getPackageName(), jackson));

        try (LocalS3 s3 = LocalS3.start(); SyncClient client = SyncClient.create("s3", ClientConfig.builder()
                .environment(ConfigEnvironment.of(Map.of(), home)).region("eu-west-1").endpointUrl(s3.endpoint())
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "secret"))).build())) {
            client.call("CreateBucket", Map.of("Bucket", "b"));
            client.call("PutObject", Map.of("Bucket", "b", "Key", "k", "Body", "12345"));
            Sizes sizes = client.view(Sizes.class);

            // Today: the record cannot be converted, the default method cannot be called.
            assertThrows(io.boto4j.core.SdkClientException.class, () -> sizes.headObject(new Address("b", "k")));
            // Another module cannot export this module's packages by itself...
            assertThrows(IllegalCallerException.class, () -> LookupGrants.exportWithoutLookup(Sizes.class, jackson));

            // ...but it can with this module's lookup, as the core could inside view(type, lookup).
            LookupGrants.exportWithLookup(MethodHandles.lookup(), Sizes.class, jackson, core);

            assertEquals(5L, sizes.headObject(new Address("b", "k")).contentLength());
            assertEquals(5L, sizes.sizeOf("b", "k"));
        }
    }
}
