package io.boto4j.core.checksums;

import java.nio.ByteBuffer;

/** The JDK's CRC32 and CRC32C (intrinsics on common CPUs) as 4 big-endian bytes. */
final class CrcChecksum implements Checksum {
    private final java.util.zip.Checksum crc;

    CrcChecksum(java.util.zip.Checksum crc) {
        this.crc = crc;
    }

    @Override
    public void update(byte[] data, int off, int len) {
        crc.update(data, off, len);
    }

    @Override
    public void update(ByteBuffer data) {
        crc.update(data);
    }

    @Override
    public byte[] digest() {
        int value = (int) crc.getValue();
        crc.reset();
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    @Override
    public void reset() {
        crc.reset();
    }
}
