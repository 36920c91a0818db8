package io.boto4j.s3;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.SdkException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.pipeline.CallResult;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.testsupport.Botocore;
import io.boto4j.testsupport.transport.ScriptedTransport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The differential test of the S3 plugin: the same calls go through botocore 1.43.107
 * ({@code src/test/python/botocore_s3_wire.py}) and through boto4j over a {@link ScriptedTransport},
 * with the same scripted responses, credentials and clock; every request must match, signature
 * included. What differs by design in the core, not in the plugin, is normalised (as in
 * sdk-cli's {@code BotocoreComparisonTest}):
 * <ul>
 *   <li>{@code User-Agent} and the random {@code amz-sdk-invocation-id} are not compared;
 *   <li>query parameters are compared sorted: botocore writes them in the caller's order, boto4j
 *       in the model's (the signature sorts them anyway);
 *   <li>{@code Content-Length: 0} of an empty body is not compared: botocore's prepared request
 *       has it, boto4j's transports write it;
 *   <li>boto4j signs {@code Content-Length} when the request has it (a streaming payload),
 *       botocore adds it after signing; boto4j sends and signs {@code Content-Type:
 *       application/xml} with an XML document, botocore sends none: then the signed header lists
 *       are compared without them, and the signatures not at all (sdk-cli's comparison has
 *       botocore re-sign such requests);
 *   <li>boto4j sends {@code UNSIGNED-PAYLOAD} for a streamed body and for operations modelled
 *       {@code v4-unsigned-body}, where botocore (over HTTPS without a checksum header) hashes the
 *       body: that hash and the signature are not compared then;
 *   <li>XML documents: botocore writes members in the caller's order, boto4j in the model's;
 *       the tests give them in the model's order.
 * </ul>
 */
final class BotocoreWire {
    private static final Set<String> NOT_COMPARED = Set.of("user-agent", "amz-sdk-invocation-id", "host");
    private static final java.util.regex.Pattern SIGNED_HEADERS = java.util.regex.Pattern.compile("SignedHeaders=([^,]*)");
    private static final String SIGNATURE = "Signature=\\w+";
    private static final String UNSIGNED_PAYLOAD = "x-amz-content-sha256: UNSIGNED-PAYLOAD";
    private static final String CONTENT_SHA256 = "x-amz-content-sha256: [0-9a-f]{64}";
    private static final String UNCOMPARED = "Signature=(not compared: boto4j signs more headers)";

    private BotocoreWire() {
    }

    /** A scripted response. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        static Response of(int status, Map<String, String> headers, String body) {
            return new Response(status, headers, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A call of a case: its parameters as boto4j takes them (bytes, text, {@link Streamed} bodies). */
    record Call(String operation, Map<String, Object> params) {
    }

    /** A body that streams (not in memory): botocore gets it as a file-like object. */
    record Streamed(String text) implements RequestBody {
        @Override
        public long contentLength() {
            return text.getBytes(StandardCharsets.UTF_8).length;
        }

        @Override
        public boolean replayable() {
            return true;
        }

        @Override
        public Flow.Publisher<ByteBuffer> publisher() {
            return Publishers.just(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** One client, its calls and the responses they get, in order. */
    static final class Case {
        final String name;
        String service = "s3";
        String region = "us-east-1";
        String endpointUrl;
        final Map<String, Object> botocoreConfig = new LinkedHashMap<>();
        UnaryOperator<ClientConfig.Builder> boto4jConfig = b -> b;
        final List<Call> calls = new ArrayList<>();
        final List<Response> responses = new ArrayList<>();

        /** Standard retries of 3 attempts, and checksums only where required, on both sides. */
        Case(String name) {
            this.name = name;
            botocoreConfig.put("retries", Map.of("mode", "standard", "total_max_attempts", 3));
            botocoreConfig.put("request_checksum_calculation", "when_required");
            botocoreConfig.put("response_checksum_validation", "when_required");
        }

        /** The service's name as botocore and boto4j load it ({@code s3}, {@code s3control}). */
        Case service(String s) {
            service = s;
            return this;
        }

        Case region(String r) {
            region = r;
            return this;
        }

        Case endpointUrl(String url) {
            endpointUrl = url;
            return this;
        }

        /** A botocore {@code Config} argument and the boto4j setting that means the same. */
        Case config(String botocoreName, Object botocoreValue, UnaryOperator<ClientConfig.Builder> boto4j) {
            botocoreConfig.put(botocoreName, botocoreValue);
            UnaryOperator<ClientConfig.Builder> before = boto4jConfig;
            boto4jConfig = b -> boto4j.apply(before.apply(b));
            return this;
        }

        Case call(String operation, Map<String, Object> params) {
            calls.add(new Call(operation, params));
            return this;
        }

        Case respond(int status, Map<String, String> headers, String body) {
            responses.add(Response.of(status, headers, body));
            return this;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** What one side did for a case: the requests sent and, per call, the output or the failure. */
    record Outcome(List<String> requests, List<Object> results) {
    }

    /**
     * Runs every case through botocore (one process) and boto4j, asserts that the requests match
     * and returns both sides' outcomes, case by case: botocore's results as its JSON
     * ({@code {"output"}|{"error"}|{"exception"}}), boto4j's as {@link CallResult}s or
     * {@link SdkException}s.
     */
    static List<Outcome[]> compare(Path home, List<Case> cases) throws Exception {
        Botocore.assumeAvailable();
        List<Map<String, Object>> input = new ArrayList<>();
        for (Case c : cases) {
            input.add(botocoreCase(c));
        }
        List<JsonNode> botocore = Botocore.run("botocore_s3_wire.py", input);
        List<Outcome[]> outcomes = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Outcome theirs = botocoreOutcome(botocore.get(i));
            Outcome ours = boto4jOutcome(home, cases.get(i));
            List<String> expected = new ArrayList<>(theirs.requests());
            List<String> actual = new ArrayList<>(ours.requests());
            for (int r = 0; r < Math.min(expected.size(), actual.size()); r++) {
                String[] pair = withoutCoreDifferences(expected.get(r), actual.get(r));
                expected.set(r, pair[0]);
                actual.set(r, pair[1]);
            }
            assertEquals(String.join("\n", expected), String.join("\n", actual),
                    cases.get(i) + ": the requests botocore sent (expected) and boto4j's");
            outcomes.add(new Outcome[] {theirs, ours});
        }
        return outcomes;
    }

    private static Map<String, Object> botocoreCase(Case c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", c.service);
        m.put("region", c.region);
        if (c.endpointUrl != null) {
            m.put("endpointUrl", c.endpointUrl);
        }
        m.put("config", c.botocoreConfig);
        m.put("time", TestRuntimes.NOW.toString());
        List<Map<String, Object>> calls = new ArrayList<>();
        for (Call call : c.calls) {
            calls.add(Map.of("operation", call.operation(), "params", toBotocore(call.params())));
        }
        m.put("calls", calls);
        List<Map<String, Object>> responses = new ArrayList<>();
        for (Response r : c.responses) {
            responses.add(Map.of("status", r.status(), "headers", r.headers(),
                    "bodyB64", Base64.getEncoder().encodeToString(r.body())));
        }
        m.put("responses", responses);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Object toBotocore(Object value) {
        if (value instanceof byte[] bytes) {
            return Map.of("$b64", Base64.getEncoder().encodeToString(bytes));
        }
        if (value instanceof Streamed s) {
            return Map.of("$stream", s.text());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, toBotocore(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BotocoreWire::toBotocore).toList();
        }
        return value;
    }

    private static Outcome botocoreOutcome(JsonNode line) {
        List<String> requests = new ArrayList<>();
        for (JsonNode r : line.path("requests")) {
            Map<String, String> headers = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = r.path("headers").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> h = it.next();
                headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue().asText());
            }
            requests.add(describe(r.path("method").asText(), r.path("url").asText(), headers,
                    Base64.getDecoder().decode(r.path("bodyB64").asText())));
        }
        List<Object> results = new ArrayList<>();
        line.path("results").forEach(results::add);
        return new Outcome(requests, results);
    }

    private static Outcome boto4jOutcome(Path home, Case c) {
        // botocore answers an empty 200 once the script runs out; so does this side.
        ScriptedTransport transport = ScriptedTransport.answeringEmpty200();
        for (Response r : c.responses) {
            transport.respond(r.status(), r.headers(), r.body());
        }
        ClientConfig.Builder config = c.boto4jConfig.apply(ClientConfig.builder().retryMode("standard").maxAttempts(3)
                .requestChecksumCalculation("when_required").responseChecksumValidation("when_required"));
        if (c.endpointUrl != null) {
            config.endpointUrl(c.endpointUrl);
        }
        ServiceRuntime runtime = TestRuntimes.runtime(c.service, c.region, transport, config, home);
        List<Object> results = new ArrayList<>();
        for (Call call : c.calls) {
            try {
                results.add(runtime.invoke(call.operation(), call.params()).join());
            } catch (CompletionException e) {
                results.add(e.getCause());
            }
        }
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < transport.sent().size(); i++) {
            TransportRequest sent = transport.sent().get(i);
            Map<String, String> headers = new TreeMap<>();
            sent.request().headers().forEach((name, value) -> headers.merge(name.toLowerCase(Locale.ROOT), value,
                    (a, b) -> a + "," + b));
            requests.add(describe(sent.request().method(), sent.request().uri().toString(), headers,
                    transport.bodies().get(i)));
        }
        return new Outcome(requests, results);
    }

    /**
     * The pair of requests without the core's known differences (see the class comment): the
     * headers boto4j signs and botocore does not ({@code content-length}; {@code content-type} of
     * an XML document, which botocore does not send) leave the signed list, an XML
     * {@code content-type} botocore did not send leaves boto4j's headers, and then the
     * signatures cannot be compared.
     */
    private static String[] withoutCoreDifferences(String theirs, String ours) {
        if (ours.contains(UNSIGNED_PAYLOAD) && !theirs.contains(UNSIGNED_PAYLOAD)) {
            ours = ours.replaceFirst(SIGNATURE, UNCOMPARED);
            theirs = theirs.replaceFirst(CONTENT_SHA256, UNSIGNED_PAYLOAD).replaceFirst(SIGNATURE, UNCOMPARED);
        }
        java.util.regex.Matcher t = SIGNED_HEADERS.matcher(theirs);
        java.util.regex.Matcher o = SIGNED_HEADERS.matcher(ours);
        if (!t.find() || !o.find() || t.group(1).equals(o.group(1))) {
            return new String[] {theirs, ours};
        }
        List<String> theirSigned = List.of(t.group(1).split(";"));
        List<String> ourSigned = new ArrayList<>(List.of(o.group(1).split(";")));
        boolean onlyKnown = ourSigned.stream().filter(h -> !theirSigned.contains(h))
                .allMatch(h -> h.equals("content-length") || h.equals("content-type"));
        if (!onlyKnown) {
            return new String[] {theirs, ours};
        }
        ourSigned.retainAll(theirSigned);
        String normalised = ours.replace(o.group(0), "SignedHeaders=" + String.join(";", ourSigned))
                .replaceFirst(SIGNATURE, UNCOMPARED);
        if (!theirs.contains("\n  content-type: ")) {
            normalised = normalised.replace("\n  content-type: application/xml\n", "\n");
        }
        return new String[] {theirs.replaceFirst(SIGNATURE, UNCOMPARED), normalised};
    }

    /** A request as text, one header a line, for a readable diff; normalised as the class comment says. */
    private static String describe(String method, String url, Map<String, String> headers, byte[] body) {
        StringBuilder sb = new StringBuilder(method).append(' ').append(sortedQuery(url)).append('\n');
        headers.forEach((name, value) -> {
            boolean emptyLength = name.equals("content-length") && value.equals("0");
            if (!NOT_COMPARED.contains(name) && !emptyLength) {
                sb.append("  ").append(name).append(": ").append(value).append('\n');
            }
        });
        return sb.append("  body: ").append(new String(body, StandardCharsets.UTF_8)).append('\n').toString();
    }

    private static String sortedQuery(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        List<String> params = new ArrayList<>(List.of(url.substring(q + 1).split("&")));
        params.sort(null);
        return url.substring(0, q + 1) + String.join("&", params);
    }
}
