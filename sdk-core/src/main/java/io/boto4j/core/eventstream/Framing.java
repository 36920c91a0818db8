package io.boto4j.core.eventstream;

/** The fixed numbers of the wire format, shared by the decoder and the encoder. */
final class Framing {
    /** total length (4) + headers length (4) + prelude CRC (4). */
    static final int PRELUDE_LENGTH = 12;
    /** The message CRC that ends every message. */
    static final int TRAILER_LENGTH = 4;
    static final int MIN_MESSAGE_LENGTH = PRELUDE_LENGTH + TRAILER_LENGTH;
    /** The service limits: a whole message at most 16 MiB, its headers at most 128 KiB. */
    static final int MAX_MESSAGE_LENGTH = 16 * 1024 * 1024;
    static final int MAX_HEADERS_LENGTH = 128 * 1024;
    /** Byte array and string header values carry a 16-bit length. */
    static final int MAX_HEADER_VALUE_LENGTH = 0xFFFF;
    /** Header names carry an 8-bit length. */
    static final int MAX_HEADER_NAME_LENGTH = 0xFF;

    private Framing() {
    }

    static int readInt(byte[] b, int off) {
        return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }

    static long readLong(byte[] b, int off) {
        return ((long) readInt(b, off) << 32) | (readInt(b, off + 4) & 0xFFFFFFFFL);
    }

    static long crc32(byte[] b, int off, int len) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b, off, len);
        return crc.getValue();
    }
}
