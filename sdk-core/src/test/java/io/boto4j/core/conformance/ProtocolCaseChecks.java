package io.boto4j.core.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.protocol.ServiceErrorDetails;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One protocol-suite case against a codec: the request a codec builds for an input case, the
 * value it parses from an output case. Each check returns null when the case passes, else the
 * problems; a part the case does not give is not checked.
 */
final class ProtocolCaseChecks {

    private ProtocolCaseChecks() {
    }

    /** A one-operation model from a suite's metadata and shapes and a case's {@code given}. */
    static ServiceModel suiteModel(JsonNode suite, JsonNode given) {
        ObjectNode json = ConformanceValues.JSON.createObjectNode();
        json.set("metadata", suite.path("metadata"));
        json.set("shapes", suite.path("shapes"));
        json.putObject("operations").set(given.path("name").asText(), given);
        return ServiceModel.fromJson("conformance", json);
    }

    /** The request {@code codec} builds for an input case, against the case's {@code serialized}. */
    static String checkInput(ProtocolCodec codec, OperationModel op, JsonNode c) {
        return checkInput(codec, op, c, new ArrayList<>());
    }

    /**
     * Like {@link #checkInput(ProtocolCodec, OperationModel, JsonNode)}; a {@code Content-Type}
     * the suite expects on a rest-xml body or a raw rest payload, which botocore 1.43.107 does not
     * send (and so neither does boto4j), is not a problem but a note added to {@code asBotocore}.
     */
    @SuppressWarnings("unchecked")
    static String checkInput(ProtocolCodec codec, OperationModel op, JsonNode c, List<String> asBotocore) {
        JsonNode expected = c.path("serialized");
        Map<String, Object> params = op.inputShape() == null ? new LinkedHashMap<>()
                : (Map<String, Object>) ConformanceValues.toValue(op.inputShape(), c.path("params"));
        if (params == null) {
            params = new LinkedHashMap<>();
        }
        String host = expected.path("host").asText("example.com");
        URI endpoint = URI.create("https://" + (host.contains("/") ? host : "example.com"));
        SdkHttpRequest req = codec.serialize(op, params, endpoint);

        // Each part is checked only when the case gives it (older suites leave out method and host).
        List<String> problems = new ArrayList<>();
        if (expected.has("method") && !expected.path("method").asText().equalsIgnoreCase(req.method())) {
            problems.add("method: expected " + expected.path("method").asText() + ", got " + req.method());
        }
        if (expected.has("uri")) {
            String uri = expected.path("uri").asText();
            int q = uri.indexOf('?');
            String expPath = q < 0 ? uri : uri.substring(0, q);
            String expQuery = q < 0 ? "" : uri.substring(q + 1);
            if (!expPath.equals(req.fullEncodedPath())) {
                problems.add("path: expected " + expPath + ", got " + req.fullEncodedPath());
            }
            if (!queryPairs(expQuery).equals(queryPairs(req.encodedQuery()))) {
                problems.add("query: expected " + expQuery + ", got " + req.encodedQuery());
            }
        }
        if (expected.has("host")) {
            String actualHost = req.endpoint().getHost() + basePath(req.endpoint());
            if (!expected.path("host").asText().equals(actualHost)) {
                problems.add("host: expected " + expected.path("host").asText() + ", got " + actualHost);
            }
        }
        Headers headers = req.headers();
        expected.path("headers").fields().forEachRemaining(e -> {
            List<String> values = headers.all(e.getKey());
            String actual = values.isEmpty() ? null : String.join(", ", values);
            if (actual == null && e.getKey().equalsIgnoreCase("Content-Type") && codec.name().startsWith("rest-")
                    && !e.getValue().asText().contains("json")) {
                asBotocore.add("no Content-Type " + e.getValue().asText());
            } else if (!sameHeader(e.getKey(), e.getValue().asText(), actual)) {
                problems.add("header " + e.getKey() + ": expected '" + e.getValue().asText() + "', got '" + actual + "'");
            }
        });
        expected.path("forbidHeaders").forEach(h -> {
            if (headers.contains(h.asText())) {
                problems.add("header " + h.asText() + " must not be sent");
            }
        });
        expected.path("requireHeaders").forEach(h -> {
            if (!headers.contains(h.asText())) {
                problems.add("header " + h.asText() + " is required");
            }
        });
        if (expected.has("body")) {
            String bodyProblem = Bodies.compare(codec.name(), expected.path("body").asText(), req.bodyBytes());
            if (bodyProblem != null) {
                problems.add(bodyProblem);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    static String checkOutput(ProtocolCodec codec, OperationModel op, JsonNode c) {
        JsonNode response = c.path("response");
        Headers headers = new Headers();
        response.path("headers").fields().forEachRemaining(e -> headers.add(e.getKey(), e.getValue().asText()));
        byte[] body = null;
        if (response.has("body")) {
            String text = response.path("body").asText();
            body = codec.name().equals("smithy-rpc-v2-cbor") ? Base64.getDecoder().decode(text)
                    : text.getBytes(StandardCharsets.UTF_8);
        }
        SdkHttpResponse resp = new SdkHttpResponse(response.path("status_code").asInt(200), headers, body);
        List<String> problems = new ArrayList<>();
        if (c.has("error") || c.has("errorCode")) {
            ServiceErrorDetails err = codec.parseError(op, resp);
            if (c.has("errorCode") && !c.path("errorCode").asText().equals(err.code())) {
                problems.add("error code: expected " + c.path("errorCode").asText() + ", got " + err.code());
            }
            if (c.has("errorMessage") && !c.path("errorMessage").asText().equals(err.message())) {
                problems.add("error message: expected " + c.path("errorMessage").asText() + ", got " + err.message());
            }
            if (c.has("error")) {
                JsonNode actual = ConformanceValues.toJson(err.fields());
                if (!ConformanceValues.sameJson(c.path("error"), actual)) {
                    problems.add("error fields: expected " + c.path("error") + ", got " + actual);
                }
            }
        } else {
            Map<String, Object> result = codec.parse(op, resp);
            JsonNode actual = ConformanceValues.toJson(result);
            JsonNode expectedResult = c.has("result") ? c.path("result") : ConformanceValues.JSON.createObjectNode();
            if (!ConformanceValues.sameJson(expectedResult, actual)) {
                problems.add("result: expected " + expectedResult + ", got " + actual);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    /**
     * Header values as the suites mean them. A Content-Type may add parameters to the media type
     * the suite names (botocore sends {@code application/x-www-form-urlencoded; charset=utf-8}
     * for query and EC2), and list items may be joined with {@code ,} where the suites write
     * {@code ", "}: botocore 1.43.107 sends both so.
     */
    static boolean sameHeader(String name, String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        if (actual == null) {
            return false;
        }
        if (name.equalsIgnoreCase("Content-Type") && !expected.contains(";") && actual.startsWith(expected + ";")) {
            return true;
        }
        return expected.replace(", ", ",").equals(actual.replace(", ", ","));
    }

    private static String basePath(URI endpoint) {
        String p = endpoint.getRawPath();
        if (p == null || p.isEmpty() || p.equals("/")) {
            return "";
        }
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** Query pairs as a sorted multiset, percent-escapes upper-cased. */
    static List<String> queryPairs(String query) {
        List<String> pairs = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return pairs;
        }
        for (String p : query.split("&")) {
            if (!p.isEmpty()) {
                pairs.add(upperEscapes(p));
            }
        }
        pairs.sort(null);
        return pairs;
    }

    private static String upperEscapes(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) == '%' && i + 2 < sb.length()) {
                sb.setCharAt(i + 1, Character.toUpperCase(sb.charAt(i + 1)));
                sb.setCharAt(i + 2, Character.toUpperCase(sb.charAt(i + 2)));
            }
        }
        return sb.toString();
    }
}
