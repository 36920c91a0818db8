package io.boto4j.core.internal.hooks;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionStage;
import java.util.zip.GZIPOutputStream;

/**
 * gzip for operations with the {@code requestcompression} trait, as botocore: only bodies in
 * memory of at least the minimum size (10,240 bytes by default), unless turned off. Runs before
 * the checksums, which then cover the compressed bytes.
 */
public final class RequestCompression implements Hook {
    /** botocore's default {@code request_min_compression_size_bytes}. */
    public static final int DEFAULT_MIN_SIZE = 10_240;

    private final boolean disabled;
    private final int minSize;

    /**
     * @param disabled {@code disable_request_compression}
     * @param minSize  {@code request_min_compression_size_bytes}, 0 to 10,485,760
     */
    public RequestCompression(boolean disabled, int minSize) {
        if (minSize < 0 || minSize > 10_485_760) {
            throw new IllegalArgumentException("request_min_compression_size_bytes must be between 0 and 10485760, got "
                    + minSize);
        }
        this.disabled = disabled;
        this.minSize = minSize;
    }

    @Override
    public boolean appliesTo(OperationModel operation) {
        return !disabled && operation.requestCompressionEncodings().contains("gzip");
    }

    @Override
    public int order() {
        return BUILT_IN_ORDER;
    }

    @Override
    public CompletionStage<Void> afterSerialization(CallContext call) {
        SdkHttpRequest request = call.request();
        byte[] body = request.bodyBytes();
        if (call.isPresign() || body == null || body.length < minSize) {
            return CONTINUE;
        }
        byte[] gz = gzip(body);
        request.body(gz);
        String existing = request.headers().first("Content-Encoding");
        request.headers().set("Content-Encoding", existing == null ? "gzip" : existing + ",gzip");
        request.headers().set("Content-Length", Integer.toString(gz.length));
        return CONTINUE;
    }

    static byte[] gzip(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
