package io.boto4j.core.auth.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.conformance.ConformanceData;
import io.boto4j.core.http.SdkHttpRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The AWS SigV4 test suite (conformance/sigv4): for every folder holding a {@code .req}, the
 * canonical request, string to sign and Authorization header must equal {@code .creq},
 * {@code .sts} and {@code .authz}. Like botocore's own runner, the raw path is treated as the
 * wire path (so SigV4 encodes it once more), the query is decoded into parameters, and the
 * session token of the token cases is the one their canonical request shows.
 */
class SigV4ConformanceTest {
    private static final String ACCESS_KEY = "AKIDEXAMPLE";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Instant TIME = Instant.parse("2015-08-30T12:36:00Z");

    @TestFactory
    Stream<DynamicTest> sigv4Suite() throws IOException {
        Optional<Path> dir = ConformanceData.part("sigv4");
        if (dir.isEmpty()) {
            System.out.println(ConformanceData.missingMessage("sigv4"));
            Assumptions.abort(ConformanceData.missingMessage("sigv4"));
        }
        List<Path> cases;
        try (Stream<Path> walk = Files.walk(dir.get())) {
            cases = walk.filter(p -> p.getFileName().toString().endsWith(".req"))
                    .map(Path::getParent).sorted().collect(Collectors.toList());
        }
        List<DynamicTest> tests = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        for (Path caseDir : cases) {
            String name = dir.get().relativize(caseDir).toString();
            AssertionError failure = null;
            try {
                check(caseDir);
                passed++;
            } catch (AssertionError | RuntimeException e) {
                failed++;
                failure = e instanceof AssertionError ? (AssertionError) e : new AssertionError(e);
            }
            AssertionError result = failure;
            tests.add(DynamicTest.dynamicTest(name, () -> {
                if (result != null) {
                    throw result;
                }
            }));
        }
        System.out.println("conformance sigv4: " + passed + " passed, " + failed + " failed");
        return tests.stream();
    }

    private static void check(Path caseDir) {
        String base = caseDir.getFileName().toString();
        String raw = read(caseDir.resolve(base + ".req"));
        String creq = read(caseDir.resolve(base + ".creq"));
        SdkHttpRequest request = parse(raw);
        SigningParams params = SigningParams.builder()
                .credentials(Credentials.of(ACCESS_KEY, SECRET_KEY, sessionTokenIn(creq)))
                .region("us-east-1")
                .signingName("service")
                .signingTime(TIME)
                .build();
        SignatureParts parts = AwsV4Signer.create().signHeaders(request, params);
        assertEquals(creq, parts.canonicalRequest, "canonical request");
        assertEquals(read(caseDir.resolve(base + ".sts")), parts.stringToSign, "string to sign");
        assertEquals(read(caseDir.resolve(base + ".authz")), parts.authorization, "authorization");
        assertEquals(parts.authorization, request.headers().first("Authorization"));
    }

    /** The suite's token cases name their token only in the canonical request. */
    private static String sessionTokenIn(String creq) {
        for (String line : creq.split("\n")) {
            if (line.startsWith("x-amz-security-token:")) {
                return line.substring("x-amz-security-token:".length());
            }
        }
        return null;
    }

    /** A raw HTTP/1.1 request: folded header lines continue the previous value. */
    static SdkHttpRequest parse(String raw) {
        String text = raw.replace("\r\n", "\n");
        int blank = text.indexOf("\n\n");
        String head = blank < 0 ? text : text.substring(0, blank);
        String body = blank < 0 ? null : text.substring(blank + 2);
        String[] lines = head.split("\n");
        String requestLine = lines[0];
        String method = requestLine.substring(0, requestLine.indexOf(' '));
        String target = requestLine.substring(method.length() + 1, requestLine.lastIndexOf(' '));

        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && !headers.isEmpty()) {
                String[] last = headers.get(headers.size() - 1);
                last[1] = last[1] + "\n" + line;
                continue;
            }
            int colon = line.indexOf(':');
            headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1)});
        }
        String host = headers.stream().filter(h -> h[0].equalsIgnoreCase("host"))
                .map(h -> h[1].trim()).findFirst().orElseThrow();

        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        SdkHttpRequest request = new SdkHttpRequest(method, URI.create("https://" + host), path);
        if (question >= 0) {
            for (String pair : target.substring(question + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                request.addQueryParam(URLDecoder.decode(key, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        for (String[] h : headers) {
            request.headers().add(h[0], h[1]);
        }
        if (body != null && !body.isEmpty()) {
            request.body(body.getBytes(StandardCharsets.UTF_8));
        }
        return request;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
