package io.boto4j.examples.testing;

import io.boto4j.examples.testing.LocalHttpServer.Request;
import io.boto4j.examples.testing.LocalHttpServer.Response;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A small S3 in memory, path-style only, for the examples' tests: buckets (create, head), objects
 * (put, get, head, delete) and ListObjectsV2 with prefixes and pages, answering with S3's own
 * XML and error codes. Requests are not authenticated (the examples' signing is the SDK's, proven
 * against s3proxy with SigV4 checking in {@code sdk-it}); what the examples show is the calls.
 */
public final class LocalS3 implements AutoCloseable {
    private static final String XML = "application/xml";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private record StoredObject(byte[] bytes, String eTag, Instant lastModified, String contentType) {
    }

    private final Map<String, NavigableMap<String, StoredObject>> buckets = new ConcurrentHashMap<>();
    private final LocalHttpServer server;

    private LocalS3() {
        server = LocalHttpServer.start(this::answer);
    }

    /** Starts an empty S3 on 127.0.0.1. */
    public static LocalS3 start() {
        return new LocalS3();
    }

    /** The endpoint URL to give a client ({@code ClientConfig.Builder.endpointUrl}). */
    public URI endpoint() {
        return server.endpoint();
    }

    /** Every request received so far, oldest first. */
    public List<Request> requests() {
        return server.requests();
    }

    /** Creates a bucket (if it is not there) and stores an object in it, as a test's starting point. */
    public void put(String bucket, String key, byte[] bytes) {
        buckets.computeIfAbsent(bucket, b -> new ConcurrentSkipListMap<>()).put(key, new StoredObject(bytes.clone(),
                eTag(bytes), Instant.now().truncatedTo(ChronoUnit.SECONDS), "binary/octet-stream"));
    }

    /** The keys of a bucket, sorted; empty when the bucket does not exist. */
    public List<String> keys(String bucket) {
        NavigableMap<String, StoredObject> objects = buckets.get(bucket);
        return objects == null ? List.of() : List.copyOf(objects.keySet());
    }

    /** An object's bytes, or null. */
    public byte[] object(String bucket, String key) {
        NavigableMap<String, StoredObject> objects = buckets.get(bucket);
        StoredObject o = objects == null ? null : objects.get(key);
        return o == null ? null : o.bytes().clone();
    }

    private Response answer(Request request) {
        String path = request.uri().getPath();
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        if (bucket.isEmpty()) {
            return error(request, 501, "NotImplemented", "this local S3 serves buckets and objects only");
        }
        return key.isEmpty() ? bucketRequest(request, bucket) : objectRequest(request, bucket, key);
    }

    private Response bucketRequest(Request request, String bucket) {
        switch (request.method()) {
            case "PUT":
                if (buckets.putIfAbsent(bucket, new ConcurrentSkipListMap<>()) != null) {
                    return error(request, 409, "BucketAlreadyOwnedByYou", "Your previous request to create the named"
                            + " bucket succeeded and you already own it.");
                }
                return Response.empty(200).withHeader("Location", "/" + bucket);
            case "HEAD":
                return buckets.containsKey(bucket) ? Response.empty(200) : noSuchBucket(request, bucket);
            case "GET":
                NavigableMap<String, StoredObject> objects = buckets.get(bucket);
                if (objects == null) {
                    return noSuchBucket(request, bucket);
                }
                Map<String, String> query = query(request.uri());
                if (!"2".equals(query.get("list-type"))) {
                    return error(request, 501, "NotImplemented", "this local S3 lists with ListObjectsV2 only");
                }
                return Response.text(200, XML, listObjectsV2(bucket, objects, query));
            default:
                return error(request, 501, "NotImplemented", request.method() + " on a bucket");
        }
    }

    private Response objectRequest(Request request, String bucket, String key) {
        NavigableMap<String, StoredObject> objects = buckets.get(bucket);
        if (objects == null) {
            return noSuchBucket(request, bucket);
        }
        switch (request.method()) {
            case "PUT":
                if (request.header("x-amz-copy-source") != null || "aws-chunked".equals(request.header("Content-Encoding"))) {
                    return error(request, 501, "NotImplemented", "copies and aws-chunked bodies");
                }
                String type = request.header("Content-Type");
                StoredObject stored = new StoredObject(request.body(), eTag(request.body()),
                        Instant.now().truncatedTo(ChronoUnit.SECONDS), type == null ? "binary/octet-stream" : type);
                objects.put(key, stored);
                return Response.empty(200).withHeader("ETag", stored.eTag());
            case "GET":
            case "HEAD":
                StoredObject o = objects.get(key);
                if (o == null) {
                    return error(request, 404, "NoSuchKey", "The specified key does not exist.");
                }
                return new Response(200, Map.of("ETag", o.eTag(), "Content-Type", o.contentType(),
                        "Last-Modified", HTTP_DATE.format(o.lastModified()),
                        "Content-Length", Integer.toString(o.bytes().length)), o.bytes());
            case "DELETE":
                objects.remove(key);
                return Response.empty(204);
            default:
                return error(request, 501, "NotImplemented", request.method() + " on an object");
        }
    }

    private static String listObjectsV2(String bucket, NavigableMap<String, StoredObject> objects,
                                        Map<String, String> query) {
        String prefix = query.getOrDefault("prefix", "");
        int maxKeys = Integer.parseInt(query.getOrDefault("max-keys", "1000"));
        String token = query.get("continuation-token");
        String after = token != null ? new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)
                : query.get("start-after");
        NavigableMap<String, StoredObject> candidates = after == null ? objects : objects.tailMap(after, false);
        StringBuilder contents = new StringBuilder();
        int count = 0;
        String last = null;
        boolean truncated = false;
        for (Map.Entry<String, StoredObject> e : candidates.entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            if (count == maxKeys) {
                truncated = true;
                break;
            }
            StoredObject o = e.getValue();
            contents.append("<Contents><Key>").append(escape(e.getKey())).append("</Key><LastModified>")
                    .append(DateTimeFormatter.ISO_INSTANT.format(o.lastModified())).append("</LastModified><ETag>")
                    .append(escape(o.eTag())).append("</ETag><Size>").append(o.bytes().length)
                    .append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
            count++;
            last = e.getKey();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>")
                .append(escape(bucket)).append("</Name><Prefix>").append(escape(prefix)).append("</Prefix><KeyCount>")
                .append(count).append("</KeyCount><MaxKeys>").append(maxKeys).append("</MaxKeys><IsTruncated>")
                .append(truncated).append("</IsTruncated>");
        if (token != null) {
            xml.append("<ContinuationToken>").append(escape(token)).append("</ContinuationToken>");
        }
        if (truncated) {
            xml.append("<NextContinuationToken>")
                    .append(Base64.getUrlEncoder().encodeToString(last.getBytes(StandardCharsets.UTF_8)))
                    .append("</NextContinuationToken>");
        }
        return xml.append(contents).append("</ListBucketResult>").toString();
    }

    private static Response noSuchBucket(Request request, String bucket) {
        return error(request, 404, "NoSuchBucket", "The specified bucket does not exist: " + bucket);
    }

    /** S3's error document (HEAD answers carry the status alone, as S3's do). */
    private static Response error(Request request, int status, String code, String message) {
        if (request.method().equals("HEAD")) {
            return Response.empty(status);
        }
        return Response.text(status, XML, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code
                + "</Code><Message>" + escape(message) + "</Message><RequestId>local</RequestId></Error>");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String eTag(byte[] bytes) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }
}
