package io.boto4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exit codes, help, skeletons, dry runs and input conversion of the CLI, run in-process. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIME = "2026-11-25T12:00:00Z";

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void helpListsTheBundledServices() {
        CliRun r = CliRun.run("help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\n  s3\n") && r.out().contains("\n  sts\n") && r.out().contains("usage:"), r::toString);
    }

    @Test
    void serviceHelpListsOperationsInKebabCaseAndMarksPaginators() {
        CliRun r = CliRun.run("s3", "help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\n  put-object\n"), r::toString);
        assertTrue(r.out().contains("\n  list-objects-v2 *\n"), r::toString);
        assertTrue(r.out().contains("bucket-exists"), "waiters are listed: " + r);
    }

    @Test
    void operationHelpDescribesInputAndOutput() {
        CliRun r = CliRun.run("sqs", "send-message", "help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("QueueUrl  string  (required)"), r::toString);
        assertTrue(r.out().contains("MessageId"), r::toString);
    }

    @Test
    void usageErrorsExit252AndNameTheProblem() {
        assertUsage(CliRun.run(), "no service given");
        assertUsage(CliRun.run("s3x", "help"), "unknown service 's3x'");
        assertUsage(CliRun.run("s3"), "no operation given");
        assertUsage(CliRun.run("s3", "get-objet"), "did you mean get-object");
        assertUsage(CliRun.run("s3", "list-buckets", "--regoin", "x"), "unknown option --regoin for s3 list-buckets (did you mean --region");
        assertUsage(CliRun.run("s3", "list-buckets", "--region"), "--region needs a value");
        assertUsage(CliRun.run("sts", "get-caller-identity", "--signing-time", TIME), "--signing-time only applies");
        assertUsage(CliRun.run("sqs", "list-queues", "--params", "{bad"), "--params is not valid JSON");
        assertUsage(CliRun.run("sqs", "list-queues", "--params", "[1]"), "--params must be a JSON object");
        assertUsage(CliRun.run("sqs", "list-queues", "--params", "file:///nonexistent/p.json"), "no such file");
        assertUsage(CliRun.run("sts", "get-caller-identity", "--endpoint-url", "ftp://x"), "--endpoint-url must be");
        assertUsage(CliRun.run("sts", "get-caller-identity", "--paginate"), "cannot be paginated");
    }

    @Test
    void validationErrorsExit252WithEveryProblem() {
        CliRun r = CliRun.run("sqs", "send-message", "--params", "{\"DelaySeconds\": \"x\", \"Nope\": 1}", "--dry-run");
        assertUsage(r, "QueueUrl");
        assertTrue(r.err().contains("MessageBody") && r.err().contains("Nope") && r.err().contains("DelaySeconds"), r::toString);
    }

    @Test
    void badBase64AndBadTimestampsAreUsageErrors() {
        assertUsage(CliRun.run("lambda", "invoke", "--dry-run", "--params",
                "{\"FunctionName\": \"f\", \"Payload\": \"%%%\"}"), "Invalid base64 for blob parameter Payload");
        assertUsage(CliRun.run("ec2", "describe-spot-price-history", "--dry-run", "--params",
                "{\"StartTime\": \"yesterday\"}"), "Invalid timestamp for parameter StartTime");
    }

    @Test
    void skeletonListsEveryInputMember() throws Exception {
        CliRun r = CliRun.run("sqs", "send-message", "--skeleton");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode skeleton = json(r.out());
        assertTrue(skeleton.has("QueueUrl") && skeleton.has("MessageBody") && skeleton.has("MessageAttributes"), r::toString);
        assertTrue(r.out().startsWith("{\n    \""), "indented like the AWS CLI: " + r.out());
        CliRun blob = CliRun.run("lambda", "Invoke", "--skeleton");
        assertEquals("", json(blob.out()).path("Payload").asText("missing"), "a blob is base64 text");
    }

    @Test
    void dryRunPrintsTheSignedRequest() throws Exception {
        CliRun r = CliRun.run("sts", "get-caller-identity", "--dry-run", "--signing-time", TIME);
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode req = json(r.out());
        assertEquals("POST", req.path("method").asText());
        assertEquals("https://sts.us-west-2.amazonaws.com/", req.path("url").asText());
        assertEquals("Action=GetCallerIdentity&Version=2011-06-15", req.path("body").asText());
        assertEquals("20261125T120000Z", req.path("headers").path("X-Amz-Date").asText());
        assertTrue(req.path("headers").path("Authorization").asText()
                .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261125/us-west-2/sts/aws4_request"), r::toString);
    }

    @Test
    void dryRunIsReproducibleWithAFixedSigningTime() throws Exception {
        String[] args = {"s3", "put-object", "--dry-run", "--signing-time", "1764072000", "--params",
                "{\"Bucket\": \"b\", \"Key\": \"k\", \"Body\": \"aGk=\"}"};
        JsonNode first = json(CliRun.run(args).out());
        JsonNode second = json(CliRun.run(args).out());
        // The invocation id is random per call, and signed; everything else must repeat.
        ((com.fasterxml.jackson.databind.node.ObjectNode) first.path("headers")).remove(java.util.List.of("amz-sdk-invocation-id", "Authorization"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) second.path("headers")).remove(java.util.List.of("amz-sdk-invocation-id", "Authorization"));
        assertEquals(first, second);
        assertEquals("20251125T120000Z", first.path("headers").path("X-Amz-Date").asText(), "epoch seconds accepted");
        // Over https PutObject's body goes aws-chunked with its CRC32 in a trailer, as botocore sends it.
        assertTrue(first.path("body").asText().startsWith("2\r\nhi\r\n0\r\nx-amz-checksum-crc32:"),
                "the blob was base64 in --params: " + first.path("body").asText());
    }

    @Test
    void aBodyThatIsNotUtf8IsPrintedAsBase64() throws Exception {
        CliRun r = CliRun.run("s3", "put-object", "--dry-run", "--params",
                "{\"Bucket\": \"amzn-s3-demo-bucket\", \"Key\": \"k\", \"Body\": \"/w==\"}");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode req = json(r.out());
        byte[] framed = java.util.Base64.getDecoder().decode(req.path("bodyBase64").asText());
        assertEquals("1\r\n\u00ff\r\n", new String(framed, 0, 6, java.nio.charset.StandardCharsets.ISO_8859_1), r::toString);
        assertFalse(req.has("body"));
        assertEquals("https://amzn-s3-demo-bucket.s3.us-west-2.amazonaws.com/k", req.path("url").asText());
    }

    @Test
    void timestampsAcceptIso8601AndEpochSeconds() throws Exception {
        String iso = json(CliRun.run("ec2", "describe-spot-price-history", "--dry-run", "--params",
                "{\"StartTime\": \"2026-11-25T12:00:00Z\"}").out()).path("body").asText();
        String epoch = json(CliRun.run("ec2", "describe-spot-price-history", "--dry-run", "--params",
                "{\"StartTime\": 1795608000}").out()).path("body").asText();
        assertTrue(iso.contains("StartTime=2026-11-25T12%3A00%3A00Z"), iso);
        assertEquals(iso, epoch);
    }

    @Test
    void paramsMayComeFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\"QueueUrl\": \"https://sqs.us-west-2.amazonaws.com/1/q\", \"MessageBody\": \"hi\"}");
        CliRun r = CliRun.run("sqs", "SendMessage", "--dry-run", "--params", "file://" + file);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("hi", json(json(r.out()).path("body").asText()).path("MessageBody").asText());
    }

    @Test
    void noCredentialsExits253() {
        Map<String, String> env = CliRun.environment();
        env.remove("AWS_ACCESS_KEY_ID");
        env.remove("AWS_SECRET_ACCESS_KEY");
        CliRun r = CliRun.run(env, "sts", "get-caller-identity", "--dry-run");
        assertEquals(ExitCodes.CONFIG, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Unable to locate credentials"), r::toString);
    }

    @Test
    void noSignRequestSendsNoSignature() throws Exception {
        CliRun r = CliRun.run("s3", "list-objects-v2", "--no-sign-request", "--dry-run", "--params", "{\"Bucket\": \"b\"}");
        assertEquals(0, r.exitCode(), r::toString);
        assertFalse(json(r.out()).path("headers").has("Authorization"), r::toString);
    }

    @Test
    void modelsFoundThroughAwsDataPathWork(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("widgets/2024-01-01");
        Files.createDirectories(model);
        Files.writeString(model.resolve("service-2.json"), """
                {"version": "2.0",
                 "metadata": {"apiVersion": "2024-01-01", "endpointPrefix": "widgets", "jsonVersion": "1.0",
                   "protocol": "json", "protocols": ["json"], "serviceId": "Widgets", "signatureVersion": "v4",
                   "signingName": "widgets", "targetPrefix": "Widgets", "uid": "widgets-2024-01-01"},
                 "operations": {"MakeWidget": {"name": "MakeWidget", "http": {"method": "POST", "requestUri": "/"},
                   "input": {"shape": "MakeWidgetInput"}, "output": {"shape": "MakeWidgetOutput"}}},
                 "shapes": {
                   "MakeWidgetInput": {"type": "structure", "required": ["Name"], "members": {"Name": {"shape": "Text"}}},
                   "MakeWidgetOutput": {"type": "structure", "members": {"Id": {"shape": "Text"}}},
                   "Text": {"type": "string"}}}
                """, StandardCharsets.UTF_8);
        Map<String, String> env = CliRun.environment();
        env.put("AWS_DATA_PATH", dir.toString());
        assertTrue(CliRun.run(env, "help").out().contains("\n  widgets\n"));
        CliRun r = CliRun.run(env, "widgets", "make-widget", "--endpoint-url", "https://widgets.example.com",
                "--dry-run", "--params", "{\"Name\": \"w\"}");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode req = json(r.out());
        assertEquals("Widgets.MakeWidget", req.path("headers").path("X-Amz-Target").asText(), r::toString);
        assertEquals("{\"Name\":\"w\"}", req.path("body").asText());
    }

    private static void assertUsage(CliRun r, String problem) {
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains(problem), () -> "expected '" + problem + "' in\n" + r);
    }
}
