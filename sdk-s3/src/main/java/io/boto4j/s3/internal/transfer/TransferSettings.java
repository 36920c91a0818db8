package io.boto4j.s3.internal.transfer;

import io.boto4j.core.plugin.ClientOption;
import io.boto4j.core.plugin.MethodCall;
import io.boto4j.s3.TransferOptions;

/**
 * One transfer's sizes and concurrency: the call's arguments where given, else the client's
 * options ({@link TransferOptions}).
 *
 * @param threshold   from this size on, the transfer uses parts
 * @param partSize    the part size asked for (uploads and copies adjust it to S3's limits)
 * @param concurrency the most requests in flight at once
 */
record TransferSettings(long threshold, long partSize, int concurrency) {
    static final String THRESHOLD = "MultipartThreshold";
    static final String PART_SIZE = "PartSize";
    static final String MAX_CONCURRENCY = "MaxConcurrency";

    /** The settings of a call; its numbers must have been checked positive ({@link #check}). */
    static TransferSettings of(MethodCall call, ClientOption<Long> thresholdOption) {
        return new TransferSettings(
                call.argument(THRESHOLD, Long.class, call.option(thresholdOption)),
                call.argument(PART_SIZE, Long.class, call.option(TransferOptions.MULTIPART_CHUNKSIZE)),
                call.argument(MAX_CONCURRENCY, Integer.class, call.option(TransferOptions.MAX_CONCURRENT_REQUESTS)));
    }

    /** Adds a problem for each per-call setting that is not positive. */
    static void check(ArgumentProblems problems) {
        problems.requirePositive(THRESHOLD);
        problems.requirePositive(PART_SIZE);
        problems.requirePositive(MAX_CONCURRENCY);
    }
}
