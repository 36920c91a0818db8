package io.boto4j.s3;

import io.boto4j.core.http.RequestBody;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;
import io.boto4j.s3.internal.transfer.Copies;
import io.boto4j.s3.internal.transfer.Downloads;
import io.boto4j.s3.internal.transfer.Uploads;

import java.nio.file.Path;
import java.util.Map;

/**
 * S3's transfer methods, boto3's {@code upload_file}, {@code upload_fileobj},
 * {@code download_file} and {@code copy}: multipart above a threshold, parts in parallel with
 * bounded memory, per-part checksums, progress, and clean-up on failure or cancellation (an
 * aborted multipart upload, no partial file). Every S3 client has them, on both layers:
 *
 * <pre>{@code
 * // blocking
 * UploadResult up = s3.call(S3Methods.UPLOAD_FILE, Map.of(
 *         "Filename", Path.of("backup.tar"), "Bucket", "b", "Key", "backups/backup.tar",
 *         "ExtraArgs", Map.of("ContentType", "application/x-tar")));
 * DownloadResult down = s3.call(S3Methods.DOWNLOAD_FILE, Map.of(
 *         "Bucket", "b", "Key", "backups/backup.tar", "Filename", Path.of("restored.tar")));
 *
 * // Vert.x: a Future, and Vert.x streams for UploadStream's Body
 * asyncS3.call(S3Methods.UPLOAD_STREAM, Map.of("Body", request, "Bucket", "b", "Key", "upload.bin"))
 *         .onSuccess(result -> ...);
 * }</pre>
 *
 * Sizes and concurrency come from the client's {@link TransferOptions}, or per call from the
 * {@code MultipartThreshold}, {@code PartSize} and {@code MaxConcurrency} arguments.
 * {@code ExtraArgs} takes the members boto3 allows for the same method. File reads and writes
 * run on the client's blocking executor, never on an event loop.
 *
 * <p><b>Results and failures.</b> On {@code SyncClient} the call blocks until the transfer and its
 * clean-up are done; interrupting the thread cancels the transfer and returns at once, the
 * clean-up finishing in the background. On {@code AsyncClient} the
 * future completes on the calling context, where a {@link TransferListener} is called too; stop a
 * transfer with a {@link TransferCancellation}. Arguments are checked before any request (a
 * {@link io.boto4j.core.ParamValidationException} listing every problem: a missing or
 * non-positive size, an {@code ExtraArgs} member boto3 does not allow...). A refused request
 * fails the transfer with its {@link io.boto4j.core.ServiceException} once the transfer is
 * cleaned up; a cancelled one fails with an {@link io.boto4j.core.SdkClientException} saying
 * it was cancelled.
 */
public final class S3Methods {
    private static final MethodParameter BUCKET = MethodParameter.required("Bucket", String.class, "the bucket");
    private static final MethodParameter KEY = MethodParameter.required("Key", String.class, "the object's key");
    private static final MethodParameter LISTENER = MethodParameter.optional("Listener", TransferListener.class,
            "hears the progress: bytes acknowledged by S3 (written, for downloads), parts completed");
    private static final MethodParameter CANCELLATION = MethodParameter.optional("Cancellation",
            TransferCancellation.class, "cancels the transfer when cancelled; what it started is cleaned up");
    private static final MethodParameter PART_SIZE = MethodParameter.optional("PartSize", Long.class,
            "the part size in bytes (default: the client's s3.multipart_chunksize, 8 MiB); uploads and copies"
                    + " keep it between 5 MiB and 5 GiB and within 10,000 parts");
    private static final MethodParameter MAX_CONCURRENCY = MethodParameter.optional("MaxConcurrency", Integer.class,
            "the most requests in flight (default: the client's s3.max_concurrent_requests, 10)");
    private static final MethodParameter THRESHOLD = MethodParameter.optional("MultipartThreshold", Long.class,
            "from this size on, use parts (default: the client's s3.multipart_threshold, 8 MiB)");

    /**
     * boto3's {@code upload_file}: a file to an object. Below the multipart threshold one
     * PutObject; from it on, CreateMultipartUpload, parts read and sent in parallel (at most
     * {@code MaxConcurrency} parts in memory), each with its checksum (CRC32 unless ExtraArgs
     * picks a {@code ChecksumAlgorithm}), then CompleteMultipartUpload; AbortMultipartUpload on any
     * failure or cancellation.
     */
    public static final CustomMethod<UploadResult> UPLOAD_FILE = CustomMethod.builder("UploadFile", UploadResult.class)
            .documentation("Uploads a file to an object, as a multipart upload from the multipart threshold on"
                    + " (boto3's upload_file).")
            .parameter(MethodParameter.required("Filename", Path.class, "the file to upload"))
            .parameter(BUCKET)
            .parameter(KEY)
            .parameter(MethodParameter.optional("ExtraArgs", Map.class, "PutObject / CreateMultipartUpload members,"
                    + " e.g. ContentType, Metadata, ServerSideEncryption, ACL, ChecksumAlgorithm (as boto3's"
                    + " ALLOWED_UPLOAD_ARGS)"))
            .parameter(LISTENER)
            .parameter(THRESHOLD)
            .parameter(PART_SIZE)
            .parameter(MAX_CONCURRENCY)
            .parameter(CANCELLATION)
            .implementation(Uploads::uploadFile)
            .build();

    /**
     * boto3's {@code upload_fileobj}: a stream to an object. The stream is cut into parts as it is
     * read (its length need not be known), holding at most {@code MaxConcurrency} parts; otherwise
     * as {@link #UPLOAD_FILE}. {@code Body} takes the layer's stream types: an
     * {@code InputStream}, bytes or a {@code Path} on the blocking layer; a {@code ReadStream} of
     * buffers, an {@code AsyncFile} or a {@code Buffer} on the Vert.x layer.
     */
    public static final CustomMethod<UploadResult> UPLOAD_STREAM = CustomMethod
            .builder("UploadStream", UploadResult.class)
            .documentation("Uploads a stream to an object, cut into parts as it is read (boto3's upload_fileobj).")
            .parameter(MethodParameter.required("Body", RequestBody.class, "the stream to upload"))
            .parameter(BUCKET)
            .parameter(KEY)
            .parameter(MethodParameter.optional("ExtraArgs", Map.class, "as UploadFile's"))
            .parameter(LISTENER)
            .parameter(THRESHOLD)
            .parameter(PART_SIZE)
            .parameter(MAX_CONCURRENCY)
            .parameter(CANCELLATION)
            .implementation(Uploads::uploadStream)
            .build();

    /**
     * boto3's {@code download_file}: an object to a file. HeadObject, then (from the multipart
     * threshold on) parallel ranged GETs pinned to the object's ETag and version, written into a
     * temporary file beside the destination and moved onto it when whole and checked against the
     * object's checksum ({@link DownloadResult#checksumValidated()} says whether it could be).
     * On failure or cancellation the destination is left as it was and the temporary file deleted.
     */
    public static final CustomMethod<DownloadResult> DOWNLOAD_FILE = CustomMethod
            .builder("DownloadFile", DownloadResult.class)
            .documentation("Downloads an object to a file with parallel ranged GETs; no partial file on failure"
                    + " (boto3's download_file).")
            .parameter(BUCKET)
            .parameter(KEY)
            .parameter(MethodParameter.required("Filename", Path.class, "the file to write (replaced when it exists)"))
            .parameter(MethodParameter.optional("VersionId", String.class, "the version to download"))
            .parameter(MethodParameter.optional("ExtraArgs", Map.class, "HeadObject / GetObject members: VersionId,"
                    + " SSECustomerAlgorithm, SSECustomerKey, SSECustomerKeyMD5, RequestPayer, ExpectedBucketOwner,"
                    + " ChecksumMode"))
            .parameter(LISTENER)
            .parameter(THRESHOLD)
            .parameter(PART_SIZE)
            .parameter(MAX_CONCURRENCY)
            .parameter(CANCELLATION)
            .implementation(Downloads::downloadFile)
            .build();

    /**
     * boto3's {@code copy}: an object to another bucket or key, within S3. One CopyObject below
     * the multipart copy threshold (5 GiB, the most CopyObject can copy), else UploadPartCopy
     * requests in parallel, pinned to the source's ETag; AbortMultipartUpload on any failure.
     */
    public static final CustomMethod<CopyResult> COPY = CustomMethod.builder("Copy", CopyResult.class)
            .documentation("Copies an object, with parallel UploadPartCopy from the multipart copy threshold on"
                    + " (boto3's copy).")
            .parameter(MethodParameter.required("CopySource", Map.class,
                    "the object to copy: {Bucket, Key, VersionId (optional)}"))
            .parameter(BUCKET)
            .parameter(KEY)
            .parameter(MethodParameter.optional("ExtraArgs", Map.class, "CopyObject / CreateMultipartUpload members"
                    + " (as boto3's ALLOWED_COPY_ARGS), e.g. MetadataDirective, CopySourceIfMatch, StorageClass"))
            .parameter(LISTENER)
            .parameter(MethodParameter.optional("MultipartThreshold", Long.class,
                    "from this size on, copy in parts (default: the client's s3.multipart_copy_threshold, 5 GiB)"))
            .parameter(PART_SIZE)
            .parameter(MAX_CONCURRENCY)
            .parameter(CANCELLATION)
            .implementation(Copies::copy)
            .build();

    private S3Methods() {
    }
}
