package io.boto4j.core.auth.credentials;

import static io.boto4j.core.auth.credentials.TestSupport.context;
import static io.boto4j.core.auth.credentials.TestSupport.env;
import static io.boto4j.core.auth.credentials.TestSupport.profiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.auth.Credentials;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssumeRoleTest {
    @TempDir
    Path home;
    private final TestSupport.FakeSts sts = new TestSupport.FakeSts();

    private Credentials resolve(String config, String profile, String... envPairs) {
        ProviderContext ctx = context(env(home, envPairs)).profileFile(profiles(config, null)).profileName(profile)
                .stsClient(sts).build();
        return new AssumeRoleCredentialsProvider(ctx).resolveBlocking();
    }

    @Test
    void sourceProfileWithStaticKeysAndAllRoleSettings() {
        Credentials c = resolve("""
                [profile app]
                role_arn = arn:aws:iam::123:role/app
                source_profile = base
                external_id = ext-1
                role_session_name = my-session
                duration_seconds = 1800
                region = eu-central-1
                [profile base]
                aws_access_key_id = BASE
                aws_secret_access_key = s
                """, "app");
        assertEquals("ASIA-ROLE-1", c.accessKeyId());
        AssumeRoleRequest r = sts.assumeRoleRequests.get(0);
        assertEquals("arn:aws:iam::123:role/app", r.roleArn());
        assertEquals("ext-1", r.externalId());
        assertEquals("my-session", r.roleSessionName());
        assertEquals(1800, r.durationSeconds());
        assertEquals("eu-central-1", r.region());
        assertEquals("BASE", r.sourceCredentials().accessKeyId());
    }

    @Test
    void defaultSessionNameIsBotocoreStyle() {
        resolve("[profile a]\nrole_arn = arn:r\nsource_profile = b\n[profile b]\naws_access_key_id = B\naws_secret_access_key = s\n", "a");
        AssumeRoleRequest r = sts.assumeRoleRequests.get(0);
        assertEquals("botocore-session-" + java.time.Instant.parse("2030-01-01T00:00:00Z").getEpochSecond(), r.roleSessionName());
        assertNull(r.externalId());
        assertNull(r.durationSeconds());
    }

    @Test
    void chainedRolesAssumeInOrder() {
        Credentials c = resolve("""
                [profile a]
                role_arn = arn:role/a
                source_profile = b
                [profile b]
                role_arn = arn:role/b
                source_profile = c
                [profile c]
                aws_access_key_id = C
                aws_secret_access_key = s
                """, "a");
        assertEquals(2, sts.assumeRoleRequests.size());
        assertEquals("arn:role/b", sts.assumeRoleRequests.get(0).roleArn());
        assertEquals("C", sts.assumeRoleRequests.get(0).sourceCredentials().accessKeyId());
        assertEquals("arn:role/a", sts.assumeRoleRequests.get(1).roleArn());
        assertEquals("ASIA-ROLE-1", sts.assumeRoleRequests.get(1).sourceCredentials().accessKeyId());
        assertEquals("ASIA-ROLE-2", c.accessKeyId());
    }

    @Test
    void cyclesAreRefused() {
        CredentialsException e = assertThrows(CredentialsException.class, () -> resolve("""
                [profile a]
                role_arn = arn:role/a
                source_profile = b
                [profile b]
                role_arn = arn:role/b
                source_profile = a
                """, "a"));
        assertEquals("Infinite loop in profile configuration: a -> b -> a", e.getMessage());
        assertTrue(sts.assumeRoleRequests.isEmpty());
        assertThrows(CredentialsException.class, () -> resolve("[profile a]\nrole_arn = arn:role/a\nsource_profile = a\n", "a"));
    }

    @Test
    void aProfileMayBeItsOwnSourceWhenItHasKeys() {
        resolve("[profile a]\nrole_arn = arn:role/a\nsource_profile = a\naws_access_key_id = SELF\naws_secret_access_key = s\n", "a");
        assertEquals("SELF", sts.assumeRoleRequests.get(0).sourceCredentials().accessKeyId());
    }

    @Test
    void sourceProfileMayUseCredentialProcessOrWebIdentity() throws Exception {
        Path script = home.resolve("p.sh");
        java.nio.file.Files.writeString(script, "#!/bin/sh\necho '{\"Version\":1,\"AccessKeyId\":\"PROC\",\"SecretAccessKey\":\"s\"}'\n");
        assertTrue(script.toFile().setExecutable(true));
        resolve("[profile a]\nrole_arn = arn:role/a\nsource_profile = p\n[profile p]\ncredential_process = " + script + "\n", "a");
        assertEquals("PROC", sts.assumeRoleRequests.get(0).sourceCredentials().accessKeyId());
    }

    @Test
    void credentialSourceEnvironment() {
        resolve("[profile a]\nrole_arn = arn:role/a\ncredential_source = Environment\n", "a",
                "AWS_ACCESS_KEY_ID", "ENVSRC", "AWS_SECRET_ACCESS_KEY", "s");
        assertEquals("ENVSRC", sts.assumeRoleRequests.get(0).sourceCredentials().accessKeyId());
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> resolve("[profile a]\nrole_arn = arn:role/a\ncredential_source = Environment\n", "a"));
        assertTrue(e.getMessage().contains("No credentials found in credential_source"), e.getMessage());
    }

    @Test
    void invalidConfigurationsAreExplained() {
        assertTrue(assertThrows(CredentialsException.class, () -> resolve(
                "[profile a]\nrole_arn = r\ncredential_source = Bogus\n", "a")).getMessage().contains("Valid values are"));
        assertTrue(assertThrows(CredentialsException.class, () -> resolve(
                "[profile a]\nrole_arn = r\ncredential_source = Environment\nsource_profile = b\n[profile b]\n", "a"))
                .getMessage().contains("both source_profile and credential_source"));
        assertTrue(assertThrows(CredentialsException.class, () -> resolve("[profile a]\nrole_arn = r\n", "a"))
                .getMessage().contains("either source_profile or credential_source"));
        assertTrue(assertThrows(CredentialsException.class, () -> resolve(
                "[profile a]\nrole_arn = r\nsource_profile = ghost\n", "a")).getMessage().contains("\"ghost\""));
        assertTrue(assertThrows(CredentialsException.class, () -> resolve(
                "[profile a]\nrole_arn = r\nsource_profile = b\n[profile b]\nregion = x\n", "a"))
                .getMessage().contains("must have credentials"));
    }

    @Test
    void mfaSerialIsRefusedClearly() {
        CredentialsException e = assertThrows(CredentialsException.class, () -> resolve("""
                [profile a]
                role_arn = r
                source_profile = b
                mfa_serial = arn:aws:iam::1:mfa/me
                [profile b]
                aws_access_key_id = B
                aws_secret_access_key = s
                """, "a"));
        assertTrue(e.getMessage().contains("mfa_serial") && e.getMessage().contains("MFA"), e.getMessage());
        assertTrue(sts.assumeRoleRequests.isEmpty());
    }

    @Test
    void profileWithoutRoleIsNotThisProvidersBusiness() {
        assertThrows(NoCredentialsException.class, () -> resolve("[profile a]\nregion = x\n", "a"));
        assertThrows(NoCredentialsException.class,
                () -> resolve("[profile a]\nrole_arn = r\nweb_identity_token_file = /t\n", "a"));
    }

    @Test
    void missingStsClientIsReported() {
        ProviderContext ctx = context(env(home)).profileFile(profiles(
                "[profile a]\nrole_arn = r\nsource_profile = b\n[profile b]\naws_access_key_id = B\naws_secret_access_key = s\n",
                null)).profileName("a").build();
        assertTrue(assertThrows(CredentialsException.class, () -> new AssumeRoleCredentialsProvider(ctx).resolveBlocking())
                .getMessage().contains("STS"));
    }
}
