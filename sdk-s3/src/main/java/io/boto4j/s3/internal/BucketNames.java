package io.boto4j.s3.internal;

import io.boto4j.core.validation.ParamValidationException;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * botocore's {@code validate_bucket_name} (before-parameter-build, every S3 operation): a
 * {@code Bucket} parameter must be a bucket name of letters, digits, {@code . - _} (1 to 255,
 * the legacy us-east-1 rule) or an access point / Outposts access point ARN, checked before any
 * I/O. The patterns are botocore's, compiled with Python's line rules (see {@link #PYTHON_LINES}).
 */
public final class BucketNames {
    /**
     * Python's {@code re} treats only {@code \n} as a line end ({@code .} stops there, {@code $}
     * matches before a final one); Java's default treats {@code \r}, U+0085, U+2028/2029 so too.
     */
    static final int PYTHON_LINES = Pattern.UNIX_LINES;

    private static final String BUCKET_REGEX = "^[a-zA-Z0-9.\\-_]{1,255}$";
    private static final String ARN_REGEX = "^arn:(aws).*:(s3|s3-object-lambda):[a-z\\-0-9]*:[0-9]{12}:accesspoint[/:]"
            + "[a-zA-Z0-9\\-.]{1,63}$"
            + "|^arn:(aws).*:s3-outposts:[a-z\\-0-9]+:[0-9]{12}:outpost[/:]"
            + "[a-zA-Z0-9\\-]{1,63}[/:]accesspoint[/:][a-zA-Z0-9\\-]{1,63}$";
    private static final Pattern VALID_BUCKET = Pattern.compile(BUCKET_REGEX, PYTHON_LINES);
    /** botocore's {@code VALID_S3_ARN}: also what makes a copy source an access point's. */
    static final Pattern VALID_S3_ARN = Pattern.compile(ARN_REGEX, PYTHON_LINES);

    private BucketNames() {
    }

    /** Whether botocore accepts {@code bucket} as a bucket name or S3 ARN. */
    public static boolean isValid(String bucket) {
        return VALID_BUCKET.matcher(bucket).find() || VALID_S3_ARN.matcher(bucket).find();
    }

    /**
     * Checks the {@code Bucket} parameter of a call, if it has a text one (other types are the
     * parameter validator's to refuse).
     *
     * @param operation the operation's name, for the error
     * @throws ParamValidationException with botocore's message, naming {@code Bucket}
     */
    public static void validate(Map<String, ?> params, String operation) {
        if (params.get("Bucket") instanceof String bucket && !isValid(bucket)) {
            throw new ParamValidationException("s3", operation, List.of(new ParamValidationException.Problem("Bucket",
                    "Invalid bucket name \"" + bucket + "\": Bucket name must match the regex \"" + BUCKET_REGEX
                            + "\" or be an ARN matching the regex \"" + ARN_REGEX + "\"")));
        }
    }
}
