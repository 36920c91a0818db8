package io.boto4j.examples.demo;

import io.boto4j.core.client.CoreMethods;
import io.boto4j.core.http.Redaction;
import io.boto4j.core.introspect.MethodInfo;
import io.boto4j.core.paginate.PaginationConfig;
import io.boto4j.examples.demo.view.ObjectAddress;
import io.boto4j.examples.demo.view.ObjectHead;
import io.boto4j.examples.demo.view.S3Objects;
import io.boto4j.s3.S3Methods;
import io.boto4j.s3.UploadResult;
import io.boto4j.sync.SyncClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Part 1: S3 through the blocking layer, {@link SyncClient}: every call returns its output as plain
 * values (a structure is a {@code Map} in model order) or throws. It creates the run's bucket,
 * which the Vert.x part uses too, and uploads the large file the Vert.x part downloads.
 */
final class BlockingTour {
    static final String HELLO_KEY = "hello.txt";
    static final String HELLO = "Hello from boto4j's blocking layer!";
    private static final int NOTES = 12;
    private static final int NOTES_PER_PAGE = 5;

    private final SyncClient s3;
    private final DemoRun run;
    private final Narrator narrator;
    private final String bucket;

    BlockingTour(SyncClient s3, DemoRun run) {
        this.s3 = s3;
        this.run = run;
        this.narrator = run.narrator();
        this.bucket = run.name();
    }

    void run() throws IOException, InterruptedException {
        narrator.heading("1. The blocking layer: io.boto4j.sync.SyncClient (its own HTTP/1.1 client, on the caller's thread)");
        createBucket();
        putAndGet();
        listInPages();
        presignedGet();
        multipartUpload();
        typedView();
        customMethods();
    }

    private void createBucket() {
        Buckets.create(s3, bucket);
        run.cleanup().remote("bucket " + bucket, () -> Buckets.deleteWithContents(s3, bucket, narrator));
        narrator.step("CreateBucket", bucket + " in " + s3.region());
    }

    private void putAndGet() throws IOException {
        Map<String, Object> put = s3.call("PutObject", Map.of("Bucket", bucket, "Key", HELLO_KEY, "Body", HELLO,
                "ContentType", "text/plain", "Metadata", Map.of("layer", "blocking")));
        narrator.step("PutObject", HELLO_KEY + ", " + HELLO.length() + " bytes -> ETag " + put.get("ETag"));

        Map<String, Object> got = s3.call("GetObject", Map.of("Bucket", bucket, "Key", HELLO_KEY));
        try (InputStream body = (InputStream) got.get("Body")) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            narrator.step("GetObject", HELLO_KEY + " -> \"" + text + "\", " + got.get("ContentType")
                    + ", metadata " + got.get("Metadata"));
        }
    }

    private void listInPages() {
        for (int i = 1; i <= NOTES; i++) {
            s3.call("PutObject", Map.of("Bucket", bucket, "Key", noteKey(i), "Body", "note " + i));
        }
        narrator.step("PutObject x" + NOTES, noteKey(1) + " ... " + noteKey(NOTES));

        List<Integer> keysPerPage = new ArrayList<>();
        for (Map<String, Object> page : s3.paginate("ListObjectsV2", Map.of("Bucket", bucket, "Prefix", "notes/"),
                PaginationConfig.NONE.withPageSize(NOTES_PER_PAGE))) {
            keysPerPage.add(((List<?>) page.get("Contents")).size());
        }
        narrator.step("paginate", "ListObjectsV2 Prefix=notes/, " + NOTES_PER_PAGE + " keys a page -> "
                + keysPerPage.size() + " pages of " + keysPerPage + " keys");
    }

    private static String noteKey(int i) {
        return String.format("notes/%02d.txt", i);
    }

    private void presignedGet() throws IOException, InterruptedException {
        URI url = s3.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of("Operation", "GetObject",
                "Params", Map.of("Bucket", bucket, "Key", HELLO_KEY), "ExpiresIn", Duration.ofMinutes(5)));
        narrator.step("presign", "GetObject " + HELLO_KEY + ", valid 5 minutes:");
        narrator.more(Redaction.text(url.toString()));

        // Anyone holding the URL can fetch it, with no SDK and no credentials: here, the JDK's HTTP client.
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofString());
        narrator.step("HTTP GET", "that URL with java.net.http -> " + answer.statusCode() + " \"" + answer.body() + "\"");
    }

    private void multipartUpload() throws IOException {
        SampleFiles.generate(run.bigFile(), run.sizeBytes());
        narrator.step("generated", DemoRun.BIG_KEY + ", " + Narrator.mib(run.sizeBytes()) + " of random bytes, SHA-256 "
                + SampleFiles.shortHash(SampleFiles.sha256(run.bigFile())));

        narrator.step("UploadFile", DemoRun.BIG_KEY + " in parts of 8 MiB, up to 10 at a time, a CRC32 on each:");
        run.uploads().started();
        try {
            UploadResult upload = s3.call(S3Methods.UPLOAD_FILE, Map.of("Filename", run.bigFile(),
                    "Bucket", bucket, "Key", DemoRun.BIG_KEY,
                    "Listener", new ProgressBar(narrator), "Cancellation", run.cancellation()));
            narrator.more("-> " + upload.partCount() + " parts, ETag " + upload.eTag());
        } finally {
            run.uploads().ended();
        }
    }

    private void typedView() {
        S3Objects objects = s3.view(S3Objects.class);
        ObjectHead head = objects.headObject(new ObjectAddress(bucket, DemoRun.BIG_KEY));
        narrator.step("typed view", "S3Objects.headObject(ObjectAddress) calls HeadObject -> ObjectHead with");
        narrator.more("contentLength " + Narrator.count(head.contentLength()) + ", eTag " + head.eTag()
                + ", lastModified " + head.lastModified());
    }

    private void customMethods() {
        narrator.step("methods()", "S3's custom methods: " + String.join(", ", s3.methods()));
        MethodInfo upload = s3.describeMethod("UploadFile");
        narrator.step("describeMethod", "UploadFile -> " + upload.resultType() + ", takes " + names(upload, true));
        narrator.more("and optionally " + names(upload, false));
    }

    private static String names(MethodInfo method, boolean required) {
        return String.join(", ", method.parameters().stream().filter(p -> p.required() == required)
                .map(MethodInfo.ParameterInfo::name).toList());
    }
}
