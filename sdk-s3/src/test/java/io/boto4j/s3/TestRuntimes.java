package io.boto4j.s3;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.transport.HttpTransport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Runtimes over a scripted transport, with fixed credentials and clock and no config files. */
final class TestRuntimes {
    static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private TestRuntimes() {
    }

    static ServiceRuntime runtime(String service, HttpTransport transport, ClientConfig.Builder config, Path home) {
        return runtime(service, "us-east-1", transport, config, home);
    }

    static ServiceRuntime runtime(String service, String region, HttpTransport transport, ClientConfig.Builder config,
                                  Path home) {
        ClientConfig c = config
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE")))
                .build();
        return ServiceRuntime.builder().service(service).config(config(c.toBuilder(), home)).transport(transport)
                .delayer(d -> CompletableFuture.completedFuture(null)).build();
    }

    /** The config with no environment, no config files and the fixed clock. */
    static ClientConfig config(ClientConfig.Builder config, Path home) {
        return config.environment(ConfigEnvironment.of(Map.of(), home)).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }
}
