package io.boto4j.core.http;

import io.boto4j.core.transport.Publishers;

import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/** A body held in memory. */
final class BytesBody implements RequestBody {
    private final byte[] bytes;

    BytesBody(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public long contentLength() {
        return bytes.length;
    }

    @Override
    public boolean replayable() {
        return true;
    }

    @Override
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public Flow.Publisher<ByteBuffer> publisher() {
        return Publishers.just(ByteBuffer.wrap(bytes).asReadOnlyBuffer());
    }

    @Override
    public String toString() {
        return "RequestBody[" + bytes.length + " bytes]";
    }
}
