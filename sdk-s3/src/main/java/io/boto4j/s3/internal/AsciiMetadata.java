package io.boto4j.s3.internal;

import io.boto4j.core.validation.ParamValidationException;

import java.util.List;
import java.util.Map;

/**
 * botocore's {@code validate_ascii_metadata} (before-parameter-build of PutObject, CopyObject and
 * CreateMultipartUpload): user metadata travels in {@code x-amz-meta-*} headers, which S3 only
 * accepts in US-ASCII, so a {@code Metadata} name or value with any other character is refused
 * before any I/O rather than sent and mangled.
 */
public final class AsciiMetadata {
    /** The operations botocore checks. */
    public static final List<String> OPERATIONS = List.of("PutObject", "CopyObject", "CreateMultipartUpload");

    private AsciiMetadata() {
    }

    /**
     * Checks {@code params}' {@code Metadata}, if it is a map (anything else is the parameter
     * validator's to refuse); non-text entries are left to the validator too.
     *
     * @throws ParamValidationException naming the first entry with a non-ASCII character, in
     *                                  botocore's words
     */
    public static void validate(Map<String, ?> params, String operation) {
        if (!(params.get("Metadata") instanceof Map<?, ?> metadata)) {
            return;
        }
        for (Map.Entry<?, ?> entry : metadata.entrySet()) {
            if (!isAscii(entry.getKey()) || !isAscii(entry.getValue())) {
                throw new ParamValidationException("s3", operation, List.of(new ParamValidationException.Problem(
                        "Metadata", "Non ascii characters found in S3 metadata for key \"" + entry.getKey()
                                + "\", value: \"" + entry.getValue() + "\".  \nS3 metadata can only contain ASCII"
                                + " characters. ")));
            }
        }
    }

    private static boolean isAscii(Object value) {
        if (!(value instanceof CharSequence text)) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
