package io.boto4j.s3.internal;

import io.boto4j.core.checksums.ContentMd5;
import io.boto4j.core.validation.ParamValidationException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * botocore's {@code sse_md5} and {@code copy_source_sse_md5} (before-parameter-build): an SSE-C
 * key given as raw bytes or text (UTF-8) is sent base64-encoded, with the base64 MD5 of the raw
 * key in {@code <prefix>KeyMD5}, unless the caller set that MD5 (then the key is taken as
 * already encoded and left alone).
 */
public final class SseCustomerKeys {
    /** The prefix of the object's own key members: {@code SSECustomerKey}, {@code SSECustomerKeyMD5}. */
    public static final String OBJECT = "SSECustomer";
    /** The prefix of a copy source's key members: {@code CopySourceSSECustomerKey}, ... */
    public static final String COPY_SOURCE = "CopySourceSSECustomer";

    /** The operations botocore encodes {@code SSECustomerKey} for. */
    public static final List<String> OBJECT_KEY_OPERATIONS = List.of("HeadObject", "GetObject", "PutObject",
            "CopyObject", "CreateMultipartUpload", "UploadPart", "UploadPartCopy", "CompleteMultipartUpload",
            "SelectObjectContent");
    /** The operations botocore encodes {@code CopySourceSSECustomerKey} for. */
    public static final List<String> COPY_SOURCE_KEY_OPERATIONS = List.of("CopyObject", "UploadPartCopy");

    private SseCustomerKeys() {
    }

    /** A key's two header values. {@code toString} shows neither: the first is the key itself. */
    public record Encoded(String keyBase64, String md5Base64) {
        @Override
        public String toString() {
            return "SseCustomerKeys.Encoded[redacted]";
        }
    }

    /** The base64 key and base64 MD5 of a raw key. */
    public static Encoded encode(byte[] rawKey) {
        return new Encoded(Base64.getEncoder().encodeToString(rawKey), ContentMd5.base64Of(rawKey));
    }

    /**
     * Encodes {@code params}' {@code <prefix>Key} in place and sets {@code <prefix>KeyMD5}, when the
     * key is present and the MD5 is not.
     *
     * @param prefix    {@link #OBJECT} or {@link #COPY_SOURCE}
     * @param operation the operation's name, for the error
     * @throws ParamValidationException when the key is neither text nor bytes (the message never
     *                                  shows the key)
     */
    public static void apply(Map<String, Object> params, String prefix, String operation) {
        String keyMember = prefix + "Key";
        String md5Member = prefix + "KeyMD5";
        Object key = params.get(keyMember);
        if (key == null || params.containsKey(md5Member)) {
            return;
        }
        byte[] raw;
        if (key instanceof byte[] bytes) {
            raw = bytes;
        } else if (key instanceof String text) {
            raw = text.getBytes(StandardCharsets.UTF_8);
        } else {
            throw new ParamValidationException("s3", operation, List.of(new ParamValidationException.Problem(keyMember,
                    keyMember + " must be text or bytes, got a " + key.getClass().getSimpleName())));
        }
        Encoded encoded = encode(raw);
        params.put(keyMember, encoded.keyBase64());
        params.put(md5Member, encoded.md5Base64());
    }
}
