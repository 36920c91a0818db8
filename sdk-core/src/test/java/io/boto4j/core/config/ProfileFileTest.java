package io.boto4j.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFileTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY";

    private static ProfileFile config(String text) {
        return ProfileFile.parse("/home/u/.aws/config", text, "/home/u/.aws/credentials", null);
    }

    @Test
    void configFileNeedsProfilePrefixExceptForDefault() {
        ProfileFile file = config("""
                [default]
                region = us-west-2
                [profile dev]
                region = eu-west-1
                [prod]
                region = ignored
                [profilex]
                region = ignored
                """);
        assertEquals("us-west-2", file.profile("default").orElseThrow().get("region").orElseThrow());
        assertEquals("eu-west-1", file.profile("dev").orElseThrow().get("region").orElseThrow());
        assertTrue(file.profile("prod").isEmpty());
        assertTrue(file.profile("profilex").isEmpty());
    }

    @Test
    void credentialsFileSectionsAreProfileNamesAndWinOverConfig() {
        ProfileFile file = ProfileFile.parse("config", """
                [profile dev]
                region = eu-west-1
                aws_access_key_id = FROMCONFIG
                """, "credentials", """
                [dev]
                aws_access_key_id = FROMCREDS
                aws_secret_access_key = x
                [profile odd]
                aws_access_key_id = literal
                """);
        Profile dev = file.profile("dev").orElseThrow();
        assertEquals("FROMCREDS", dev.get("aws_access_key_id").orElseThrow());
        assertEquals("eu-west-1", dev.get("region").orElseThrow());
        assertEquals("FROMCONFIG", file.configProfile("dev").orElseThrow().get("aws_access_key_id").orElseThrow());
        assertTrue(file.profile("profile odd").isPresent(), "credentials file keeps the header as the name");
    }

    @Test
    void laterOfDefaultAndProfileDefaultWins() {
        ProfileFile file = config("[profile default]\na = 1\n[default]\nb = 2\n");
        Profile p = file.profile("default").orElseThrow();
        assertTrue(p.get("b").isPresent());
        assertFalse(p.get("a").isPresent());
    }

    @Test
    void nestedBlocksKeepKeyCaseWhileTopLevelKeysAreLowerCased() {
        ProfileFile file = config("""
                [default]
                Region = us-east-1
                s3 =
                    addressing_style = path
                    Max_Concurrency = 10
                  use_arn_region = true
                output = json
                """);
        Profile p = file.profile("default").orElseThrow();
        assertEquals("us-east-1", p.get("region").orElseThrow());
        assertEquals("path", p.get("s3", "addressing_style").orElseThrow());
        assertEquals("10", p.get("s3", "Max_Concurrency").orElseThrow());
        assertEquals("true", p.get("s3", "use_arn_region").orElseThrow());
        assertEquals("json", p.get("output").orElseThrow());
        assertFalse(p.has("s3"), "a nested block is not a plain value");
    }

    @Test
    void commentsWholeLineAndInlineAfterWhitespaceOnly() {
        ProfileFile file = config("""
                # a comment
                ; another
                [default]
                   # indented comment
                region = us-west-2 # trailing comment
                output = json;not-a-comment
                sso_start_url = https://example.com/#/start ; trailing
                s3 =
                  addressing_style = virtual  # nested comment
                """);
        Profile p = file.profile("default").orElseThrow();
        assertEquals("us-west-2", p.get("region").orElseThrow());
        assertEquals("json;not-a-comment", p.get("output").orElseThrow());
        assertEquals("https://example.com/#/start", p.get("sso_start_url").orElseThrow());
        assertEquals("virtual", p.get("s3", "addressing_style").orElseThrow());
    }

    @Test
    void continuationLinesJoinWithNewlinesAndColonIsADelimiter() {
        ProfileFile file = config("[default]\ncli_alias = first\n  second\n\tthird\nregion: ap-south-1\n");
        Profile p = file.profile("default").orElseThrow();
        assertEquals("first\nsecond\nthird", p.get("cli_alias").orElseThrow());
        assertEquals("ap-south-1", p.get("region").orElseThrow());
    }

    @Test
    void ssoSessionsServicesAndQuotedNames() {
        ProfileFile file = config("""
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                [services local]
                s3 =
                  endpoint_url = http://localhost:9000
                dynamodb =
                  endpoint_url = http://localhost:8000
                [profile "spaced name"]
                region = us-east-2
                """);
        assertEquals("us-east-1", file.ssoSession("corp").orElseThrow().get("sso_region").orElseThrow());
        assertEquals("http://localhost:8000", file.services("local").orElseThrow().get("dynamodb", "endpoint_url").orElseThrow());
        assertEquals("us-east-2", file.profile("spaced name").orElseThrow().get("region").orElseThrow());
    }

    @Test
    void malformedLineNamesFileAndLineButNotTheSecret() {
        ConfigParseException e = assertThrows(ConfigParseException.class, () -> ProfileFile.parse("config", null,
                "/home/u/.aws/credentials", "[default]\naws_access_key_id = AKID\n" + SECRET + "\n"));
        assertEquals("/home/u/.aws/credentials", e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("/home/u/.aws/credentials") && e.getMessage().contains("line 3"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void otherMalformedShapes() {
        assertEquals(1, assertThrows(ConfigParseException.class, () -> config("region = x\n")).line());
        assertEquals(3, assertThrows(ConfigParseException.class, () -> config("[a]\nk=1\n[a]\n")).line());
        assertEquals(3, assertThrows(ConfigParseException.class, () -> config("[default]\nk=1\nk=2\n")).line());
        assertEquals(1, assertThrows(ConfigParseException.class, () -> config("[default\nk=1\n")).line());
        ConfigParseException nested = assertThrows(ConfigParseException.class,
                () -> config("[default]\ns3 =\n  addressing_style = path\n  " + SECRET + "\n"));
        assertEquals(4, nested.line());
        assertFalse(nested.getMessage().contains(SECRET));
    }

    @Test
    void loadsFromEnvironmentLocationsWithTildeExpansion(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve("custom"));
        Files.writeString(home.resolve("custom/cfg"), "[profile x]\nregion = sa-east-1\n");
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/credentials"), "[x]\naws_access_key_id = A\n");
        ConfigEnvironment env = ConfigEnvironment.of(Map.of("AWS_CONFIG_FILE", "~/custom/cfg"), home);
        ProfileFile file = ProfileFile.load(env);
        Profile x = file.profile("x").orElseThrow();
        assertEquals("sa-east-1", x.get("region").orElseThrow());
        assertEquals("A", x.get("aws_access_key_id").orElseThrow());
        assertEquals(home.resolve("custom/cfg"), ProfileFile.configFilePath(env));
    }

    @Test
    void indentedLineRightAfterAHeaderIsAnOrdinarySetting() {
        Profile p = config("[default]\n  region = us-east-1\n").profile("default").orElseThrow();
        assertEquals("us-east-1", p.get("region").orElseThrow());
    }

    @Test
    void parseErrorFromDiskNamesTheRealPath(@TempDir Path home) throws IOException {
        Path creds = home.resolve("elsewhere/creds");
        Files.createDirectories(creds.getParent());
        Files.writeString(creds, "[default]\n\nno equals sign here\n");
        ConfigEnvironment env = ConfigEnvironment.of(Map.of("AWS_SHARED_CREDENTIALS_FILE", "~/elsewhere/creds"), home);
        ConfigParseException e = assertThrows(ConfigParseException.class, () -> ProfileFile.load(env));
        assertEquals(creds.toString(), e.file());
        assertEquals(3, e.line());
        assertFalse(e.getMessage().contains("no equals"));
    }

    @Test
    void missingFilesAreEmpty(@TempDir Path home) {
        ProfileFile file = ProfileFile.load(ConfigEnvironment.of(Map.of(), home));
        assertTrue(file.profileNames().isEmpty());
    }

    @Test
    void activeProfileNameFollowsBotocoreOrder(@TempDir Path home) {
        assertEquals("default", ProfileFile.activeProfileName(ConfigEnvironment.of(Map.of(), home), null));
        assertEquals("p", ProfileFile.activeProfileName(ConfigEnvironment.of(Map.of("AWS_PROFILE", "p"), home), null));
        assertEquals("d", ProfileFile.activeProfileName(
                ConfigEnvironment.of(Map.of("AWS_PROFILE", "p", "AWS_DEFAULT_PROFILE", "d"), home), null));
        assertEquals("e", ProfileFile.activeProfileName(ConfigEnvironment.of(Map.of("AWS_PROFILE", "p"), home), "e"));
    }

    @Test
    void toStringsShowNoValues() {
        ProfileFile file = ProfileFile.parse("c", null, "k", "[default]\naws_secret_access_key = " + SECRET + "\n");
        assertFalse(file.toString().contains(SECRET));
        assertFalse(file.profile("default").orElseThrow().toString().contains(SECRET));
        assertFalse(ConfigEnvironment.of(Map.of("AWS_SECRET_ACCESS_KEY", SECRET), Path.of("/h")).toString().contains(SECRET));
    }
}
