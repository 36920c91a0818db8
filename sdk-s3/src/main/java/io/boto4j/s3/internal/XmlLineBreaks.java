package io.boto4j.s3.internal;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code escape_xml_payload} (before-call of DeleteObjects and
 * PutBucketLifecycleConfiguration): an XML parser normalises line breaks in text, so an object
 * key or a lifecycle prefix holding {@code \r} or {@code \n} would reach S3 changed. Every
 * {@code \r} and {@code \n} of the document becomes the character reference {@code &#xD;} /
 * {@code &#xA;} (the serializer writes no line breaks of its own, so only the caller's are
 * touched). Runs before the built-in checksum hook, which then sums the escaped bytes, as
 * botocore does.
 */
final class XmlLineBreaks implements Hook {
    /** The operations botocore escapes. */
    static final Set<String> OPERATIONS = Set.of("DeleteObjects", "PutBucketLifecycleConfiguration");

    private static final byte[] CR = "&#xD;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LF = "&#xA;".getBytes(StandardCharsets.US_ASCII);

    @Override
    public boolean appliesTo(OperationModel operation) {
        return "s3".equals(operation.service().endpointPrefix()) && OPERATIONS.contains(operation.name());
    }

    @Override
    public CompletionStage<Void> afterSerialization(CallContext call) {
        SdkHttpRequest request = call.request();
        byte[] body = request.bodyBytes();
        if (body == null) {
            return CONTINUE;
        }
        byte[] escaped = escape(body);
        if (escaped != body) {
            request.body(escaped);
            if (request.headers().contains("Content-Length")) {
                request.headers().set("Content-Length", Integer.toString(escaped.length));
            }
        }
        return CONTINUE;
    }

    /** The document with each CR and LF byte escaped; the same array when it has none. */
    static byte[] escape(byte[] document) {
        ByteArrayOutputStream out = null;
        for (int i = 0; i < document.length; i++) {
            byte b = document[i];
            if (b == '\r' || b == '\n') {
                if (out == null) {
                    out = new ByteArrayOutputStream(document.length + 16);
                    out.write(document, 0, i);
                }
                out.writeBytes(b == '\r' ? CR : LF);
            } else if (out != null) {
                out.write(b);
            }
        }
        return out == null ? document : out.toByteArray();
    }
}
