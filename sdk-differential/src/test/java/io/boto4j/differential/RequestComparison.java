package io.boto4j.differential;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares boto4j's request with botocore's for the same call: method, scheme and host, path
 * (as encoded), query (decoded parameters as a multiset), headers and body (see {@link Bodies}).
 *
 * <p>Excluded on purpose, because each SDK legitimately sends its own: {@code User-Agent},
 * {@code amz-sdk-invocation-id} (random per call) and {@code amz-sdk-request} (attempt numbers
 * and the SDK's own retry limits). {@code Authorization} is checked apart (see
 * {@link #sameSignature}). Headers computed from the body bytes ({@code Content-Length},
 * {@code Content-MD5}, {@code X-Amz-Content-SHA256}, {@code x-amz-checksum-*}) are compared only
 * when the bodies are byte for byte equal; when they are only structurally equal (JSON spacing,
 * form escapes) boto4j's are checked against boto4j's own body instead. With idempotency tokens
 * filled in by each SDK, UUID-shaped values compare by form only.
 */
final class RequestComparison {
    static final Set<String> PER_SDK = Set.of("user-agent", "amz-sdk-invocation-id", "amz-sdk-request");
    private static final Set<String> FROM_BODY = Set.of("content-length", "content-md5", "x-amz-content-sha256");

    private RequestComparison() {
    }

    /** The differences between the two requests, signature aside. */
    static List<Difference> compare(String protocol, boolean tokensFilled, WireRequest mine, WireRequest theirs) {
        List<Difference> out = new ArrayList<>();
        if (!mine.method().equals(theirs.method())) {
            out.add(Difference.of("method", mine.method(), theirs.method()));
        }
        URI a = URI.create(mine.url());
        URI b = URI.create(theirs.url());
        String hostA = a.getScheme() + "://" + a.getRawAuthority();
        String hostB = b.getScheme() + "://" + b.getRawAuthority();
        if (!hostA.equals(hostB)) {
            out.add(Difference.of("url.host", hostA, hostB));
        }
        String pathA = emptyAsSlash(a.getRawPath());
        String pathB = emptyAsSlash(b.getRawPath());
        if (!pathA.equals(pathB)) {
            out.add(Difference.of("url.path", pathA, pathB));
        }
        JsonNode queryA = Bodies.form(nullAsEmpty(a.getRawQuery()).replace("+", "%2B"));
        JsonNode queryB = Bodies.form(nullAsEmpty(b.getRawQuery()).replace("+", "%2B"));
        if (tokensFilled) {
            queryA = Bodies.withoutUuids(queryA);
            queryB = Bodies.withoutUuids(queryB);
        }
        if (!queryA.equals(queryB)) {
            out.add(Difference.of("url.query", a.getRawQuery(), b.getRawQuery()));
        }

        boolean sameBytes = Arrays.equals(mine.body(), theirs.body());
        if (!sameBytes) {
            String type = theirs.header("content-type") != null ? theirs.header("content-type")
                    : mine.header("content-type");
            Bodies.Kind kind = Bodies.kindOf(protocol, type, theirs.body().length > 0 ? theirs.body() : mine.body());
            JsonNode bodyA = Bodies.tree(kind, mine.body());
            JsonNode bodyB = Bodies.tree(kind, theirs.body());
            if (tokensFilled) {
                bodyA = Bodies.withoutUuids(bodyA);
                bodyB = Bodies.withoutUuids(bodyB);
            }
            String where = Bodies.firstDifference(bodyA, bodyB);
            if (where != null) {
                out.add(new Difference("body", kind + " " + where));
            }
            selfConsistent(mine, out);
        }

        Map<String, String> h1 = Bodies.headerMap(mine.headers());
        Map<String, String> h2 = Bodies.headerMap(theirs.headers());
        for (Iterator<String> it = Bodies.union(h1, h2); it.hasNext(); ) {
            String name = it.next();
            if (PER_SDK.contains(name) || name.equals("authorization")) {
                continue;
            }
            if (!sameBytes && (FROM_BODY.contains(name) || name.startsWith("x-amz-checksum-"))
                    && h1.containsKey(name) && h2.containsKey(name)) {
                continue;
            }
            String v1 = h1.get(name);
            String v2 = h2.get(name);
            if (tokensFilled) {
                v1 = Bodies.withoutUuids(v1);
                v2 = Bodies.withoutUuids(v2);
            }
            if (!Objects.equals(v1, v2)) {
                out.add(Difference.of("header:" + name, v1 == null ? "absent" : "'" + v1 + "'",
                        v2 == null ? "absent" : "'" + v2 + "'"));
            }
        }
        return out;
    }

    /**
     * Whether both Authorization headers agree where they can be compared directly: the same
     * credential scope and signed headers, and, when everything else is equal, the same signature.
     */
    static List<Difference> sameSignature(WireRequest mine, WireRequest theirs, boolean restEqual) {
        String authA = mine.header("authorization");
        String authB = theirs.header("authorization");
        List<Difference> out = new ArrayList<>();
        if (authA == null || authB == null) {
            if (authA != null || authB != null) {
                out.add(Difference.of("signature", authA == null ? "unsigned" : "signed",
                        authB == null ? "unsigned" : "signed"));
            }
            return out;
        }
        if (!part(authA, "Credential=").equals(part(authB, "Credential="))) {
            out.add(Difference.of("signature.scope", part(authA, "Credential="), part(authB, "Credential=")));
        }
        if (!part(authA, "SignedHeaders=").equals(part(authB, "SignedHeaders="))) {
            out.add(Difference.of("signature.signed-headers", part(authA, "SignedHeaders="),
                    part(authB, "SignedHeaders=")));
        } else if (restEqual && out.isEmpty() && !authA.equals(authB)) {
            out.add(Difference.of("signature", authA, authB));
        }
        return out;
    }

    /** The part of an Authorization header after {@code key} up to the next comma. */
    static String part(String authorization, String key) {
        int i = authorization == null ? -1 : authorization.indexOf(key);
        if (i < 0) {
            return "";
        }
        int end = authorization.indexOf(',', i);
        return authorization.substring(i + key.length(), end < 0 ? authorization.length() : end);
    }

    /** boto4j's body-derived headers against boto4j's own body. */
    private static void selfConsistent(WireRequest mine, List<Difference> out) {
        String length = mine.header("content-length");
        if (length != null && !length.equals(Integer.toString(mine.body().length))) {
            out.add(new Difference("header:content-length", "boto4j says " + length + " for a body of "
                    + mine.body().length + " bytes"));
        }
        String sha = mine.header("x-amz-content-sha256");
        if (sha != null && sha.matches("[0-9a-f]{64}") && !sha.equals(sha256(mine.body()))) {
            out.add(new Difference("header:x-amz-content-sha256", "boto4j's is not the SHA-256 of its body"));
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String emptyAsSlash(String path) {
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static String nullAsEmpty(String s) {
        return s == null ? "" : s;
    }
}
