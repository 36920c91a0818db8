package io.boto4j.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.ParamValidationException;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a presigned URL needs beyond a signature: its limits, checked before anything else, and
 * the request reshaped as botocore's SigV4 query signer does, because a URL carries no body.
 */
final class Presigning {
    /** SigV4's longest validity: seven days. */
    static final Duration MAX_EXPIRY = Duration.ofDays(7);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Presigning() {
    }

    static void checkExpiry(String service, String operation, Duration expiresIn) {
        ParamValidationException.Problem problem = expiryProblem(expiresIn);
        if (problem != null) {
            throw new ParamValidationException(service, operation, List.of(problem));
        }
    }

    /** The arguments of a presigned hand-built request, every problem at once, as a call's input is checked. */
    static void checkPresignRequest(String service, String operation, SdkHttpRequest request, String signingName,
                                    String signingRegion, Duration expiresIn) {
        List<ParamValidationException.Problem> problems = new ArrayList<>();
        Map<String, Object> required = new LinkedHashMap<>();
        required.put("request", request);
        required.put("signingName", signingName);
        required.put("signingRegion", signingRegion);
        required.forEach((name, value) -> {
            if (value == null) {
                problems.add(new ParamValidationException.Problem(name, "Missing required parameter " + name));
            }
        });
        ParamValidationException.Problem expiry = expiryProblem(expiresIn);
        if (expiry != null) {
            problems.add(expiry);
        }
        if (!problems.isEmpty()) {
            throw new ParamValidationException(service, operation, problems);
        }
    }

    private static ParamValidationException.Problem expiryProblem(Duration expiresIn) {
        if (expiresIn == null || expiresIn.compareTo(Duration.ofSeconds(1)) < 0 || expiresIn.compareTo(MAX_EXPIRY) > 0) {
            return new ParamValidationException.Problem("ExpiresIn",
                    "ExpiresIn must be between 1 second and 7 days (604800 seconds), not "
                    + (expiresIn == null ? "null" : expiresIn.getSeconds() + " seconds"));
        }
        return null;
    }

    /**
     * Moves an in-memory body into the query string and drops it: a form body (query and EC2
     * protocols) as its parameters, without its automatic {@code Content-Type}; a JSON object
     * body as its top-level members (scalars as text, lists as repeated keys). The
     * {@code Content-Length} goes with the body.
     */
    static void moveBodyToQuery(SdkHttpRequest request) {
        byte[] body = request.bodyBytes();
        String type = request.headers().first("Content-Type");
        boolean form = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        if (form) {
            request.headers().remove("Content-Type");
        }
        if (body != null && body.length > 0) {
            if (form) {
                addFormParameters(request, new String(body, StandardCharsets.UTF_8));
            } else {
                addJsonMembers(request, body);
            }
        }
        if (body != null) {
            request.body((io.boto4j.core.http.RequestBody) null);
            request.headers().remove("Content-Length");
        }
    }

    private static void addFormParameters(SdkHttpRequest request, String form) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            request.addQueryParam(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static void addJsonMembers(SdkHttpRequest request, byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return; // not JSON: nothing botocore could move either
        }
        if (root == null || !root.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode value = member.getValue();
            if (value.isArray()) {
                value.forEach(element -> request.addQueryParam(member.getKey(), text(element)));
            } else {
                request.addQueryParam(member.getKey(), text(value));
            }
        }
    }

    /** A JSON value as botocore's {@code str()} writes scalars; other values as their JSON text. */
    private static String text(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "True" : "False";
        }
        return value.toString();
    }
}
