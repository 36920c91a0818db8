package io.boto4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Top-level input members as options ({@code --bucket b --max-keys 5}), beside and over
 * {@code --params}, with errors in the model's terms. Dry runs: nothing leaves the machine.
 */
class InputOptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode signed(String... args) throws Exception {
        CliRun r = CliRun.run(args);
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.readTree(r.out());
    }

    @Test
    void membersAreOptionsInKebabCaseWithScalarsParsedByType() throws Exception {
        JsonNode req = signed("s3", "list-objects-v2", "--bucket", "amzn-s3-demo-bucket", "--max-keys", "5",
                "--prefix=logs/", "--dry-run");
        assertEquals("https://amzn-s3-demo-bucket.s3.us-west-2.amazonaws.com/?list-type=2&encoding-type=url&max-keys=5&prefix=logs%2F",
                req.path("url").asText());
        String epoch = signed("ec2", "describe-spot-price-history", "--start-time", "1795608000", "--dry-run")
                .path("body").asText();
        String iso = signed("ec2", "describe-spot-price-history", "--start-time", "2026-11-25T12:00:00Z", "--dry-run")
                .path("body").asText();
        assertTrue(iso.contains("StartTime=2026-11-25T12%3A00%3A00Z"), iso);
        assertEquals(iso, epoch);
    }

    @Test
    void booleansAreFlagPairs() throws Exception {
        String on = signed("s3", "list-objects-v2", "--bucket", "b", "--fetch-owner", "--dry-run").path("url").asText();
        String off = signed("s3", "list-objects-v2", "--bucket", "b", "--no-fetch-owner", "--dry-run").path("url").asText();
        assertTrue(on.endsWith("&fetch-owner=true"), on);
        assertTrue(off.endsWith("&fetch-owner=false"), off);
        // A member whose own name starts with "No": --no-reboot sets it, --no-no-reboot clears it.
        assertTrue(signed("ec2", "create-image", "--instance-id", "i-1", "--name", "img", "--no-reboot", "--dry-run")
                .path("body").asText().contains("NoReboot=true"));
        assertTrue(signed("ec2", "create-image", "--instance-id", "i-1", "--name", "img", "--no-no-reboot", "--dry-run")
                .path("body").asText().contains("NoReboot=false"));
        assertUsage(CliRun.run("s3", "list-objects-v2", "--bucket", "b", "--fetch-owner=true", "--dry-run"),
                "--fetch-owner takes no value: FetchOwner is a boolean; use --fetch-owner for true or --no-fetch-owner for false");
    }

    @Test
    void listsStructuresAndMapsAreJson() throws Exception {
        String body = signed("ec2", "describe-instances", "--instance-ids", "[\"i-1\", \"i-2\"]", "--dry-run")
                .path("body").asText();
        assertTrue(body.contains("InstanceId.1=i-1&InstanceId.2=i-2"), body);
        JsonNode sent = JSON.readTree(signed("sqs", "send-message", "--queue-url", "https://sqs.us-west-2.amazonaws.com/1/q",
                "--message-body", "hi", "--delay-seconds", "3", "--message-attributes",
                "{\"color\": {\"DataType\": \"String\", \"StringValue\": \"blue\"}}", "--dry-run").path("body").asText());
        assertEquals(3, sent.path("DelaySeconds").asInt());
        assertEquals("blue", sent.path("MessageAttributes").path("color").path("StringValue").asText(), sent::toString);
        assertUsage(CliRun.run("ec2", "describe-instances", "--instance-ids", "i-1", "--dry-run"),
                "--instance-ids expects a JSON list (InstanceIds, list of string), but this is not valid JSON");
    }

    @Test
    void optionsWinOverTheSameMemberInParams() throws Exception {
        String url = signed("s3", "list-objects-v2", "--params", "{\"Bucket\": \"from-params\", \"MaxKeys\": 1,"
                + " \"Prefix\": \"p/\"}", "--max-keys", "7", "--dry-run").path("url").asText();
        assertEquals("https://from-params.s3.us-west-2.amazonaws.com/?list-type=2&encoding-type=url&max-keys=7&prefix=p%2F", url);
    }

    @Test
    void typeErrorsSpeakInTheModelsTermsAndComeAllAtOnce() {
        CliRun r = CliRun.run("s3", "list-objects-v2", "--bucket", "b", "--max-keys", "ten", "--dry-run");
        assertUsage(r, "--max-keys expects an integer (MaxKeys, integer), not 'ten'");
        CliRun params = CliRun.run("sqs", "send-message", "--dry-run", "--params",
                "{\"QueueUrl\": 5, \"DelaySeconds\": \"x\", \"MessageAttributes\": {\"a\": {\"DataType\": true}}}");
        assertUsage(params, "--params: QueueUrl expects a string (QueueUrl, string), got 5");
        assertUsage(params, "--params: DelaySeconds expects an integer (DelaySeconds, integer), got \"x\"");
        assertUsage(params, "--params: MessageAttributes[\"a\"].DataType expects a string (DataType, string), got true");
        assertUsage(params, "missing required MessageBody (string): give --message-body VALUE or \"MessageBody\" in --params");
        assertFalse(params.err().contains("java."), "no Java class names: " + params);
        assertUsage(CliRun.run("ec2", "describe-spot-price-history", "--start-time", "yesterday", "--dry-run"),
                "--start-time expects a timestamp (ISO-8601 such as 2026-11-25T12:00:00Z, or epoch seconds)"
                        + " (StartTime, timestamp), not 'yesterday'");
    }

    @Test
    void optionErrorsNameWhatToChange() {
        assertUsage(CliRun.run("s3", "list-objects-v2", "--bukcet", "b"),
                "unknown option --bukcet for s3 list-objects-v2 (did you mean --bucket");
        assertUsage(CliRun.run("--bucket", "b", "s3", "list-objects-v2"),
                "unknown option --bucket; options of an operation's input come after it");
        assertUsage(CliRun.run("s3", "list-objects-v2", "--bucket"), "--bucket needs a value (Bucket, string)");
        assertUsage(CliRun.run("s3", "list-objects-v2", "--bucket", "--max-keys", "1"), "--bucket needs a value");
        assertUsage(CliRun.run("s3", "list-objects-v2", "--bucket", "a", "--bucket", "b"),
                "--bucket is given twice (--bucket set Bucket before); give it once");
        assertUsage(CliRun.run("s3", "list-objects-v2", "--fetch-owner", "--no-fetch-owner", "--bucket", "b"),
                "--no-fetch-owner is given twice (--fetch-owner set FetchOwner before)");
    }

    @Test
    void aMemberNamedLikeOneOfBoto4jsOwnOptionsIsSetInParams() throws Exception {
        // EC2's DryRun would be --dry-run, which is boto4j's own: it signs without sending.
        CliRun help = CliRun.run("ec2", "describe-instances", "help");
        assertTrue(help.out().contains("DryRun  boolean  in --params only (--dry-run is boto4j's own option)"), help::toString);
        assertTrue(help.out().contains("InstanceIds  list<InstanceId>  --instance-ids"), help::toString);
        assertUsage(CliRun.run("ec2", "describe-instances", "--no-dry-run"), "unknown option --no-dry-run");
        assertTrue(signed("ec2", "describe-instances", "--params", "{\"DryRun\": true}", "--dry-run")
                .path("body").asText().contains("DryRun=true"));
    }

    @Test
    void waitersTakeTheOptionsOfTheOperationTheyPoll() {
        assertUsage(CliRun.run("dynamodb", "wait", "table-exists", "--tabel-name", "t"),
                "unknown option --tabel-name for dynamodb describe-table (did you mean --table-name");
    }

    @Test
    void versionNamesBoto4jTheModelsAndJava() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().matches("boto4j/\\S+ botocore-models/1\\.43\\.107 Java/" + Runtime.version()
                .feature() + "\\S* \\S+/\\S+ \\S+\\n"), r.out());
        assertFalse(r.out().contains("unknown"), "the module version is compiled in: " + r.out());
    }

    private static void assertUsage(CliRun r, String problem) {
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains(problem), () -> "expected '" + problem + "' in\n" + r);
    }
}
