package io.boto4j.examples.demo;

import io.boto4j.async.AsyncClient;
import io.boto4j.async.PresignedRequests;
import io.boto4j.core.client.CoreMethods;
import io.boto4j.core.paginate.PaginationConfig;
import io.boto4j.s3.DownloadResult;
import io.boto4j.s3.S3Methods;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Part 2: the Vert.x layer, {@link AsyncClient}: the same calls, each returning a {@link Future}
 * completed on the caller's event loop, composed into one chain that never blocks it. S3 in the
 * bucket part 1 created (its large file downloaded back), then an SQS queue round trip.
 */
final class VertxTour {
    static final String MESSAGE = "Hello from boto4j's Vert.x layer!";
    private static final int PHOTOS = 5;
    private static final int PHOTO_BYTES = 2048;
    private static final int PHOTOS_PER_PAGE = 2;
    /** Real SQS spreads a queue over servers; a receive may miss a message that is there. */
    private static final int RECEIVE_ATTEMPTS = 3;

    private final Vertx vertx;
    private final AsyncClient s3;
    private final AsyncClient sqs;
    private final DemoRun run;
    private final Narrator narrator;
    private final String bucket;

    VertxTour(Vertx vertx, AsyncClient s3, AsyncClient sqs, DemoRun run) {
        this.vertx = vertx;
        this.s3 = s3;
        this.sqs = sqs;
        this.run = run;
        this.narrator = run.narrator();
        this.bucket = run.name();
    }

    /** Runs the part on an event loop and waits for its end (the demo's main thread is not Vert.x's). */
    void runAndWait() {
        Promise<Void> done = Promise.promise();
        vertx.getOrCreateContext().runOnContext(v -> run().onComplete(done));
        done.future().await();
    }

    private Future<Void> run() {
        narrator.heading("2. The Vert.x layer: io.boto4j.async.AsyncClient (Vert.x 5; every call returns a Future)");
        return putPhotos()
                .compose(v -> listPhotos())
                .compose(v -> getPhoto())
                .compose(v -> presignedGet())
                .compose(v -> downloadAndCompare())
                .compose(v -> queueRoundTrip());
    }

    private Future<Void> putPhotos() {
        List<Future<Map<String, Object>>> puts = new ArrayList<>();
        for (int i = 1; i <= PHOTOS; i++) {
            puts.add(s3.call("PutObject", Map.of("Bucket", bucket, "Key", photoKey(i), "Body", photo(i),
                    "ContentType", "image/jpeg")));
        }
        return Future.all(puts).map(all -> {
            narrator.step("PutObject x" + PHOTOS, photoKey(1) + " ... " + photoKey(PHOTOS) + ", all sent at once (Future.all)");
            return null;
        });
    }

    private static String photoKey(int i) {
        return "photos/" + i + ".jpg";
    }

    /** Not a photo: bytes that tell which one they are. */
    private static byte[] photo(int i) {
        byte[] bytes = new byte[PHOTO_BYTES];
        Arrays.fill(bytes, (byte) i);
        return bytes;
    }

    private Future<Void> listPhotos() {
        Promise<Void> listed = Promise.promise();
        List<Integer> keysPerPage = new ArrayList<>();
        s3.paginate("ListObjectsV2", Map.of("Bucket", bucket, "Prefix", "photos/"),
                        PaginationConfig.NONE.withPageSize(PHOTOS_PER_PAGE))
                .exceptionHandler(listed::fail)
                .endHandler(v -> listed.complete())
                .handler(page -> keysPerPage.add(((List<?>) page.get("Contents")).size()));
        return listed.future().map(v -> {
            narrator.step("paginate", "ListObjectsV2 Prefix=photos/ as a ReadStream of pages, " + PHOTOS_PER_PAGE
                    + " keys a page -> " + keysPerPage);
            return null;
        });
    }

    private Future<Void> getPhoto() {
        return s3.call("GetObject", Map.of("Bucket", bucket, "Key", photoKey(3)))
                .compose(output -> AsyncClient.body(output).readAll())
                .map(body -> {
                    boolean same = Buffer.buffer(photo(3)).equals(body);
                    narrator.step("GetObject", photoKey(3) + " as a ReadStream<Buffer> -> " + Narrator.count(body.length())
                            + " bytes, " + (same ? "as sent" : "NOT as sent"));
                    return null;
                });
    }

    /**
     * A presigned URL sent the way a browser or another service would use it: no credentials, only
     * the URL. {@link PresignedRequests} writes the answer into a file with back-pressure, a file
     * that appears whole or not at all.
     */
    private Future<Void> presignedGet() {
        Path file = run.workDir().resolve("presigned-" + BlockingTour.HELLO_KEY);
        PresignedRequests presigned = PresignedRequests.of(s3);
        return s3.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of("Operation", "GetObject",
                        "Params", Map.of("Bucket", bucket, "Key", BlockingTour.HELLO_KEY),
                        "ExpiresIn", Duration.ofMinutes(5)))
                .compose(url -> presigned.download(url, file.toString()))
                .compose(answer -> vertx.fileSystem().readFile(file.toString()).map(body -> {
                    narrator.step("presign + GET", "GetObject " + BlockingTour.HELLO_KEY
                            + " presigned, fetched with PresignedRequests (Vert.x's WebClient) into a file -> "
                            + answer.statusCode() + " \"" + body + "\"");
                    return null;
                }));
    }

    private Future<Void> downloadAndCompare() {
        Path copy = run.workDir().resolve("downloaded-" + DemoRun.BIG_KEY);
        narrator.step("DownloadFile", DemoRun.BIG_KEY + " in ranged GETs at once, into a file that appears only when whole:");
        return s3.call(S3Methods.DOWNLOAD_FILE, Map.of("Bucket", bucket, "Key", DemoRun.BIG_KEY, "Filename", copy,
                        "Listener", new ProgressBar(narrator), "Cancellation", run.cancellation()))
                .compose(downloaded -> compare(downloaded, run.bigFile()));
    }

    /** Hashes both files on a worker thread: reading 2 x 64 MiB has no place on an event loop. */
    private Future<Void> compare(DownloadResult downloaded, Path original) {
        return vertx.executeBlocking(() -> List.of(SampleFiles.sha256(original), SampleFiles.sha256(downloaded.file())))
                .compose(hashes -> {
                    if (!hashes.get(0).equals(hashes.get(1))) {
                        return Future.failedFuture(new IllegalStateException("the download's SHA-256 " + hashes.get(1)
                                + " is not the upload's " + hashes.get(0)));
                    }
                    narrator.step("compared", "SHA-256 of the download = SHA-256 of the upload, "
                            + SampleFiles.shortHash(hashes.get(0)));
                    return Future.succeededFuture();
                });
    }

    private Future<Void> queueRoundTrip() {
        // The demo removes its queue at the end; it must not be one that was there before.
        return sqs.call("GetQueueUrl", Map.of("QueueName", run.name()))
                .transform(found -> found.succeeded()
                        ? Future.failedFuture(new IllegalStateException("queue " + run.name() + " exists already;"
                        + " the demo only uses a queue it creates"))
                        : sqs.call("CreateQueue", Map.of("QueueName", run.name())))
                .compose(created -> {
                    String queueUrl = (String) created.get("QueueUrl");
                    run.cleanup().remote("queue " + run.name(), () -> deleteQueue(queueUrl));
                    narrator.step("CreateQueue", queueUrl);
                    return sendReceiveDelete(queueUrl);
                });
    }

    private Future<Void> sendReceiveDelete(String queueUrl) {
        return sqs.call("SendMessage", Map.of("QueueUrl", queueUrl, "MessageBody", MESSAGE))
                .compose(sent -> {
                    narrator.step("SendMessage", "\"" + MESSAGE + "\" -> MessageId " + sent.get("MessageId"));
                    return receiveOne(queueUrl, RECEIVE_ATTEMPTS);
                })
                .compose(message -> {
                    narrator.step("ReceiveMessage", "\"" + message.get("Body") + "\"");
                    return sqs.call("DeleteMessage", Map.of("QueueUrl", queueUrl,
                            "ReceiptHandle", message.get("ReceiptHandle")));
                })
                .map(deleted -> {
                    narrator.step("DeleteMessage", "by its receipt handle: received and done with");
                    return null;
                });
    }

    /** One message, long-polling up to 5 seconds per attempt. */
    private Future<Map<String, Object>> receiveOne(String queueUrl, int attempts) {
        return sqs.call("ReceiveMessage", Map.of("QueueUrl", queueUrl, "MaxNumberOfMessages", 1, "WaitTimeSeconds", 5))
                .compose(received -> {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> messages = (List<Map<String, Object>>) received.getOrDefault("Messages",
                            List.of());
                    if (!messages.isEmpty()) {
                        return Future.succeededFuture(messages.get(0));
                    }
                    return attempts > 1 ? receiveOne(queueUrl, attempts - 1)
                            : Future.failedFuture(new IllegalStateException("the message sent to " + queueUrl
                            + " did not come back"));
                });
    }

    /** The queue's removal, for the clean-up (which runs on the main thread or a shutdown hook). */
    private void deleteQueue(String queueUrl) {
        sqs.call("DeleteQueue", Map.of("QueueUrl", queueUrl)).await();
        narrator.step("DeleteQueue", URI.create(queueUrl).getPath());
    }
}
