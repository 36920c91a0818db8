package io.boto4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of S3 on 127.0.0.1 for one-request transfers (objects below the multipart
 * threshold): PutObject, HeadObject and GetObject (ranges too) of text objects in memory,
 * addressed path-style. Multipart transfers are proven against s3proxy in sdk-it.
 */
final class FakeS3 implements AutoCloseable {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

    final Map<String, String> objects = new ConcurrentHashMap<>();
    private final CannedServer server;

    FakeS3() throws IOException {
        server = new CannedServer(this::answer);
    }

    String url() {
        return server.url();
    }

    List<CannedServer.Request> requests() {
        return server.requests;
    }

    private CannedServer.Response answer(CannedServer.Request request) {
        String path = request.uri().contains("?") ? request.uri().substring(0, request.uri().indexOf('?')) : request.uri();
        String body = objects.get(path);
        String eTag = "\"" + Integer.toHexString(String.valueOf(body).hashCode()) + "\"";
        switch (request.method()) {
            case "PUT":
                objects.put(path, request.body());
                return new CannedServer.Response(200, Map.of("ETag", "\"" + Integer.toHexString(request.body().hashCode())
                        + "\""), new byte[0]);
            case "HEAD":
                return body == null ? new CannedServer.Response(404, Map.of(), new byte[0])
                        : new CannedServer.Response(200, Map.of("Content-Length", String.valueOf(body.length()),
                                "ETag", eTag, "Content-Type", "text/plain"), new byte[0]);
            case "GET":
                if (body == null) {
                    return new CannedServer.Response(404, Map.of("Content-Type", "application/xml"),
                            ("<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>"
                                    + "</Error>").getBytes(StandardCharsets.UTF_8));
                }
                String range = request.header("Range");
                Matcher m = range == null ? null : RANGE.matcher(range);
                if (m != null && m.matches()) {
                    int from = Integer.parseInt(m.group(1));
                    int to = Math.min(Integer.parseInt(m.group(2)), body.length() - 1);
                    return new CannedServer.Response(206, Map.of("ETag", eTag, "Content-Range",
                            "bytes " + from + "-" + to + "/" + body.length()),
                            body.substring(from, to + 1).getBytes(StandardCharsets.UTF_8));
                }
                return new CannedServer.Response(200, Map.of("ETag", eTag), body.getBytes(StandardCharsets.UTF_8));
            default:
                return new CannedServer.Response(405, Map.of(), new byte[0]);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
