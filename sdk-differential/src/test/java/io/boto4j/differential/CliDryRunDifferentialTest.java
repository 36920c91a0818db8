package io.boto4j.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.cli.Cli;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.loader.ModelLoader;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CLI's {@code --dry-run} against botocore: for the same input (as the CLI takes it, blobs in
 * base64), credentials, region and signing time, botocore must build the same request and its
 * signer must compute the same Authorization for the CLI's request. Compared by
 * {@link RequestComparison}; differences are accepted only through the accepted-differences file.
 * PutObject runs twice: over HTTPS with {@code request_checksum_calculation=when_required} on both
 * sides, and over HTTP with the default (a CRC32 header on both).
 */
@ExtendWith(WithBotocore.class)
class CliDryRunDifferentialTest {
    private static final String TIME = Clients.SIGNING_TIME.toString();

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "s3     | PutObject         | https://s3.us-west-2.amazonaws.com | when_required | {\"Bucket\": \"amzn-s3-demo-bucket\", \"Key\": \"dir/hello world.txt\", \"Body\": \"aGVsbG8gd29ybGQK\", \"ContentType\": \"text/plain\", \"Metadata\": {\"k\": \"v\"}}",
        "s3     | PutObject         | http://127.0.0.1:9000              | when_supported | {\"Bucket\": \"amzn-s3-demo-bucket\", \"Key\": \"dir/hello world.txt\", \"Body\": \"aGVsbG8gd29ybGQK\", \"ContentType\": \"text/plain\"}",
        "sqs    | SendMessage       |                                    | when_supported | {\"QueueUrl\": \"https://sqs.us-west-2.amazonaws.com/123456789012/q\", \"MessageBody\": \"hi there\", \"DelaySeconds\": 5, \"MessageAttributes\": {\"a\": {\"DataType\": \"Binary\", \"BinaryValue\": \"AAEC\"}}}",
        "sts    | AssumeRole        |                                    | when_supported | {\"RoleArn\": \"arn:aws:iam::123456789012:role/demo\", \"RoleSessionName\": \"s1\", \"DurationSeconds\": 900, \"Tags\": [{\"Key\": \"team\", \"Value\": \"a b\"}]}",
        "ec2    | DescribeInstances |                                    | when_supported | {\"InstanceIds\": [\"i-1234567890abcdef0\"], \"Filters\": [{\"Name\": \"instance-state-name\", \"Values\": [\"running\", \"stopped\"]}]}",
        "lambda | Invoke            |                                    | when_supported | {\"FunctionName\": \"my-function\", \"Payload\": \"eyJrIjogMX0=\", \"InvocationType\": \"RequestResponse\", \"Qualifier\": \"1\"}",
        "cloudwatch | PutMetricData |                                    | when_supported | {\"Namespace\": \"app\", \"MetricData\": [{\"MetricName\": \"latency\", \"Value\": 1.5, \"Unit\": \"Seconds\"}]}",
    })
    void dryRunIsWhatBotocoreSends(String service, String operation, String endpoint, String checksums,
                                   String params) throws Exception {
        WireRequest mine = cliDryRun(service, operation, endpoint, checksums, params);

        ObjectNode msg = JsonNodeFactory.instance.objectNode().put("kind", "request").put("operation", operation);
        ObjectNode client = new Clients.Spec(service, endpoint).toDriver();
        ((ObjectNode) client.get("config")).put("request_checksum_calculation", checksums);
        msg.set("client", client);
        msg.set("params", BotocoreDriver.JSON.readTree(params));
        JsonNode answer = WithBotocore.driver().call(msg);
        assertTrue(answer.has("request"), () -> "botocore did not build the request: " + answer);
        WireRequest theirs = WireRequest.fromDriver(answer.path("request"));

        String protocol = OperationCatalog.botocoreProtocol(ModelLoader.defaultLoader().serviceModel(service));
        List<Difference> differences = new ArrayList<>(RequestComparison.compare(protocol, false, mine, theirs));
        differences.addAll(RequestComparison.sameSignature(mine, theirs,
                differences.isEmpty() && java.util.Arrays.equals(mine.body(), theirs.body())));
        ObjectNode verify = JsonNodeFactory.instance.objectNode().put("kind", "verify");
        verify.set("request", mine.toDriver());
        String resigned = WithBotocore.driver().call(verify).path("authorization").asText();
        if (!resigned.equals(mine.header("authorization"))) {
            differences.add(Difference.of("signature.verify", mine.header("authorization"), resigned));
        }

        AcceptedDifferences accepted = AcceptedDifferences.load();
        List<String> notAccepted = new ArrayList<>();
        List<String> acceptedOnes = new ArrayList<>();
        for (Difference d : differences) {
            Optional<AcceptedDifferences.Entry> e = accepted.accepting("request", protocol, service, operation, d);
            (e.isPresent() ? acceptedOnes : notAccepted).add(d + (e.isPresent() ? " (" + e.get().reason + ")" : ""));
        }
        System.out.println("botocore comparison of the CLI's dry run, " + service + " " + operation + ": "
                + (differences.isEmpty() ? "identical (signature verified by botocore)"
                : notAccepted.isEmpty() ? "accepted differences " + acceptedOnes : "different " + notAccepted));
        assertEquals(List.of(), notAccepted, () -> "boto4j: " + mine + "\nbotocore: " + theirs);
    }

    /** Runs the CLI in this JVM with fixed credentials and no config files; its dry run as a request. */
    private static WireRequest cliDryRun(String service, String operation, String endpoint, String checksums,
                                         String params) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_ACCESS_KEY_ID", Clients.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", Clients.SECRET_KEY);
        env.put("AWS_SESSION_TOKEN", Clients.SESSION_TOKEN);
        env.put("AWS_CONFIG_FILE", "/nonexistent/boto4j-differential/config");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/boto4j-differential/credentials");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_REQUEST_CHECKSUM_CALCULATION", checksums);
        List<String> args = new ArrayList<>(List.of(service, operation, "--region", Clients.REGION, "--params", params,
                "--dry-run", "--signing-time", TIME));
        if (endpoint != null) {
            args.addAll(List.of("--endpoint-url", endpoint));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                ConfigEnvironment.of(env, Path.of("/nonexistent/boto4j-differential/home")))
                .run(args.toArray(String[]::new));
        assertEquals(0, code, () -> "the CLI failed: " + err.toString(StandardCharsets.UTF_8));
        JsonNode dry = BotocoreDriver.JSON.readTree(out.toByteArray());
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        dry.path("headers").properties().forEach(e ->
                headers.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue().asText())));
        byte[] body = dry.has("bodyBase64") ? Base64.getDecoder().decode(dry.path("bodyBase64").asText())
                : dry.path("body").asText("").getBytes(StandardCharsets.UTF_8);
        return new WireRequest(dry.path("method").asText(), dry.path("url").asText(), headers, body);
    }
}
