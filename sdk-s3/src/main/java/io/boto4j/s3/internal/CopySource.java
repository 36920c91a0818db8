package io.boto4j.s3.internal;

import io.boto4j.core.http.UriEncoding;
import io.boto4j.core.validation.ParamValidationException;

import java.util.List;
import java.util.Map;

/**
 * botocore's {@code handle_copy_source_param} (before-parameter-build of CopyObject and
 * UploadPartCopy): {@code CopySource} given as text ({@code bucket/key?versionId=id}) or as a
 * map ({@code Bucket}, {@code Key}, optional {@code VersionId}) becomes the percent-encoded
 * header value S3 wants.
 * <ul>
 *   <li>Text: everything before a final {@code ?versionId=<no whitespace>} is encoded (all but
 *       {@code A-Z a-z 0-9 - . _ ~ /}); the version part is kept as given.
 *   <li>Map: {@code bucket/key}, or {@code arn/object/key} for an access point ARN, encoded the
 *       same way, then {@code ?versionId=} and the version as given.
 *   <li>Anything else is left for the parameter validator to refuse.
 * </ul>
 */
public final class CopySource {
    /** The operations botocore applies this to. */
    public static final List<String> OPERATIONS = List.of("CopyObject", "UploadPartCopy");

    private static final String VERSION_ID = "?versionId=";

    private CopySource() {
    }

    /** Rewrites {@code params}' {@code CopySource} in place, if it has one. */
    public static void apply(Map<String, Object> params, String operation) {
        Object source = params.get("CopySource");
        if (source != null) {
            params.put("CopySource", encode(source, operation));
        }
    }

    /**
     * The encoded value of a {@code CopySource} given as text or as a map; any other value as it is.
     *
     * @throws ParamValidationException when a map lacks {@code Bucket} or {@code Key}
     */
    public static Object encode(Object source, String operation) {
        if (source instanceof String text) {
            int version = versionSuffix(text);
            return version < 0 ? UriEncoding.encodePath(text)
                    : UriEncoding.encodePath(text.substring(0, version)) + text.substring(version);
        }
        if (source instanceof Map<?, ?> map) {
            Object bucket = required(map, "Bucket", operation);
            Object key = required(map, "Key", operation);
            String path = BucketNames.VALID_S3_ARN.matcher(bucket.toString()).find()
                    ? bucket + "/object/" + key
                    : bucket + "/" + key;
            Object versionId = map.get("VersionId");
            return UriEncoding.encodePath(path) + (versionId == null ? "" : VERSION_ID + versionId);
        }
        return source;
    }

    private static Object required(Map<?, ?> map, String member, String operation) {
        Object value = map.get(member);
        if (value == null && !map.containsKey(member)) {
            throw new ParamValidationException("s3", operation, List.of(new ParamValidationException.Problem(
                    "CopySource." + member, "Missing required parameter in CopySource: '" + member + "'")));
        }
        return value;
    }

    /**
     * Where botocore's {@code \?versionId=[^\s]+$} first matches: the leftmost
     * {@code ?versionId=} followed by at least one character up to the end that is not Python
     * whitespace (a final {@code \n} aside, as Python's {@code $} allows); -1 when none does.
     */
    static int versionSuffix(String text) {
        for (int at = text.indexOf(VERSION_ID); at >= 0; at = text.indexOf(VERSION_ID, at + 1)) {
            int start = at + VERSION_ID.length();
            int end = text.endsWith("\n") ? text.length() - 1 : text.length();
            if (end > start && noPythonWhitespace(text, start, end)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean noPythonWhitespace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isPythonWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code str.isspace()}, which its {@code re} module's {@code \s} follows. */
    static boolean isPythonWhitespace(char c) {
        return (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= ' ') || c == '\u0085' || c == '\u00a0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }
}
