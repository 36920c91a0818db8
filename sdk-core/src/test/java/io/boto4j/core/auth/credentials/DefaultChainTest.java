package io.boto4j.core.auth.credentials;

import static io.boto4j.core.auth.credentials.TestSupport.SECRET;
import static io.boto4j.core.auth.credentials.TestSupport.context;
import static io.boto4j.core.auth.credentials.TestSupport.env;
import static io.boto4j.core.auth.credentials.TestSupport.failure;
import static io.boto4j.core.auth.credentials.TestSupport.writeAws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.config.ConfigParseException;
import io.boto4j.core.config.ProfileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultChainTest {
    @TempDir
    Path home;

    private Credentials resolve(ProviderContext context) {
        return DefaultCredentialsChain.create(context).resolveBlocking();
    }

    @Test
    void environmentBeatsProfiles() throws Exception {
        writeAws(home, null, "[default]\naws_access_key_id = FILE\naws_secret_access_key = s\n");
        Credentials c = resolve(context(env(home, "AWS_ACCESS_KEY_ID", "ENV", "AWS_SECRET_ACCESS_KEY", SECRET,
                "AWS_SESSION_TOKEN", "tok", "AWS_CREDENTIAL_EXPIRATION", "2030-01-01T05:00:00Z",
                "AWS_ACCOUNT_ID", "123456789012")).build());
        assertEquals("ENV", c.accessKeyId());
        assertEquals("tok", c.sessionToken());
        assertEquals(Instant.parse("2030-01-01T05:00:00Z"), c.expiration());
        assertEquals("123456789012", c.accountId());
    }

    @Test
    void securityTokenIsTheOlderSpelling() {
        Credentials c = resolve(context(env(home, "AWS_ACCESS_KEY_ID", "ENV", "AWS_SECRET_ACCESS_KEY", SECRET,
                "AWS_SECURITY_TOKEN", "old")).build());
        assertEquals("old", c.sessionToken());
    }

    @Test
    void partialEnvironmentCredentialsStopTheChain() throws Exception {
        writeAws(home, null, "[default]\naws_access_key_id = FILE\naws_secret_access_key = s\n");
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> resolve(context(env(home, "AWS_ACCESS_KEY_ID", "ENV")).build()));
        assertTrue(e.getMessage().contains("AWS_SECRET_ACCESS_KEY"));
    }

    @Test
    void explicitProfileSkipsEnvironmentButAwsProfileDoesNot() throws Exception {
        writeAws(home, null, "[dev]\naws_access_key_id = FILE\naws_secret_access_key = s\n");
        assertEquals("FILE", resolve(context(env(home, "AWS_ACCESS_KEY_ID", "ENV", "AWS_SECRET_ACCESS_KEY", SECRET))
                .profileName("dev").build()).accessKeyId());
        assertEquals("ENV", resolve(context(env(home, "AWS_ACCESS_KEY_ID", "ENV", "AWS_SECRET_ACCESS_KEY", SECRET,
                "AWS_PROFILE", "dev")).build()).accessKeyId());
        assertEquals("FILE", resolve(context(env(home, "AWS_PROFILE", "dev")).build()).accessKeyId());
    }

    @Test
    void credentialsFileBeatsProcessWhichBeatsConfigFile() throws Exception {
        Path script = home.resolve("creds.sh");
        Files.writeString(script, "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"PROC\", \"SecretAccessKey\": \"s\"}'\n");
        assertTrue(script.toFile().setExecutable(true));
        String config = "[default]\naws_access_key_id = CONFIG\naws_secret_access_key = s\ncredential_process = " + script + "\n";
        writeAws(home, config, "[default]\naws_access_key_id = CREDS\naws_secret_access_key = s\n");
        assertEquals("CREDS", resolve(context(env(home)).build()).accessKeyId());
        Files.delete(home.resolve(".aws/credentials"));
        assertEquals("PROC", resolve(context(env(home)).build()).accessKeyId());
        writeAws(home, "[default]\naws_access_key_id = CONFIG\naws_secret_access_key = s\n", null);
        assertEquals("CONFIG", resolve(context(env(home)).build()).accessKeyId());
    }

    @Test
    void assumeRoleProfileBeatsItsOwnStaticKeys() throws Exception {
        writeAws(home, "[default]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\n[profile base]\n"
                + "aws_access_key_id = BASE\naws_secret_access_key = s\n",
                "[default]\naws_access_key_id = STATIC\naws_secret_access_key = s\n");
        TestSupport.FakeSts sts = new TestSupport.FakeSts();
        Credentials c = resolve(context(env(home)).stsClient(sts).build());
        assertEquals("ASIA-ROLE-1", c.accessKeyId());
        assertEquals("BASE", sts.assumeRoleRequests.get(0).sourceCredentials().accessKeyId());
    }

    @Test
    void nothingConfiguredIsNoCredentials() {
        NoCredentialsException e = assertThrows(NoCredentialsException.class, () -> resolve(context(env(home)).build()));
        assertEquals("Unable to locate credentials", e.getMessage());
    }

    @Test
    void missingNamedProfileIsAnError() {
        assertThrows(ProfileNotFoundException.class, () -> resolve(context(env(home, "AWS_PROFILE", "nope")).build()));
    }

    @Test
    void malformedFileFailsWithFileAndLineAndNoSecret() throws Exception {
        writeAws(home, null, "[default]\naws_access_key_id = A\n" + SECRET + "\n");
        ConfigParseException e = assertThrows(ConfigParseException.class, () -> resolve(context(env(home)).build()));
        assertTrue(e.getMessage().contains("credentials") && e.getMessage().contains("line 3"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void partialKeysInProfileAreAnError() throws Exception {
        writeAws(home, null, "[default]\naws_access_key_id = A\n");
        CredentialsException e = assertThrows(CredentialsException.class, () -> resolve(context(env(home)).build()));
        assertTrue(e.getMessage().contains("aws_secret_access_key"));
    }

    @Test
    void profileFilesAreReadOnTheExecutorNotTheCaller() throws Exception {
        writeAws(home, null, "[default]\naws_access_key_id = A\naws_secret_access_key = s\n");
        List<Runnable> queued = new ArrayList<>();
        ProviderContext ctx = context(env(home)).executor(queued::add).build();
        CompletableFuture<Credentials> future = DefaultCredentialsChain.create(ctx).resolve();
        assertFalse(future.isDone(), "nothing may run on the calling thread");
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
        assertEquals("A", future.get().accessKeyId());
    }

    @Test
    void chainRemembersTheProviderThatAnswered() {
        AtomicInteger firstCalls = new AtomicInteger();
        CredentialsProvider absent = () -> {
            firstCalls.incrementAndGet();
            return CompletableFuture.failedFuture(new NoCredentialsException("absent"));
        };
        CredentialsProviderChain chain = CredentialsProviderChain.of(absent,
                StaticCredentialsProvider.of(Credentials.of("S", "s")));
        chain.resolveBlocking();
        chain.resolveBlocking();
        assertEquals(1, firstCalls.get());
        assertInstanceOf(CredentialsException.class, failure(CredentialsProviderChain.of(
                () -> CompletableFuture.failedFuture(new CredentialsException("broken")),
                StaticCredentialsProvider.of(Credentials.of("S", "s"))).resolve()));
    }

    @Test
    void loginSessionProfilesAreRefusedNotSkipped() throws Exception {
        writeAws(home, "[default]\nlogin_session = arn:aws:iam::1:user/me\naws_access_key_id = C\naws_secret_access_key = s\n", null);
        CredentialsException e = assertThrows(CredentialsException.class, () -> resolve(context(env(home)).build()));
        assertTrue(e.getMessage().contains("login_session"), e.getMessage());
    }

    @Test
    void staticCredentialsHaveNoExpiry() {
        assertNull(StaticCredentialsProvider.of(Credentials.of("A", "s")).resolveBlocking().expiration());
    }
}
