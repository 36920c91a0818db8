package io.boto4j.s3.internal.transfer;

/**
 * One part of a transfer: its number (from 1, as S3 numbers parts) and its bytes' place in the
 * object.
 *
 * @param partNumber the part's number, from 1
 * @param offset     where its bytes start in the object
 * @param length     how many bytes it has
 */
record Range(int partNumber, long offset, long length) {

    /** The last byte's offset (inclusive, as HTTP ranges count). */
    long last() {
        return offset + length - 1;
    }

    /** As a {@code Range} or {@code CopySourceRange} header: {@code bytes=0-8388607}. */
    String header() {
        return "bytes=" + offset + "-" + last();
    }
}
