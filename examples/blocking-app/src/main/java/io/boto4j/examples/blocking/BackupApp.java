package io.boto4j.examples.blocking;

import io.boto4j.core.SdkException;
import io.boto4j.core.ServiceException;
import io.boto4j.examples.blocking.s3.ObjectInfo;
import io.boto4j.examples.blocking.s3.ObjectKey;
import io.boto4j.examples.blocking.s3.StoredObjects;
import io.boto4j.sync.SyncClient;

import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Backs files up to an S3 bucket with the blocking layer, from the command line:
 *
 * <pre>
 * java --module-path lib --module io.boto4j.examples.blocking/io.boto4j.examples.blocking.BackupApp BUCKET FILE...
 * </pre>
 *
 * Settings come from where the AWS CLI reads them: {@code AWS_REGION}, {@code AWS_ENDPOINT_URL},
 * the credentials chain and {@code ~/.aws}. It creates the bucket unless it is already yours,
 * uploads each file under its name, checks what S3 stored through a typed view, and lists the
 * bucket a page at a time.
 */
public final class BackupApp {
    private final SyncClient s3;
    private final StoredObjects objects;
    private final PrintStream out;

    /** An application that calls {@code s3} and reports to {@code out}. */
    public BackupApp(SyncClient s3, PrintStream out) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        // The lookup lets the SDK open StoredObjects' package to Jackson and itself: no module-info line.
        this.objects = s3.view(StoredObjects.class, MethodHandles.lookup());
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Creates the bucket, unless this account owns it already. */
    public void ensureBucket(String bucket) {
        try {
            s3.call("CreateBucket", Map.of("Bucket", bucket));
            out.println("created bucket " + bucket);
        } catch (ServiceException e) {
            if (!e.errorCode().equals("BucketAlreadyOwnedByYou")) {
                throw e;
            }
            out.println("bucket " + bucket + " is already yours");
        }
    }

    /** Uploads a file under its file name, then asks S3 what it stored. */
    // ObjectInfo's package is the application's own, read by its tests; the module exports it to
    // no one (the SDK reaches it through the lookup handed to view()).
    @SuppressWarnings("exports")
    public ObjectInfo upload(String bucket, Path file) {
        String key = file.getFileName().toString();
        s3.call("PutObject", Map.of("Bucket", bucket, "Key", key, "Body", file));
        ObjectInfo stored = objects.headObject(new ObjectKey(bucket, key));
        out.println("uploaded " + key + ": " + objects.sizeOf(bucket, key) + " bytes, ETag " + stored.eTag());
        return stored;
    }

    /** Lists the bucket, {@code pageSize} objects a request; returns the objects' total size. */
    public long list(String bucket, int pageSize) {
        long objectCount = 0;
        long totalBytes = 0;
        for (Map<String, Object> page : s3.paginate("ListObjectsV2", Map.of("Bucket", bucket, "MaxKeys", pageSize))) {
            for (Object entry : (List<?>) page.getOrDefault("Contents", List.of())) {
                Map<?, ?> object = (Map<?, ?>) entry;
                long size = (Long) object.get("Size");
                out.println("  " + object.get("Key") + "  " + size + " bytes");
                objectCount++;
                totalBytes += size;
            }
        }
        out.println(bucket + ": " + objectCount + " objects, " + totalBytes + " bytes");
        return totalBytes;
    }

    /** {@code BUCKET FILE...}: exits with 2 on bad usage, 1 when a call fails. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: BackupApp BUCKET FILE...");
            System.exit(2);
        }
        String bucket = args[0];
        try (SyncClient s3 = SyncClient.create("s3")) {
            BackupApp app = new BackupApp(s3, System.out);
            app.ensureBucket(bucket);
            for (int i = 1; i < args.length; i++) {
                app.upload(bucket, Path.of(args[i]));
            }
            app.list(bucket, 1000);
        } catch (SdkException e) {
            System.err.println("backup failed: " + e.getMessage());
            System.exit(1);
        }
    }
}
