package io.boto4j.core.auth.credentials;

import static io.boto4j.core.auth.credentials.TestSupport.SECRET;
import static io.boto4j.core.auth.credentials.TestSupport.TOKEN;
import static io.boto4j.core.auth.credentials.TestSupport.context;
import static io.boto4j.core.auth.credentials.TestSupport.env;
import static io.boto4j.core.auth.credentials.TestSupport.profiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.config.ConfigEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebIdentityAndSsoTest {
    @TempDir
    Path home;
    private final TestSupport.FakeSts sts = new TestSupport.FakeSts();
    private final List<SsoRoleRequest> ssoRequests = new CopyOnWriteArrayList<>();
    private final SsoClient sso = request -> {
        ssoRequests.add(request);
        return CompletableFuture.completedFuture(Credentials.of("ASIA-SSO", SECRET, TOKEN)
                .withExpiration(Instant.parse("2030-01-01T02:00:00Z")));
    };

    @Test
    void webIdentityFromEnvironment() throws Exception {
        Path token = Files.writeString(home.resolve("token"), "eyJ.jwt.token\n");
        ConfigEnvironment env = env(home, "AWS_WEB_IDENTITY_TOKEN_FILE", token.toString(),
                "AWS_ROLE_ARN", "arn:aws:iam::1:role/web", "AWS_ROLE_SESSION_NAME", "pod", "AWS_REGION", "us-west-2");
        Credentials c = new WebIdentityCredentialsProvider(context(env).stsClient(sts).build()).resolveBlocking();
        assertEquals("ASIA-WEB", c.accessKeyId());
        WebIdentityRequest r = sts.webIdentityRequests.get(0);
        assertEquals("eyJ.jwt.token", r.webIdentityToken());
        assertEquals("arn:aws:iam::1:role/web", r.roleArn());
        assertEquals("pod", r.roleSessionName());
        assertEquals("us-west-2", r.region());
        assertFalse(r.toString().contains("eyJ"));
    }

    @Test
    void webIdentityFromProfileWinsInTheDefaultChainOverStaticKeysOfLaterProviders() throws Exception {
        Path token = Files.writeString(home.resolve("token"), "tok");
        TestSupport.writeAws(home, "[default]\nweb_identity_token_file = " + token + "\nrole_arn = arn:role/w\n", null);
        Credentials c = DefaultCredentialsChain.create(context(env(home)).stsClient(sts).build()).resolveBlocking();
        assertEquals("ASIA-WEB", c.accessKeyId());
        assertTrue(sts.assumeRoleRequests.isEmpty(), "role_arn with a token file is web identity, not AssumeRole");
    }

    @Test
    void webIdentityWithoutRoleArnIsAnError() throws Exception {
        Path token = Files.writeString(home.resolve("token"), "tok");
        ProviderContext ctx = context(env(home, "AWS_WEB_IDENTITY_TOKEN_FILE", token.toString())).stsClient(sts).build();
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> new WebIdentityCredentialsProvider(ctx).resolveBlocking());
        assertTrue(e.getMessage().contains("no role ARN"));
    }

    private void cacheToken(String key, String expiresAt) throws Exception {
        Path file = SsoCredentialsProvider.cacheFile(home, key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"accessToken\": \"sso-access-token\", \"expiresAt\": \"" + expiresAt + "\"}");
    }

    @Test
    void ssoSessionUsesTheSha1OfTheSessionName() throws Exception {
        cacheToken("corp", "2030-01-01T08:00:00Z");
        // sha1("corp"), computed independently with sha1sum
        assertEquals(home.resolve(".aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json"),
                SsoCredentialsProvider.cacheFile(home, "corp"));
        ProviderContext ctx = context(env(home)).profileFile(profiles("""
                [profile dev]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = Dev
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-west-1
                """, null)).profileName("dev").ssoClient(sso).build();
        Credentials c = new SsoCredentialsProvider(ctx).resolveBlocking();
        assertEquals("ASIA-SSO", c.accessKeyId());
        assertEquals("111122223333", c.accountId());
        SsoRoleRequest r = ssoRequests.get(0);
        assertEquals("eu-west-1", r.region());
        assertEquals("sso-access-token", r.accessToken());
        assertEquals("Dev", r.roleName());
        assertFalse(r.toString().contains("sso-access-token"));
    }

    @Test
    void legacyFormUsesTheStartUrl() throws Exception {
        cacheToken("https://legacy.awsapps.com/start", "2030-01-01T08:00:00Z");
        assertEquals("79e435d7a515078e81c9dffc35f38d5687ebd3a7.json",
                SsoCredentialsProvider.cacheFile(home, "https://legacy.awsapps.com/start").getFileName().toString());
        ProviderContext ctx = context(env(home)).profileFile(profiles("""
                [default]
                sso_start_url = https://legacy.awsapps.com/start
                sso_region = us-east-1
                sso_account_id = 1
                sso_role_name = R
                """, null)).ssoClient(sso).build();
        assertEquals("ASIA-SSO", new SsoCredentialsProvider(ctx).resolveBlocking().accessKeyId());
    }

    @Test
    void expiredOrMissingTokenAsksForLogin() throws Exception {
        String config = "[default]\nsso_start_url = https://x\nsso_region = us-east-1\nsso_account_id = 1\nsso_role_name = R\n";
        ProviderContext ctx = context(env(home)).profileFile(profiles(config, null)).ssoClient(sso).build();
        CredentialsException missing = assertThrows(CredentialsException.class, () -> new SsoCredentialsProvider(ctx).resolveBlocking());
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        cacheToken("https://x", "2029-12-31T23:59:59Z");
        CredentialsException expired = assertThrows(CredentialsException.class, () -> new SsoCredentialsProvider(ctx).resolveBlocking());
        assertTrue(expired.getMessage().contains("aws sso login"));
        assertTrue(ssoRequests.isEmpty());
    }

    @Test
    void ssoConfigurationErrors() {
        ProviderContext mismatch = context(env(home)).profileFile(profiles("""
                [default]
                sso_session = s
                sso_region = us-west-2
                sso_account_id = 1
                sso_role_name = R
                [sso-session s]
                sso_start_url = https://x
                sso_region = us-east-1
                """, null)).ssoClient(sso).build();
        assertTrue(assertThrows(CredentialsException.class, () -> new SsoCredentialsProvider(mismatch).resolveBlocking())
                .getMessage().contains("does not match"));
        ProviderContext incomplete = context(env(home)).profileFile(profiles("[default]\nsso_start_url = https://x\n", null))
                .ssoClient(sso).build();
        assertTrue(assertThrows(CredentialsException.class, () -> new SsoCredentialsProvider(incomplete).resolveBlocking())
                .getMessage().contains("sso_region, sso_account_id, sso_role_name"));
        ProviderContext noSession = context(env(home)).profileFile(profiles("[default]\nsso_session = ghost\n", null))
                .ssoClient(sso).build();
        assertTrue(assertThrows(CredentialsException.class, () -> new SsoCredentialsProvider(noSession).resolveBlocking())
                .getMessage().contains("ghost"));
    }
}
