package io.boto4j.s3.internal.transfer;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.checksums.ChecksumAlgorithm;
import io.boto4j.core.pipeline.CallResult;
import io.boto4j.core.pipeline.ResponseStream;
import io.boto4j.core.plugin.MethodCall;
import io.boto4j.s3.DownloadResult;
import io.boto4j.s3.ObjectChecksum;
import io.boto4j.s3.TransferOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * boto3's {@code download_file}: an object to a file, by parallel ranged GETs written at their
 * offsets into a temporary file beside the destination, which is moved onto it once every byte is
 * there and checked. Every GET is pinned to what HeadObject saw ({@code If-Match} its ETag, and its
 * version), so an object replaced mid-download fails the download rather than mixing two versions.
 * On any failure or cancellation the temporary file is deleted and the destination left as it was.
 */
public final class Downloads {
    private static final System.Logger LOG = System.getLogger("io.boto4j.s3.transfer");

    private Downloads() {
    }

    /** What HeadObject said, and how the object will be fetched and checked. */
    private record Plan(long size, String eTag, String versionId, ObjectChecksum checksum, List<Range> ranges,
                        boolean whole, DownloadCheck check) {
    }

    /** {@code DownloadFile}: the object to {@code Filename}. */
    public static CompletableFuture<DownloadResult> downloadFile(MethodCall call) {
        ArgumentProblems problems = new ArgumentProblems(call);
        TransferSettings.check(problems);
        Map<?, ?> extraGiven = call.argument("ExtraArgs", Map.class, Map.of());
        ExtraArgs.check(extraGiven, ExtraArgs.DOWNLOAD, problems);
        String versionId = call.argument("VersionId", String.class);
        if (versionId != null && extraGiven.get("VersionId") != null && !versionId.equals(extraGiven.get("VersionId"))) {
            problems.add("VersionId", "VersionId and ExtraArgs.VersionId differ: give one");
        }
        problems.throwIfAny();
        @SuppressWarnings("unchecked")
        Map<String, Object> extra = ExtraArgs.only((Map<String, ?>) extraGiven, ExtraArgs.DOWNLOAD);
        if (versionId != null) {
            extra.put("VersionId", versionId);
        }
        String bucket = call.argument("Bucket", String.class);
        String key = call.argument("Key", String.class);
        Path file = call.argument("Filename", Path.class);
        TransferSettings settings = TransferSettings.of(call, TransferOptions.MULTIPART_THRESHOLD);
        Transfer transfer = new Transfer(call, "s3://" + bucket + "/" + key);

        TempFile[] temp = new TempFile[1];
        CompletableFuture<DownloadResult> work = transfer.blocking(() -> {
            try {
                return temp[0] = TempFile.create(file);
            } catch (IOException e) {
                throw new SdkClientException(transfer.method() + ": cannot write " + file + ": " + e, e);
            }
        }).thenCompose(created -> {
            Map<String, Object> head = params(bucket, key, extra);
            head.putIfAbsent("ChecksumMode", "ENABLED");
            return transfer.send("HeadObject", head);
        }).thenCompose(head -> plan(transfer, bucket, key, extra, settings, head.output()))
                .thenCompose(plan -> fetch(transfer, bucket, key, extra, settings, temp[0], plan)
                        .thenCompose(x -> transfer.blocking(() -> {
                            plan.check().finish(temp[0].channel(), plan.size());
                            long written = temp[0].channel().size();
                            if (written != plan.size()) {
                                throw new SdkClientException(transfer.method() + " of " + transfer.what() + ": wrote "
                                        + written + " bytes of its " + plan.size());
                            }
                            temp[0].commit();
                            return new DownloadResult(bucket, key, file, plan.size(), plan.eTag(), plan.versionId(),
                                    plan.checksum(), plan.check().validates());
                        })));
        work = work.handle((result, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(result);
            }
            if (temp[0] == null) {
                return CompletableFuture.<DownloadResult>failedFuture(failure);
            }
            return transfer.<Void>blockingRegardless(() -> {
                temp[0].discard();
                return null;
            }).<DownloadResult>handle((x, discardFailure) -> {
                if (discardFailure != null) {
                    LOG.log(System.Logger.Level.WARNING, "{0}: could not delete {1}: {2}", transfer.method(),
                            temp[0].path(), Transfer.unwrap(discardFailure).toString());
                }
                throw new java.util.concurrent.CompletionException(Transfer.unwrap(failure));
            });
        }).thenCompose(f -> f);
        return transfer.finish(work);
    }

    /** Decides the ranges and the check; a composite checksum needs the object's part list. */
    private static CompletableFuture<Plan> plan(Transfer transfer, String bucket, String key, Map<String, Object> extra,
                                                TransferSettings settings, Map<String, Object> head) {
        long size = ((Number) Objects.requireNonNull(head.get("ContentLength"), "HeadObject gave no length")).longValue();
        String eTag = (String) head.get("ETag");
        String versionId = (String) head.get("VersionId");
        ObjectChecksum checksum = ObjectChecksum.from(head);
        boolean compositeWeCanCheck = checksum != null && checksum.isComposite()
                && ChecksumAlgorithm.find(checksum.algorithm()).isPresent();
        CompletableFuture<List<DownloadCheck.ObjectPart>> parts = compositeWeCanCheck
                ? objectParts(transfer, bucket, key, extra, versionId, size, checksum)
                : CompletableFuture.completedFuture(null);
        return parts.thenApply(listed -> {
            List<Range> ranges;
            boolean whole = false;
            if (listed != null) {
                ranges = new ArrayList<>(listed.size());
                long offset = 0;
                for (DownloadCheck.ObjectPart p : listed) {
                    ranges.add(new Range(p.partNumber(), offset, p.size()));
                    offset += p.size();
                }
            } else if (size < settings.threshold() || size == 0) {
                ranges = List.of(new Range(1, 0, size));
                whole = true;
            } else {
                ranges = PartPlan.ranges(size, settings.partSize());
            }
            transfer.progress.started(size, whole ? 0 : ranges.size());
            return new Plan(size, eTag, versionId, checksum, ranges, whole, DownloadCheck.of(transfer, checksum, listed));
        });
    }

    /**
     * The object's parts with their checksums (GetObjectAttributes, a page of 1000 at a time), or
     * null when S3 does not list them or they do not add up to the object: then the composite
     * checksum cannot be checked, which is logged, and the download goes on.
     */
    private static CompletableFuture<List<DownloadCheck.ObjectPart>> objectParts(
            Transfer transfer, String bucket, String key, Map<String, Object> extra, String versionId, long size,
            ObjectChecksum checksum) {
        String member = Checksums.member(checksum.algorithm());
        List<DownloadCheck.ObjectPart> parts = new ArrayList<>();
        return attributesPage(transfer, bucket, key, extra, versionId, null, member, parts).handle((x, failure) -> {
            if (failure != null) {
                if (transfer.stopped() || !(Transfer.unwrap(failure) instanceof ServiceException)) {
                    throw new java.util.concurrent.CompletionException(Transfer.unwrap(failure));
                }
                LOG.log(System.Logger.Level.DEBUG, "{0} of {1}: no part list ({2}); its composite checksum is not"
                        + " checked", transfer.method(), transfer.what(), Transfer.unwrap(failure).getMessage());
                return null;
            }
            int expectedCount = compositePartCount(checksum.value());
            long total = 0;
            for (int i = 0; i < parts.size(); i++) {
                DownloadCheck.ObjectPart p = parts.get(i);
                if (p.partNumber() != i + 1 || p.checksum() == null || p.size() <= 0) {
                    total = -1;
                    break;
                }
                total += p.size();
            }
            if ((expectedCount >= 0 && parts.size() != expectedCount) || total != size) {
                LOG.log(System.Logger.Level.DEBUG, "{0} of {1}: S3 listed {2} parts of {3} bytes for {4} of {5};"
                        + " its composite checksum is not checked", transfer.method(), transfer.what(), parts.size(),
                        total, expectedCount, size);
                return null;
            }
            return parts;
        });
    }

    /** The part count a composite checksum ends with ({@code abc=-3}), or -1 when it has none. */
    private static int compositePartCount(String value) {
        int dash = value.lastIndexOf('-');
        try {
            return dash < 0 ? -1 : Integer.parseInt(value.substring(dash + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static CompletableFuture<Void> attributesPage(Transfer transfer, String bucket, String key,
                                                          Map<String, Object> extra, String versionId, Object marker,
                                                          String member, List<DownloadCheck.ObjectPart> parts) {
        Map<String, Object> params = params(bucket, key, ExtraArgs.without(extra, java.util.Set.of("ChecksumMode")));
        if (versionId != null) {
            params.put("VersionId", versionId);
        }
        params.put("ObjectAttributes", List.of("ObjectParts"));
        params.put("MaxParts", 1000);
        if (marker != null) {
            params.put("PartNumberMarker", marker);
        }
        return transfer.send("GetObjectAttributes", params).thenCompose(result -> {
            if (!(result.output().get("ObjectParts") instanceof Map<?, ?> page)
                    || !(page.get("Parts") instanceof List<?> listed)) {
                return CompletableFuture.completedFuture(null);
            }
            for (Object o : listed) {
                Map<?, ?> p = (Map<?, ?>) o;
                parts.add(new DownloadCheck.ObjectPart(((Number) p.get("PartNumber")).intValue(),
                        ((Number) p.get("Size")).longValue(), (String) p.get(member)));
            }
            if (Boolean.TRUE.equals(page.get("IsTruncated")) && page.get("NextPartNumberMarker") != null) {
                return attributesPage(transfer, bucket, key, extra, versionId, page.get("NextPartNumberMarker"),
                        member, parts);
            }
            return CompletableFuture.completedFuture(null);
        });
    }

    /** Every range, in parallel, into the temporary file. */
    private static CompletableFuture<?> fetch(Transfer transfer, String bucket, String key, Map<String, Object> extra,
                                              TransferSettings settings, TempFile temp, Plan plan) {
        Deque<Range> queue = new ArrayDeque<>(plan.ranges());
        PartRunner.Source<Range> source = () -> CompletableFuture.completedFuture(queue.poll());
        return new PartRunner<>(transfer, settings.concurrency(), source, range -> {
            Map<String, Object> get = params(bucket, key, extra);
            get.put("IfMatch", plan.eTag());
            if (plan.versionId() != null) {
                get.put("VersionId", plan.versionId());
            }
            if (!plan.whole()) {
                get.put("Range", range.header());
            }
            return transfer.send("GetObject", get).thenCompose(got -> write(transfer, temp, range, plan, got))
                    .thenApply(value -> {
                        plan.check().rangeDone(range, value);
                        if (!plan.whole()) {
                            transfer.progress.partCompleted(range.partNumber());
                        }
                        return range;
                    });
        }).run();
    }

    private static CompletableFuture<byte[]> write(Transfer transfer, TempFile temp, Range range, Plan plan,
                                                   CallResult got) {
        ResponseStream body = got.stream();
        if (body == null) {
            return CompletableFuture.failedFuture(new SdkClientException(transfer.method() + ": GetObject of "
                    + transfer.what() + " answered without a body"));
        }
        return new RangeWriter(transfer, temp.channel(), range, plan.check().digestFor(range), body).start();
    }

    private static Map<String, Object> params(String bucket, String key, Map<String, Object> extra) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("Bucket", bucket);
        params.put("Key", key);
        params.putAll(extra);
        return params;
    }
}
