package io.boto4j.s3;

import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * An in-memory S3 behind the transport SPI, enough for the transfer methods: objects, multipart
 * uploads (CRC32 part checksums checked, composite and full-object checksums computed its own
 * way), ranged and If-Match GETs, copies, GetObjectAttributes parts. It answers on its own threads,
 * so parts really run in parallel; tests script faults and hold requests to catch transfers
 * mid-way, and read what it saw.
 */
final class FakeS3 implements HttpTransport {
    /** A stored object: bytes, ETag, the checksum reported for it, its parts when uploaded in parts. */
    record StoredObject(byte[] bytes, String eTag, String crc32, String checksumType, List<Integer> partSizes,
                        List<String> partCrc32s, Map<String, String> headers) {
    }

    /** A request as the fake saw it. */
    record Request(String operation, String method, String path, Map<String, String> query, Headers headers,
                   byte[] body) {
        String bucket() {
            return path.substring(1).split("/", 2)[0];
        }

        String key() {
            String[] parts = path.substring(1).split("/", 2);
            return parts.length > 1 ? parts[1] : "";
        }

        int partNumber() {
            return Integer.parseInt(query.getOrDefault("partNumber", "0"));
        }

        @Override
        public String toString() {
            return operation + (query.containsKey("partNumber") ? " " + query.get("partNumber") : "");
        }
    }

    /** A request the test holds until it releases it. */
    static final class Held {
        final CompletableFuture<Void> arrived = new CompletableFuture<>();
        final CompletableFuture<Void> release = new CompletableFuture<>();
        volatile boolean cancelled;
    }

    private record Upload(String bucket, String key, String algorithm, String checksumType,
                          Map<Integer, byte[]> parts, Map<Integer, String> partCrcs, Map<String, String> headers) {
    }

    private record Rule(Predicate<Request> when, Function<Request, TransportResponse> answer, Held held) {
    }

    final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    final List<String> aborted = new CopyOnWriteArrayList<>();
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-s3");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    /** Stores an object as a single PutObject with a CRC32 would. */
    FakeS3 put(String bucket, String key, byte[] bytes) {
        objects.put(bucket + "/" + key, new StoredObject(bytes, etag(bytes), crc32(bytes), "FULL_OBJECT", null, null,
                Map.of()));
        return this;
    }

    /** Answers requests that match with {@code answer} instead of S3's behaviour. */
    FakeS3 when(Predicate<Request> when, Function<Request, TransportResponse> answer) {
        rules.add(new Rule(when, answer, null));
        return this;
    }

    /** Holds the requests that match until the returned handle is released (then answers normally). */
    Held hold(Predicate<Request> when) {
        Held held = new Held();
        rules.add(new Rule(when, null, held));
        return held;
    }

    /** The most requests in flight at once so far. */
    int maxInFlight() {
        return maxInFlight.get();
    }

    /** The operations seen, in arrival order: {@code UploadPart 3}, {@code CompleteMultipartUpload}. */
    List<String> operations() {
        List<String> ops = new ArrayList<>();
        requests.forEach(r -> ops.add(r.toString()));
        return ops;
    }

    List<Request> requests(String operation) {
        return requests.stream().filter(r -> r.operation().equals(operation)).toList();
    }

    int openUploads() {
        return uploads.size();
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest transportRequest) {
        SdkHttpRequest http = transportRequest.request();
        byte[] body = http.bodyBytes();
        CompletableFuture<byte[]> bytes = body != null ? CompletableFuture.completedFuture(body)
                : http.body() == null ? CompletableFuture.completedFuture(new byte[0])
                : Publishers.aggregate(http.body().publisher(), http.body().contentLength());
        // Counted out before the caller hears the answer, so that what it starts next is not counted twice.
        CompletableFuture<TransportResponse> response = new CompletableFuture<>() {
            private final java.util.concurrent.atomic.AtomicBoolean out = new java.util.concurrent.atomic.AtomicBoolean();

            private void countOut() {
                if (out.compareAndSet(false, true)) {
                    inFlight.decrementAndGet();
                }
            }

            @Override
            public boolean complete(TransportResponse value) {
                countOut();
                return super.complete(value);
            }

            @Override
            public boolean completeExceptionally(Throwable failure) {
                countOut();
                return super.completeExceptionally(failure);
            }

            @Override
            public boolean cancel(boolean mayInterrupt) {
                countOut();
                return super.cancel(mayInterrupt);
            }
        };
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        bytes.thenAcceptAsync(b -> {
            Request request = parse(http, b);
            requests.add(request);
            for (Rule rule : rules) {
                if (rule.when().test(request)) {
                    if (rule.held() != null) {
                        response.whenComplete((r, f) -> rule.held().cancelled |= response.isCancelled());
                        rule.held().arrived.complete(null);
                        rule.held().release.thenRunAsync(() -> answer(request, response), threads);
                        return;
                    }
                    response.complete(rule.answer().apply(request));
                    return;
                }
            }
            answer(request, response);
        }, threads).exceptionally(t -> {
            response.completeExceptionally(t);
            return null;
        });
        return response;
    }

    private void answer(Request request, CompletableFuture<TransportResponse> response) {
        try {
            response.complete(handle(request));
        } catch (RuntimeException e) {
            response.completeExceptionally(e);
        }
    }

    private TransportResponse handle(Request r) {
        String id = r.query().get("uploadId");
        switch (r.operation()) {
            case "PutObject": {
                String given = r.headers().first("x-amz-checksum-crc32");
                if (given != null && !given.equals(crc32(r.body()))) {
                    return error(400, "BadDigest", "The CRC32 you specified did not match the calculated checksum.");
                }
                objects.put(r.bucket() + "/" + r.key(), new StoredObject(r.body(), etag(r.body()), given,
                        given == null ? null : "FULL_OBJECT", null, null, userHeaders(r.headers())));
                return response(200, headers("ETag", etag(r.body()), "x-amz-checksum-crc32", given), "");
            }
            case "CreateMultipartUpload": {
                String uploadId = UUID.randomUUID().toString();
                uploads.put(uploadId, new Upload(r.bucket(), r.key(), r.headers().first("x-amz-checksum-algorithm"),
                        r.headers().first("x-amz-checksum-type"), new ConcurrentSkipListMap<>(),
                        new ConcurrentHashMap<>(), userHeaders(r.headers())));
                return response(200, Map.of(), "<InitiateMultipartUploadResult><Bucket>" + r.bucket() + "</Bucket><Key>"
                        + r.key() + "</Key><UploadId>" + uploadId + "</UploadId></InitiateMultipartUploadResult>");
            }
            case "UploadPart": {
                Upload upload = uploads.get(id);
                if (upload == null) {
                    return error(404, "NoSuchUpload", "The specified upload does not exist.");
                }
                String given = r.headers().first("x-amz-checksum-crc32");
                if (given != null && !given.equals(crc32(r.body()))) {
                    return error(400, "BadDigest", "The CRC32 you specified did not match the calculated checksum.");
                }
                upload.parts().put(r.partNumber(), r.body());
                if (given != null) {
                    upload.partCrcs().put(r.partNumber(), given);
                }
                return response(200, headers("ETag", etag(r.body()), "x-amz-checksum-crc32", given), "");
            }
            case "UploadPartCopy": {
                Upload upload = uploads.get(id);
                StoredObject source = objects.get(copySource(r));
                if (upload == null || source == null) {
                    return error(404, "NoSuchKey", "no upload or no source");
                }
                String ifMatch = r.headers().first("x-amz-copy-source-if-match");
                if (ifMatch != null && !ifMatch.equals(source.eTag())) {
                    return error(412, "PreconditionFailed", "At least one of the preconditions you specified did not hold.");
                }
                String[] range = r.headers().first("x-amz-copy-source-range").substring("bytes=".length()).split("-");
                byte[] part = java.util.Arrays.copyOfRange(source.bytes(), Integer.parseInt(range[0]),
                        Integer.parseInt(range[1]) + 1);
                upload.parts().put(r.partNumber(), part);
                // As S3 does when the upload has a checksum algorithm (s3proxy 4.0.0 does not).
                String crc = "CRC32".equals(upload.algorithm()) ? crc32(part) : null;
                if (crc != null) {
                    upload.partCrcs().put(r.partNumber(), crc);
                }
                return response(200, Map.of(), "<CopyPartResult><ETag>" + etag(part) + "</ETag>"
                        + (crc == null ? "" : "<ChecksumCRC32>" + crc + "</ChecksumCRC32>") + "</CopyPartResult>");
            }
            case "CompleteMultipartUpload":
                return complete(r, uploads.get(id));
            case "AbortMultipartUpload":
                if (uploads.remove(id) == null) {
                    return error(404, "NoSuchUpload", "The specified upload does not exist.");
                }
                aborted.add(id);
                return response(204, Map.of(), "");
            case "CopyObject": {
                StoredObject source = objects.get(copySource(r));
                if (source == null) {
                    return error(404, "NoSuchKey", "The specified key does not exist.");
                }
                objects.put(r.bucket() + "/" + r.key(), source);
                return response(200, Map.of(), "<CopyObjectResult><ETag>" + source.eTag() + "</ETag></CopyObjectResult>");
            }
            case "HeadObject":
            case "GetObject":
                return get(r);
            case "GetObjectAttributes":
                return attributes(r);
            default:
                return error(400, "NotImplemented", r.operation() + " is not faked");
        }
    }

    private TransportResponse complete(Request r, Upload upload) {
        if (upload == null) {
            return error(404, "NoSuchUpload", "The specified upload does not exist.");
        }
        String xml = new String(r.body(), StandardCharsets.UTF_8);
        int listed = xml.split("<Part>", -1).length - 1;
        if (listed != upload.parts().size()) {
            return error(400, "InvalidPart", "listed " + listed + " of " + upload.parts().size() + " parts");
        }
        int size = upload.parts().values().stream().mapToInt(b -> b.length).sum();
        byte[] all = new byte[size];
        List<Integer> sizes = new ArrayList<>();
        List<String> crcs = new ArrayList<>();
        int at = 0;
        CRC32 composite = new CRC32();
        for (Map.Entry<Integer, byte[]> part : upload.parts().entrySet()) {
            System.arraycopy(part.getValue(), 0, all, at, part.getValue().length);
            at += part.getValue().length;
            sizes.add(part.getValue().length);
            String crc = upload.partCrcs().get(part.getKey());
            crcs.add(crc);
            if (crc != null) {
                composite.update(Base64.getDecoder().decode(crc));
            }
        }
        String checksum = null;
        String type = null;
        if ("CRC32".equals(upload.algorithm())) {
            if ("FULL_OBJECT".equals(upload.checksumType())) {
                checksum = crc32(all);
                String given = r.headers().first("x-amz-checksum-crc32");
                if (given != null && !given.equals(checksum)) {
                    return error(400, "BadDigest", "full-object CRC32 " + given + " is not " + checksum);
                }
                type = "FULL_OBJECT";
            } else {
                checksum = Base64.getEncoder().encodeToString(ByteBuffer.allocate(4)
                        .putInt((int) composite.getValue()).array()) + "-" + sizes.size();
                type = "COMPOSITE";
            }
        }
        String eTag = "\"" + etag(all).replace("\"", "") + "-" + sizes.size() + "\"";
        uploads.remove(r.query().get("uploadId"));
        objects.put(upload.bucket() + "/" + upload.key(), new StoredObject(all, eTag, checksum, type, sizes, crcs,
                upload.headers()));
        return response(200, Map.of(), "<CompleteMultipartUploadResult><Bucket>" + upload.bucket() + "</Bucket><Key>"
                + upload.key() + "</Key><ETag>" + eTag + "</ETag>"
                + (checksum == null ? "" : "<ChecksumCRC32>" + checksum + "</ChecksumCRC32><ChecksumType>" + type
                + "</ChecksumType>") + "</CompleteMultipartUploadResult>");
    }

    private TransportResponse get(Request r) {
        StoredObject o = objects.get(r.bucket() + "/" + r.key());
        if (o == null) {
            return r.method().equals("HEAD") ? response(404, Map.of(), "")
                    : error(404, "NoSuchKey", "The specified key does not exist.");
        }
        String ifMatch = r.headers().first("If-Match");
        if (ifMatch != null && !ifMatch.equals(o.eTag())) {
            return error(412, "PreconditionFailed", "At least one of the preconditions you specified did not hold.");
        }
        Map<String, String> h = new LinkedHashMap<>(o.headers());
        h.put("ETag", o.eTag());
        h.put("Accept-Ranges", "bytes");
        String range = r.headers().first("Range");
        byte[] body = o.bytes();
        int status = 200;
        if (range != null) {
            String[] bounds = range.substring("bytes=".length()).split("-");
            int first = Integer.parseInt(bounds[0]);
            int last = Math.min(Integer.parseInt(bounds[1]), o.bytes().length - 1);
            body = java.util.Arrays.copyOfRange(o.bytes(), first, last + 1);
            h.put("Content-Range", "bytes " + first + "-" + last + "/" + o.bytes().length);
            status = 206;
        } else if ("ENABLED".equals(r.headers().first("x-amz-checksum-mode")) && o.crc32() != null) {
            h.put("x-amz-checksum-crc32", o.crc32());
            h.put("x-amz-checksum-type", o.checksumType());
        }
        if (r.method().equals("HEAD")) {
            Headers headers = new Headers();
            h.forEach(headers::add);
            headers.set("Content-Length", Integer.toString(o.bytes().length));
            return new Response(200, headers, new byte[0]);
        }
        return response(status, h, body);
    }

    private TransportResponse attributes(Request r) {
        StoredObject o = objects.get(r.bucket() + "/" + r.key());
        if (o == null || o.partSizes() == null) {
            return response(200, Map.of(), "<GetObjectAttributesResponse></GetObjectAttributesResponse>");
        }
        StringBuilder xml = new StringBuilder("<GetObjectAttributesResponse><ObjectParts><TotalPartsCount>")
                .append(o.partSizes().size()).append("</TotalPartsCount><IsTruncated>false</IsTruncated>");
        for (int i = 0; i < o.partSizes().size(); i++) {
            xml.append("<Part><PartNumber>").append(i + 1).append("</PartNumber><Size>").append(o.partSizes().get(i))
                    .append("</Size><ChecksumCRC32>").append(o.partCrc32s().get(i)).append("</ChecksumCRC32></Part>");
        }
        return response(200, Map.of(), xml.append("</ObjectParts></GetObjectAttributesResponse>").toString());
    }

    private static Request parse(SdkHttpRequest http, byte[] body) {
        Map<String, String> query = new LinkedHashMap<>();
        http.queryParams().forEach(e -> query.put(e.getKey(), e.getValue() == null ? "" : e.getValue()));
        String path = URLDecoder.decode(http.fullEncodedPath(), StandardCharsets.UTF_8);
        String method = http.method();
        boolean copy = http.headers().first("x-amz-copy-source") != null;
        String operation = switch (method) {
            case "POST" -> query.containsKey("uploads") ? "CreateMultipartUpload" : "CompleteMultipartUpload";
            case "PUT" -> query.containsKey("partNumber") ? (copy ? "UploadPartCopy" : "UploadPart")
                    : copy ? "CopyObject" : "PutObject";
            case "DELETE" -> query.containsKey("uploadId") ? "AbortMultipartUpload" : "DeleteObject";
            case "HEAD" -> "HeadObject";
            default -> query.containsKey("attributes") ? "GetObjectAttributes" : "GetObject";
        };
        return new Request(operation, method, path, Collections.unmodifiableMap(query), new Headers(http.headers()),
                body);
    }

    /** The copy source's bucket/key, without its version. */
    private static String copySource(Request r) {
        String source = URLDecoder.decode(r.headers().first("x-amz-copy-source"), StandardCharsets.UTF_8);
        int version = source.indexOf("?versionId=");
        return version < 0 ? source : source.substring(0, version);
    }

    private static Map<String, String> userHeaders(Headers headers) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : headers.names()) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("x-amz-meta-") || lower.equals("content-type")) {
                kept.put(name, headers.first(name));
            }
        }
        return kept;
    }

    static String crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static String etag(byte[] bytes) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> headers(String... pairs) {
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                h.put(pairs[i], pairs[i + 1]);
            }
        }
        return h;
    }

    static TransportResponse error(int status, String code, String message) {
        return response(status, Map.of("Content-Type", "application/xml"),
                "<Error><Code>" + code + "</Code><Message>" + message + "</Message></Error>");
    }

    static TransportResponse response(int status, Map<String, String> headers, String body) {
        return response(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    static TransportResponse response(int status, Map<String, String> headers, byte[] body) {
        Headers h = new Headers();
        headers.forEach(h::add);
        h.set("Content-Length", Integer.toString(body.length));
        return new Response(status, h, body);
    }

    private record Response(int statusCode, Headers headers, byte[] bytes) implements TransportResponse {
        @Override
        public java.util.concurrent.Flow.Publisher<ByteBuffer> body() {
            // In pieces, as a network delivers it, so that writers see more than one buffer.
            return new ChunkedPublisher(bytes, 64 * 1024);
        }

        @Override
        public void abort() {
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
