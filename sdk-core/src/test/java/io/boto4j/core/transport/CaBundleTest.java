package io.boto4j.core.transport;

import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Where a client's CA bundle comes from, in botocore's order. */
class CaBundleTest {
    @TempDir
    Path home;

    private ClientConfig.Builder config(Map<String, String> env) {
        return ClientConfig.builder().environment(ConfigEnvironment.of(env, home));
    }

    private void profile(String content) throws Exception {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), content);
    }

    @Test
    void noneConfiguredMeansTheDefaultTrust() {
        assertNull(CaBundle.resolve(config(Map.of()).build()));
    }

    @Test
    void theClientsOwnSettingComesFirst() throws Exception {
        profile("[default]\nca_bundle = /from/profile.pem\n");
        Path own = Path.of("/own.pem");
        assertEquals(own, CaBundle.resolve(config(Map.of("AWS_CA_BUNDLE", "/from/env.pem")).caBundle(own).build()));
    }

    @Test
    void theEnvironmentComesBeforeTheProfile() throws Exception {
        profile("[default]\nca_bundle = /from/profile.pem\n");
        assertEquals(Path.of("/from/env.pem"), CaBundle.resolve(config(Map.of("AWS_CA_BUNDLE", "/from/env.pem")).build()));
    }

    @Test
    void theNamedProfilesSettingWithTheHomeExpanded() throws Exception {
        profile("[default]\nca_bundle = /from/default.pem\n[profile work]\nca_bundle = ~/certs/work.pem\n");
        assertEquals(home.resolve("certs/work.pem"), CaBundle.resolve(config(Map.of()).profile("work").build()));
        assertEquals(Path.of("/from/default.pem"), CaBundle.resolve(config(Map.of()).build()));
    }

    @Test
    void trustingEverythingNeedsNoBundle() throws Exception {
        profile("[default]\nca_bundle = /from/profile.pem\n");
        assertNull(CaBundle.resolve(config(Map.of()).insecureTrustAllCertificates(true).build()));
    }
}
