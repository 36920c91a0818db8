package io.boto4j.s3;

import io.boto4j.core.config.ConfigException;
import io.boto4j.core.plugin.ClientOption;

import java.util.Locale;
import java.util.Map;

/**
 * The client options of S3's transfer methods ({@link S3Methods}), with the AWS CLI's names and
 * defaults (those of boto3 and s3transfer too). Each can be set in code, in the profile's nested
 * {@code s3} block of the shared config file, or per call with the method's parameter of the same
 * meaning:
 *
 * <pre>{@code
 * ClientConfig.builder().option(TransferOptions.MULTIPART_CHUNKSIZE, 16L << 20)
 *
 * # ~/.aws/config
 * [default]
 * s3 =
 *   multipart_threshold = 64MB
 *   multipart_chunksize = 16MB
 *   max_concurrent_requests = 20
 * }</pre>
 *
 * Sizes in the config file take the AWS CLI's forms: bytes ({@code 8388608}) or a number with
 * {@code KB}, {@code MB}, {@code GB}, {@code TB} (or {@code KiB}, {@code MiB}, ...), all powers of 1024.
 *
 * <p>A call's argument wins over the value in code, which wins over the config file, which wins
 * over the default. Every value must be positive: one set in code that is not fails at once, in
 * {@code ClientConfig.Builder.option}, with an {@link IllegalArgumentException} naming the option.
 * A config-file value is read when a transfer first needs it; one that is not a positive number
 * fails that transfer, before any request, with a {@link ConfigException} naming the setting.
 */
public final class TransferOptions {
    private static final String MUST_BE_POSITIVE = "must be positive";

    /** 8 MiB: boto3's, s3transfer's and the AWS CLI's default threshold and part size. */
    public static final long DEFAULT_PART_SIZE = 8L << 20;
    /** 10: boto3's {@code max_concurrency} and the AWS CLI's {@code max_concurrent_requests}. */
    public static final int DEFAULT_MAX_CONCURRENCY = 10;
    /** 5 GiB: the largest object a single CopyObject may copy. */
    public static final long DEFAULT_MULTIPART_COPY_THRESHOLD = 5L << 30;

    /**
     * Objects (files, streams) of this size or more are uploaded in parts, smaller ones with one
     * PutObject; downloads of this size or more use parallel ranged GETs.
     * Config key {@code s3.multipart_threshold}; default 8 MiB.
     */
    public static final ClientOption<Long> MULTIPART_THRESHOLD = size("s3.multipart_threshold", DEFAULT_PART_SIZE);

    /**
     * The size of the parts of uploads and copies (at least 5 MiB, raised where an object would
     * need more than 10,000 parts, as s3transfer does) and of the ranges of downloads.
     * Config key {@code s3.multipart_chunksize}; default 8 MiB.
     */
    public static final ClientOption<Long> MULTIPART_CHUNKSIZE = size("s3.multipart_chunksize", DEFAULT_PART_SIZE);

    /**
     * How many requests of one transfer may be in flight at once; an upload holds at most this
     * many parts in memory. Config key {@code s3.max_concurrent_requests}; default 10.
     */
    public static final ClientOption<Integer> MAX_CONCURRENT_REQUESTS = ClientOption
            .builder("s3.max_concurrent_requests", Integer.class, text -> {
                long value = parsePositive("s3.max_concurrent_requests", text, Map.of());
                if (value > Integer.MAX_VALUE) {
                    throw new ConfigException("Invalid value '" + text + "' for s3.max_concurrent_requests: too large");
                }
                return (int) value;
            })
            .configKey("s3.max_concurrent_requests")
            .require(value -> value > 0, MUST_BE_POSITIVE)
            .defaultValue(DEFAULT_MAX_CONCURRENCY)
            .build();

    /**
     * Copies of this size or more use parallel UploadPartCopy requests, smaller ones one
     * CopyObject. Config key {@code s3.multipart_copy_threshold} (boto4j's; the AWS CLI uses its
     * multipart threshold for copies too); default 5 GiB, the most CopyObject can copy.
     */
    public static final ClientOption<Long> MULTIPART_COPY_THRESHOLD = size("s3.multipart_copy_threshold",
            DEFAULT_MULTIPART_COPY_THRESHOLD);

    private static final Map<String, Long> SIZE_SUFFIXES = Map.of(
            "kb", 1L << 10, "mb", 1L << 20, "gb", 1L << 30, "tb", 1L << 40,
            "kib", 1L << 10, "mib", 1L << 20, "gib", 1L << 30, "tib", 1L << 40);

    private TransferOptions() {
    }

    private static ClientOption<Long> size(String key, long defaultValue) {
        return ClientOption.builder(key, Long.class, text -> parsePositive(key, text, SIZE_SUFFIXES))
                .configKey(key)
                .require(value -> value > 0, MUST_BE_POSITIVE)
                .defaultValue(defaultValue)
                .build();
    }

    /**
     * A positive number of bytes as the AWS CLI writes it: digits, optionally followed by a size
     * suffix ({@code 64MB}, {@code 1GiB}); suffixes are powers of 1024.
     *
     * @throws ConfigException naming the setting when the text is not such a size
     */
    static long parsePositive(String setting, String text, Map<String, Long> suffixes) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        long multiplier = 1;
        for (Map.Entry<String, Long> suffix : suffixes.entrySet()) {
            if (value.endsWith(suffix.getKey()) && value.length() > suffix.getKey().length()) {
                multiplier = suffix.getValue();
                value = value.substring(0, value.length() - suffix.getKey().length()).strip();
                break;
            }
        }
        try {
            long number = Long.parseLong(value);
            if (number <= 0) {
                throw new ConfigException("Invalid value '" + text + "' for " + setting + ": must be positive");
            }
            return Math.multiplyExact(number, multiplier);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ConfigException("Invalid value '" + text + "' for " + setting + ": expected a number of bytes"
                    + (suffixes.isEmpty() ? "" : ", optionally with KB, MB, GB or TB (powers of 1024)"));
        }
    }
}
