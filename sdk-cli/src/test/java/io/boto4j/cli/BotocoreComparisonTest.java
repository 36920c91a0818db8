package io.boto4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --dry-run} against botocore: for the same input, credentials, region and signing
 * time, botocore (the machine's Python, through {@code src/test/python/botocore_dry_run.py})
 * must build the same request, and its SigV4 signer must compute the same Authorization for
 * boto4j's request. Skipped when python3 or botocore is missing.
 *
 * <p>Differences that are known and deliberate, and therefore not failures:
 * <ul>
 *   <li>User-Agent, amz-sdk-invocation-id (random per call) and amz-sdk-request (retry mode);
 *   <li>the signed header set: boto4j also signs amz-sdk-invocation-id, amz-sdk-request and
 *       Content-Length, botocore adds those after signing; so the Authorization headers differ,
 *       and botocore's signer re-signs boto4j's exact request to check the signature instead;
 *   <li>JSON bodies are compared as JSON (botocore writes {@code ", "} and {@code ": "}
 *       separators) and form bodies as decoded parameters (botocore encodes a space as
 *       {@code +}, boto4j as {@code %20}; both decode to a space); Content-Length is then
 *       compared only when the bytes are equal;
 *   <li>query and ec2 Content-Type: botocore adds {@code ; charset=utf-8}; boto4j sends the
 *       media type the protocol tests expect;
 *   <li>a blob payload (Lambda Invoke): boto4j sends {@code Content-Type: application/octet-stream}
 *       as the Smithy protocol tests require; botocore sends none;
 *   <li>S3 PutObject: flexible checksums: over HTTPS botocore sends a streaming
 *       input's checksum as an aws-chunked trailer, boto4j in a header; over HTTP both use the
 *       header, so PutObject is compared twice: HTTPS with {@code request_checksum_calculation=
 *       when_required} on both sides (no checksum), and HTTP with the default (a CRC32 header).
 * </ul>
 */
class BotocoreComparisonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCRIPT = Path.of("src/test/python/botocore_dry_run.py");
    private static final String TIME = "2026-11-25T12:00:00Z";
    private static final String REGION = "us-west-2";

    @BeforeAll
    static void needsBotocore() throws Exception {
        Assumptions.assumeTrue(Files.exists(SCRIPT), "run from the sdk-cli directory: " + SCRIPT + " not found");
        int code;
        try {
            Process p = new ProcessBuilder("python3", "-c", "import botocore").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            code = p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            code = -1;
        }
        Assumptions.assumeTrue(code == 0, "python3 with botocore is not available: the botocore comparison is skipped");
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "s3     | PutObject         | https://s3.us-west-2.amazonaws.com | when_required | {\"Bucket\": \"amzn-s3-demo-bucket\", \"Key\": \"dir/hello world.txt\", \"Body\": \"aGVsbG8gd29ybGQK\", \"ContentType\": \"text/plain\", \"Metadata\": {\"k\": \"v\"}}",
        "s3     | PutObject         | http://127.0.0.1:9000              | when_supported | {\"Bucket\": \"amzn-s3-demo-bucket\", \"Key\": \"dir/hello world.txt\", \"Body\": \"aGVsbG8gd29ybGQK\", \"ContentType\": \"text/plain\"}",
        "sqs    | SendMessage       |                                    | when_supported | {\"QueueUrl\": \"https://sqs.us-west-2.amazonaws.com/123456789012/q\", \"MessageBody\": \"hi there\", \"DelaySeconds\": 5, \"MessageAttributes\": {\"a\": {\"DataType\": \"Binary\", \"BinaryValue\": \"AAEC\"}}}",
        "sts    | AssumeRole        |                                    | when_supported | {\"RoleArn\": \"arn:aws:iam::123456789012:role/demo\", \"RoleSessionName\": \"s1\", \"DurationSeconds\": 900, \"Tags\": [{\"Key\": \"team\", \"Value\": \"a b\"}]}",
        "ec2    | DescribeInstances |                                    | when_supported | {\"InstanceIds\": [\"i-1234567890abcdef0\"], \"Filters\": [{\"Name\": \"instance-state-name\", \"Values\": [\"running\", \"stopped\"]}]}",
        "lambda | Invoke            |                                    | when_supported | {\"FunctionName\": \"my-function\", \"Payload\": \"eyJrIjogMX0=\", \"InvocationType\": \"RequestResponse\", \"Qualifier\": \"1\"}",
    })
    void dryRunEqualsWhatBotocoreSigns(String service, String operation, String endpoint, String checksums,
                                       String params) throws Exception {
        Map<String, String> env = CliRun.environment();
        env.put("AWS_REQUEST_CHECKSUM_CALCULATION", checksums);
        List<String> args = new ArrayList<>(List.of(service, operation, "--region", REGION, "--params", params,
                "--dry-run", "--signing-time", TIME));
        if (endpoint != null) {
            args.addAll(List.of("--endpoint-url", endpoint));
        }
        CliRun run = CliRun.run(env, args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode mine = JSON.readTree(run.out());

        ObjectNode spec = JSON.createObjectNode();
        spec.put("service", service).put("operation", operation).put("region", REGION)
                .put("accessKey", CliRun.ACCESS_KEY).put("secretKey", CliRun.SECRET_KEY).put("signingTime", TIME)
                .put("invocationId", mine.path("headers").path("amz-sdk-invocation-id").asText());
        if (endpoint != null) {
            spec.put("endpointUrl", endpoint);
        }
        spec.set("params", JSON.readTree(params));
        spec.putObject("config").put("request_checksum_calculation", checksums);
        JsonNode theirs = python(spec);

        List<String> problems = new ArrayList<>();
        same(problems, "method", mine.path("method"), theirs.path("method"));
        same(problems, "url", mine.path("url"), theirs.path("url"));
        Map<String, String> h1 = headers(mine);
        Map<String, String> h2 = headers(theirs);
        boolean jsonBody = h2.getOrDefault("content-type", "").startsWith("application/x-amz-json");
        boolean formBody = h2.getOrDefault("content-type", "").startsWith("application/x-www-form-urlencoded");
        // Equal as the server reads them; the bytes may differ in spelling (see the class comment).
        boolean bytesMayDiffer = jsonBody || formBody;
        if (jsonBody) {
            same(problems, "body (as JSON)", JSON.readTree(mine.path("body").asText()),
                    JSON.readTree(theirs.path("body").asText()));
        } else if (formBody) {
            same(problems, "body (as form parameters)", form(mine.path("body").asText()),
                    form(theirs.path("body").asText()));
        } else {
            same(problems, "body", mine.path("body"), theirs.path("body"));
            same(problems, "bodyBase64", mine.path("bodyBase64"), theirs.path("bodyBase64"));
        }
        for (String name : union(h1, h2)) {
            String a = h1.get(name);
            String b = h2.get(name);
            switch (name) {
                case "user-agent", "amz-sdk-invocation-id", "amz-sdk-request", "authorization" -> { }
                case "content-length" -> {
                    if (!bytesMayDiffer || mine.path("body").equals(theirs.path("body"))) {
                        same(problems, name, a, b);
                    }
                }
                case "content-type" -> {
                    if (!(b == null && "application/octet-stream".equals(a))) {
                        same(problems, name, mediaType(a), mediaType(b));
                    }
                }
                default -> same(problems, name, a, b);
            }
        }
        String myAuth = h1.get("authorization");
        String theirAuth = h2.get("authorization");
        same(problems, "credential scope", part(myAuth, "Credential="), part(theirAuth, "Credential="));
        if (part(myAuth, "SignedHeaders=").equals(part(theirAuth, "SignedHeaders="))) {
            same(problems, "Authorization", myAuth, theirAuth);
        }
        ObjectNode verify = spec.deepCopy();
        verify.set("verify", mine);
        String resigned = python(verify).path("authorization").asText();
        same(problems, "Authorization recomputed by botocore's signer", myAuth, resigned);

        System.out.println("botocore comparison " + service + " " + operation + ": "
                + (problems.isEmpty() ? "equal (signature verified by botocore)" : problems));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems) + "\nboto4j:\n" + mine.toPrettyString()
                + "\nbotocore:\n" + theirs.toPrettyString());
    }

    private static JsonNode python(JsonNode spec) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("python3", SCRIPT.toString());
        // botocore must not pick up the machine's profiles or credentials.
        pb.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        pb.environment().put("AWS_CONFIG_FILE", "/nonexistent/boto4j-test/config");
        pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/boto4j-test/credentials");
        pb.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(JSON.writeValueAsBytes(spec));
        }
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "botocore script timed out");
        Assumptions.assumeTrue(p.exitValue() != 3, "botocore is not installed");
        assertEquals(0, p.exitValue(), () -> "botocore script failed: " + err);
        return JSON.readTree(out);
    }

    private static Map<String, String> headers(JsonNode request) {
        Map<String, String> h = new TreeMap<>();
        request.path("headers").properties().forEach(e -> h.put(e.getKey().toLowerCase(Locale.ROOT),
                e.getValue().asText()));
        return h;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        TreeMap<String, String> all = new TreeMap<>(a);
        all.putAll(b);
        return new ArrayList<>(all.keySet());
    }

    /** Form parameters in order, decoded ({@code +} and {@code %20} both a space). */
    private static List<String> form(String body) {
        List<String> params = new ArrayList<>();
        for (String pair : body.split("&")) {
            params.add(java.net.URLDecoder.decode(pair, StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? null : contentType.split(";")[0].trim();
    }

    private static String part(String authorization, String key) {
        int i = authorization == null ? -1 : authorization.indexOf(key);
        if (i < 0) {
            return "";
        }
        int end = authorization.indexOf(',', i);
        return authorization.substring(i + key.length(), end < 0 ? authorization.length() : end);
    }

    private static void same(List<String> problems, String what, Object boto4j, Object botocore) {
        if (!java.util.Objects.equals(boto4j, botocore)) {
            problems.add(what + ": boto4j " + boto4j + ", botocore " + botocore);
        }
    }
}
