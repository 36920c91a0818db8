package io.boto4j.core.pipeline;

import io.boto4j.core.transport.RequestBody;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * gzip for operations with the {@code requestcompression} trait, as botocore: only bodies in
 * memory of at least the minimum size (10,240 bytes by default), unless turned off.
 */
final class RequestCompression {
    static final int DEFAULT_MIN_SIZE = 10_240;

    private final boolean disabled;
    private final int minSize;

    RequestCompression(boolean disabled, int minSize) {
        if (minSize < 0 || minSize > 10_485_760) {
            throw new IllegalArgumentException("request_min_compression_size_bytes must be between 0 and 10485760, got "
                    + minSize);
        }
        this.disabled = disabled;
        this.minSize = minSize;
    }

    void apply(CallContext ctx) {
        List<String> encodings = ctx.operation().requestCompressionEncodings();
        RequestBody body = ctx.body();
        if (disabled || !encodings.contains("gzip") || body == null || body.bytes() == null
                || body.bytes().length < minSize) {
            return;
        }
        byte[] gz = gzip(body.bytes());
        ctx.body(RequestBody.of(gz));
        String existing = ctx.request().headers().first("Content-Encoding");
        ctx.request().headers().set("Content-Encoding", existing == null ? "gzip" : existing + ",gzip");
        ctx.request().headers().set("Content-Length", Integer.toString(gz.length));
        ctx.request().body(gz);
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
