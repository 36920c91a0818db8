package io.boto4j.s3.internal;

/**
 * botocore's {@code ArnParser.is_arn}, which its S3 handlers ask of a {@code Bucket}: text that
 * starts with {@code arn:} and has the six colon-separated parts of an ARN (any of them may be
 * empty). Looser than the endpoint rules' {@code aws.parseArn}, on purpose: it decides which
 * botocore customizations step aside, not whether the ARN is usable.
 */
final class Arns {
    private Arns() {
    }

    static boolean isArn(String value) {
        if (value == null || !value.startsWith("arn:")) {
            return false;
        }
        int colons = 0;
        for (int i = 0; i < value.length() && colons < 5; i++) {
            if (value.charAt(i) == ':') {
                colons++;
            }
        }
        return colons >= 5;
    }
}
