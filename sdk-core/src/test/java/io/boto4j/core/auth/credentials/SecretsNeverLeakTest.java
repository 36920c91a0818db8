package io.boto4j.core.auth.credentials;

import static io.boto4j.core.auth.credentials.TestSupport.SECRET;
import static io.boto4j.core.auth.credentials.TestSupport.TOKEN;
import static io.boto4j.core.auth.credentials.TestSupport.context;
import static io.boto4j.core.auth.credentials.TestSupport.env;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.auth.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets must not reach toString, exception messages (with causes) or log lines. */
class SecretsNeverLeakTest {
    @TempDir
    Path home;

    private static void assertClean(String text) {
        assertFalse(text.contains(SECRET), text);
        assertFalse(text.contains(TOKEN), text);
    }

    private static void assertCleanFailure(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            assertClean(String.valueOf(e.getMessage()));
            assertClean(e.toString());
        }
    }

    @Test
    void toStringsHideSecrets() {
        Credentials c = Credentials.of("AKIDEXAMPLE", SECRET, TOKEN).withExpiration(Instant.EPOCH).withAccountId("1");
        assertClean(c.toString());
        assertFalse(c.toString().contains("AKIDEXAMPLE"), c.toString());
        assertTrue(c.toString().contains("AKID****"), "the kind of key still shows: " + c);
        assertClean(new AssumeRoleRequest("arn", "s", null, null, null, c).toString());
        assertClean(new WebIdentityRequest("arn", "s", TOKEN, null).toString());
        assertClean(new SsoRoleRequest("r", TOKEN, "1", "role").toString());
        assertClean(StaticCredentialsProvider.of(c).toString());
        assertClean(CachingCredentialsProvider.of(StaticCredentialsProvider.of(c)).toString());
    }

    @Test
    void failuresAcrossProvidersCarryNoSecret() throws Exception {
        Path bad = home.resolve("bad.sh");
        Files.writeString(bad, "#!/bin/sh\necho '{\"Version\": \"1\", \"SecretAccessKey\": \"" + SECRET + "\", \"SessionToken\": \""
                + TOKEN + "\"}'\n");
        assertTrue(bad.toFile().setExecutable(true));
        List<String> configs = List.of(
                "[default]\ncredential_process = " + bad + "\n",
                "[default]\naws_secret_access_key = " + SECRET + "\naws_session_token = " + TOKEN + "\naws_access_key_id =\n"
                        + "credential_process = " + bad + "\n",
                "[default]\naws_access_key_id = A\naws_session_token = " + TOKEN + "\n",
                "[default]\nrole_arn = r\nsource_profile = x\naws_secret_access_key = " + SECRET + "\n",
                "[default]\n" + SECRET + "\n",
                "[default]\ns3 =\n  " + TOKEN + "\n");
        for (String config : configs) {
            TestSupport.writeAws(home, config, null);
            Throwable failure = TestSupport.failure(DefaultCredentialsChain.create(context(env(home)).build()).resolve());
            assertCleanFailure(failure);
        }
        Throwable env = TestSupport.failure(DefaultCredentialsChain.create(context(env(home,
                "AWS_ACCESS_KEY_ID", "A", "AWS_SECRET_ACCESS_KEY", SECRET, "AWS_CREDENTIAL_EXPIRATION", "not-a-date"))
                .build()).resolve());
        assertCleanFailure(env);
    }

    @Test
    void refreshFailureLogHasNoSecret() throws Exception {
        TestSupport.MutableClock clock = new TestSupport.MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        TestSupport.RecordingLogger logger = new TestSupport.RecordingLogger();
        int[] calls = {0};
        CachingCredentialsProvider provider = new CachingCredentialsProvider(() -> {
            if (calls[0]++ == 0) {
                return java.util.concurrent.CompletableFuture.completedFuture(
                        Credentials.of("A", SECRET, TOKEN).withExpiration(Instant.parse("2030-01-01T00:20:00Z")));
            }
            return java.util.concurrent.CompletableFuture.failedFuture(new CredentialsException("refresh failed"));
        }, clock, logger);
        provider.resolve().get();
        clock.set(Instant.parse("2030-01-01T00:08:00Z"));
        provider.resolve().get();
        assertTrue(!logger.lines.isEmpty());
        logger.lines.forEach(SecretsNeverLeakTest::assertClean);
    }
}
