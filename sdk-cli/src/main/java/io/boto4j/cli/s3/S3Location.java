package io.boto4j.cli.s3;

import io.boto4j.cli.args.UsageException;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An S3 location as the AWS CLI's {@code s3} commands write it: {@code s3://BUCKET/KEY}, where the
 * key may be empty or end with {@code /} (a prefix), and the bucket may be an access point ARN
 * ({@code s3://arn:aws:s3:us-west-2:123456789012:accesspoint/photos/cat.jpg}), split as the AWS
 * CLI splits it.
 *
 * @param bucket the bucket (or access point ARN)
 * @param key    the key; empty when the location names the bucket alone
 */
public record S3Location(String bucket, String key) {
    /** How a location starts. */
    public static final String SCHEME = "s3://";

    /** The AWS CLI's access point ARNs, whose names hold slashes: the bucket ends after the access point's name. */
    private static final List<Pattern> ARNS = List.of(
            Pattern.compile("^(?<bucket>arn:aws.*:s3:[a-z\\-0-9]*:[0-9]{12}:accesspoint[:/][^/]+)/?(?<key>.*)$"),
            Pattern.compile("^(?<bucket>arn:aws.*:s3-outposts:[a-z\\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\\-]{1,63}"
                    + "[/:]accesspoint[/:][a-zA-Z0-9\\-]{1,63})[/:]?(?<key>.*)$"));

    /** Whether {@code text} is an S3 location rather than a local path. */
    public static boolean is(String text) {
        return text.startsWith(SCHEME);
    }

    /**
     * The location {@code text} names.
     *
     * @param what the argument it was given as, for messages
     * @throws UsageException when it names no bucket
     */
    public static S3Location parse(String text, String what) {
        String path = text.substring(SCHEME.length());
        for (Pattern arn : ARNS) {
            Matcher m = arn.matcher(path);
            if (m.matches()) {
                return new S3Location(m.group("bucket"), m.group("key"));
            }
        }
        int slash = path.indexOf('/');
        String bucket = slash < 0 ? path : path.substring(0, slash);
        if (bucket.isEmpty()) {
            throw new UsageException(what + ": " + text + " names no bucket; write s3://BUCKET/KEY");
        }
        return new S3Location(bucket, slash < 0 ? "" : path.substring(slash + 1));
    }

    /** Whether the location names a bucket or a prefix ({@code s3://b/}, {@code s3://b/logs/}) rather than an object. */
    public boolean isPrefix() {
        return key.isEmpty() || key.endsWith("/");
    }

    /** The last part of the key, after its last {@code /}: what a download names its file. */
    public String name() {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    /** The object called {@code name} under this prefix. */
    public S3Location resolve(String name) {
        return new S3Location(bucket, key + name);
    }

    @Override
    public String toString() {
        return SCHEME + bucket + "/" + key;
    }
}
