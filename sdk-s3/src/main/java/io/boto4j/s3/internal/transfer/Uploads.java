package io.boto4j.s3.internal.transfer;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.plugin.MethodCall;
import io.boto4j.s3.ObjectChecksum;
import io.boto4j.s3.TransferOptions;
import io.boto4j.s3.UploadResult;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * boto3's {@code upload_file} and {@code upload_fileobj}: a file or a stream to an object, in one
 * PutObject below the multipart threshold, else as a multipart upload whose parts go in parallel.
 * Each part is read into its own array (on the blocking executor, its checksum computed there)
 * and kept until S3 acknowledged it, so an upload holds at most part size × concurrency bytes
 * (a stream of unknown length also the parts read ahead to learn whether it reaches the threshold).
 */
public final class Uploads {
    /** The largest array the JDK allocates; a bigger part or single request cannot be held in memory. */
    static final long MAX_IN_MEMORY = Integer.MAX_VALUE - 8;

    private Uploads() {
    }

    /** {@code UploadFile}: the file at {@code Filename}. */
    public static CompletableFuture<UploadResult> uploadFile(MethodCall call) {
        UploadPlan plan = plan(call);
        TransferSettings settings = TransferSettings.of(call, TransferOptions.MULTIPART_THRESHOLD);
        Path file = call.argument("Filename", Path.class);
        Transfer transfer = new Transfer(call, "s3://" + plan.bucket() + "/" + plan.key());
        FileChannel[] channel = new FileChannel[1];
        CompletableFuture<UploadResult> work = transfer.blocking(() -> {
            channel[0] = open(transfer, file);
            return channel[0].size();
        }).thenCompose(size -> {
            if (size < Math.min(settings.threshold(), MAX_IN_MEMORY)) {
                transfer.progress.started(size, 0);
                return transfer.blocking(() -> read(transfer, file, channel[0], 0, size.intValue()))
                        .thenCompose(bytes -> putObject(transfer, plan, bytes));
            }
            long partSize = inMemoryPartSize(transfer, PartPlan.uploadPartSize(settings.partSize(), size));
            List<Range> ranges = PartPlan.ranges(size, partSize);
            transfer.progress.started(size, ranges.size());
            Deque<Range> queue = new ArrayDeque<>(ranges);
            PartRunner.Source<Range> source = () -> CompletableFuture.completedFuture(queue.poll());
            return MultipartSession.run(transfer, plan.createMultipartUpload(), settings.concurrency(), source,
                    (uploadId, range) -> transfer.blocking(
                                    () -> read(transfer, file, channel[0], range.offset(), (int) range.length()))
                            .thenCompose(bytes -> uploadPart(transfer, plan, uploadId, range.partNumber(), bytes)),
                    plan::completeExtra, plan.abortExtra())
                    .thenApply(done -> result(plan, done));
        });
        // Closed once everything settled: the runner completes only after its last read.
        work = work.whenComplete((r, f) -> {
            if (channel[0] != null) {
                transfer.blockingRegardless(() -> {
                    channel[0].close();
                    return null;
                });
            }
        });
        return transfer.finish(work);
    }

    /**
     * {@code UploadStream}: the stream in {@code Body}, cut into parts as it is read. Its length,
     * when the layer knows it, sizes the parts; otherwise the first parts are read ahead until the
     * threshold tells a single PutObject from a multipart upload.
     */
    public static CompletableFuture<UploadResult> uploadStream(MethodCall call) {
        UploadPlan plan = plan(call);
        TransferSettings settings = TransferSettings.of(call, TransferOptions.MULTIPART_THRESHOLD);
        RequestBody body = call.argument("Body", RequestBody.class);
        Transfer transfer = new Transfer(call, "s3://" + plan.bucket() + "/" + plan.key());
        long declared = body.contentLength();
        long partSize;
        try {
            partSize = inMemoryPartSize(transfer, PartPlan.uploadPartSize(settings.partSize(), declared));
        } catch (RuntimeException e) {
            return transfer.finish(CompletableFuture.failedFuture(e));
        }
        long singleLimit = Math.min(settings.threshold(), MAX_IN_MEMORY);
        transfer.progress.started(declared, declared < 0 ? -1
                : declared < singleLimit ? 0 : (int) PartPlan.partCount(declared, partSize));
        StreamSlicer slicer = new StreamSlicer(body.publisher(), (int) partSize);
        Runnable forget = transfer.onStop(slicer::cancel);
        CompletableFuture<UploadResult> work = readAhead(slicer, singleLimit, new ArrayList<>()).thenCompose(ahead -> {
            long readAhead = ahead.stream().mapToLong(StreamSlicer.Chunk::length).sum();
            if (slicer.ended() && readAhead < singleLimit) {
                checkLength(transfer, declared, readAhead);
                return transfer.blocking(() -> concat(ahead, readAhead))
                        .thenCompose(bytes -> putObject(transfer, plan, bytes));
            }
            PartRunner.Source<StreamSlicer.Chunk> source = streamParts(transfer, slicer, ahead, declared, partSize);
            return MultipartSession.run(transfer, plan.createMultipartUpload(), settings.concurrency(), source,
                    (uploadId, chunk) -> uploadPart(transfer, plan, uploadId, chunk.partNumber(), chunk.bytes()),
                    plan::completeExtra, plan.abortExtra())
                    .thenApply(done -> {
                        checkLength(transfer, declared, done.size());
                        return result(plan, done);
                    });
        });
        // However it ended, the caller's stream is let go (an InputStream is closed), read to its end or not.
        return transfer.finish(work.whenComplete((r, f) -> {
            forget.run();
            slicer.cancel();
        }));
    }

    /** Checks the arguments beyond their types, before any I/O. */
    private static UploadPlan plan(MethodCall call) {
        ArgumentProblems problems = new ArgumentProblems(call);
        TransferSettings.check(problems);
        Map<?, ?> extra = call.argument("ExtraArgs", Map.class, Map.of());
        ExtraArgs.check(extra, ExtraArgs.UPLOAD, problems);
        problems.throwIfAny();
        @SuppressWarnings("unchecked")
        Map<String, ?> extraArgs = (Map<String, ?>) extra;
        return new UploadPlan(call.argument("Bucket", String.class), call.argument("Key", String.class), extraArgs);
    }

    /** Parts of the stream until they reach {@code limit} bytes or the stream ends. */
    private static CompletableFuture<List<StreamSlicer.Chunk>> readAhead(StreamSlicer slicer, long limit,
                                                                         List<StreamSlicer.Chunk> read) {
        long size = read.stream().mapToLong(StreamSlicer.Chunk::length).sum();
        if (size >= limit) {
            return CompletableFuture.completedFuture(read);
        }
        return slicer.next().thenCompose(chunk -> {
            if (chunk == null) {
                return CompletableFuture.completedFuture(read);
            }
            read.add(chunk);
            return readAhead(slicer, limit, read);
        });
    }

    /** The parts read ahead, then the rest of the stream; the totals reported once it ends. */
    private static PartRunner.Source<StreamSlicer.Chunk> streamParts(Transfer transfer, StreamSlicer slicer,
                                                                    List<StreamSlicer.Chunk> ahead, long declared,
                                                                    long partSize) {
        Deque<StreamSlicer.Chunk> first = new ArrayDeque<>(ahead);
        return new PartRunner.Source<>() {
            @Override
            public CompletableFuture<StreamSlicer.Chunk> next() {
                StreamSlicer.Chunk chunk = first.poll();
                if (chunk != null) {
                    return CompletableFuture.completedFuture(chunk);
                }
                return slicer.next().thenApply(next -> {
                    if (next == null) {
                        long size = slicer.bytesRead();
                        transfer.progress.totals(size, (int) PartPlan.partCount(size, partSize));
                    } else if (next.partNumber() > PartPlan.MAX_PARTS) {
                        throw new SdkClientException(transfer.method() + " of " + transfer.what() + ": the stream"
                                + " needs more than " + PartPlan.MAX_PARTS + " parts of " + partSize + " bytes;"
                                + " give a larger PartSize");
                    }
                    return next;
                });
            }

            @Override
            public void cancel() {
                slicer.cancel();
            }
        };
    }

    private static CompletableFuture<UploadResult> putObject(Transfer transfer, UploadPlan plan, byte[] bytes) {
        return transfer.blocking(() -> plan.computed() == null ? null : Checksums.of(plan.computed(), bytes))
                .thenCompose(checksum -> transfer.send("PutObject", plan.putObject(bytes, checksum)))
                .thenApply(put -> {
                    transfer.progress.bytes(bytes.length);
                    Map<String, Object> out = put.output();
                    return new UploadResult(plan.bucket(), plan.key(), (String) out.get("ETag"),
                            (String) out.get("VersionId"), bytes.length, 0, ObjectChecksum.from(out));
                });
    }

    /** Checksums the part on the blocking executor, then sends it. */
    private static CompletableFuture<MultipartSession.CompletedPart> uploadPart(Transfer transfer, UploadPlan plan,
                                                                                String uploadId, int partNumber,
                                                                                byte[] bytes) {
        return transfer.blocking(() -> plan.computed() == null ? null : Checksums.of(plan.computed(), bytes))
                .thenCompose(checksum -> transfer.sendPart("UploadPart",
                                plan.uploadPart(uploadId, partNumber, bytes, checksum))
                        .thenApply(sent -> {
                            transfer.progress.bytes(bytes.length);
                            transfer.progress.partCompleted(partNumber);
                            String member = plan.partChecksumMember();
                            Object answered = sent.output().get(member);
                            String value = answered instanceof String s ? s
                                    : checksum == null ? null : Checksums.base64(checksum);
                            return new MultipartSession.CompletedPart(partNumber, (String) sent.output().get("ETag"),
                                    member, value, bytes.length);
                        }));
    }

    private static UploadResult result(UploadPlan plan, MultipartSession.Completed done) {
        Map<String, Object> out = done.output();
        return new UploadResult(plan.bucket(), plan.key(), (String) out.get("ETag"), (String) out.get("VersionId"),
                done.size(), done.parts().size(), ObjectChecksum.from(out));
    }

    private static long inMemoryPartSize(Transfer transfer, long partSize) {
        if (partSize > MAX_IN_MEMORY) {
            throw new SdkClientException(transfer.method() + ": parts of " + partSize + " bytes cannot be held in"
                    + " memory (at most " + MAX_IN_MEMORY + "); give a smaller PartSize");
        }
        return partSize;
    }

    private static void checkLength(Transfer transfer, long declared, long actual) {
        if (declared >= 0 && declared != actual) {
            throw new SdkClientException(transfer.method() + " of " + transfer.what() + ": the stream gave " + actual
                    + " bytes, not the " + declared + " it declared");
        }
    }

    private static FileChannel open(Transfer transfer, Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new SdkClientException(transfer.method() + ": cannot read " + file + ": " + e, e);
        }
    }

    /** Exactly {@code length} bytes at {@code offset}; a file that shrank while uploading is an error. */
    private static byte[] read(Transfer transfer, Path file, FileChannel channel, long offset, int length)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new SdkClientException(transfer.method() + ": " + file + " ended at byte "
                        + (offset + buffer.position()) + " while being uploaded (was it changed?)");
            }
        }
        return buffer.array();
    }

    private static byte[] concat(List<StreamSlicer.Chunk> chunks, long size) {
        if (chunks.size() == 1) {
            return chunks.get(0).bytes();
        }
        byte[] all = new byte[(int) size];
        int at = 0;
        for (StreamSlicer.Chunk c : chunks) {
            System.arraycopy(c.bytes(), 0, all, at, c.length());
            at += c.length();
        }
        return all;
    }
}
