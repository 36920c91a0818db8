package io.boto4j.s3.internal.transfer;

import io.boto4j.core.SdkClientException;
import io.boto4j.s3.ObjectChecksum;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a download proves that the bytes it wrote are the object's, from the checksum S3 reported
 * for it (HeadObject with {@code ChecksumMode=ENABLED}). What can be validated is:
 * <ul>
 * <li>a full-object CRC32 or CRC32C: each range's CRC is computed as it is written, and the CRCs
 *     combine into the whole object's ({@link CrcCombine}), whatever the ranges;</li>
 * <li>a full-object SHA-1 or SHA-256 (objects put in one request): the file is read once more and
 *     hashed, as hashes of ranges do not combine;</li>
 * <li>a composite checksum (multipart objects, {@code <checksum of the parts' checksums>-<parts>}):
 *     when S3 lists the object's parts with their sizes and checksums (GetObjectAttributes), each
 *     part is downloaded as one range and checked on its own, and the composite from them;
 *     without that list the part boundaries are unknown and nothing is checked;</li>
 * <li>CRC64NVME and the other algorithms the JDK lacks: not checked, until the core's checksums
 *     can.</li>
 * </ul>
 * A mismatch fails the download (its file is not moved into place).
 */
abstract class DownloadCheck {

    /** A part as GetObjectAttributes lists it. */
    record ObjectPart(int partNumber, long size, String checksum) {
    }

    /** The check for an object with this checksum (null: none) and, for a composite one, these parts (null: unknown). */
    static DownloadCheck of(Transfer transfer, ObjectChecksum checksum, List<ObjectPart> parts) {
        PartChecksum algorithm = checksum == null ? null : PartChecksum.find(checksum.algorithm()).orElse(null);
        if (algorithm == null) {
            return new None();
        }
        if (checksum.isComposite()) {
            return parts == null ? new None() : new PerPart(transfer, algorithm, checksum.value(), parts);
        }
        return algorithm.combinable() ? new CombinedCrc(transfer, algorithm, checksum.value())
                : new WholeFile(transfer, algorithm, checksum.value());
    }

    /** The digest to compute over the range's bytes as they are written, or null. */
    abstract PartChecksum.Digest digestFor(Range range);

    /** The range is written; {@code value} is its digest's. Throws on a mismatch the range alone shows. */
    abstract void rangeDone(Range range, byte[] value);

    /** Every range is written: checks the whole, reading the file where it must. Blocking. */
    abstract void finish(FileChannel file, long size) throws IOException;

    /** Whether this check compares the bytes with anything. */
    abstract boolean validates();

    static SdkClientException mismatch(Transfer transfer, String what, PartChecksum algorithm, String expected,
                                       String actual) {
        return new SdkClientException(transfer.method() + " of " + transfer.what() + ": " + algorithm + " checksum"
                + " mismatch for " + what + ": S3 reported " + expected + ", the bytes received give " + actual
                + "; the download was discarded");
    }

    /** No checksum, or none that can be validated. */
    static final class None extends DownloadCheck {
        @Override
        PartChecksum.Digest digestFor(Range range) {
            return null;
        }

        @Override
        void rangeDone(Range range, byte[] value) {
        }

        @Override
        void finish(FileChannel file, long size) {
        }

        @Override
        boolean validates() {
            return false;
        }
    }

    /** A full-object CRC: the ranges' CRCs, combined in order. */
    static final class CombinedCrc extends DownloadCheck {
        private final Transfer transfer;
        private final PartChecksum algorithm;
        private final String expected;
        private final Map<Range, byte[]> crcs = new ConcurrentHashMap<>();

        CombinedCrc(Transfer transfer, PartChecksum algorithm, String expected) {
            this.transfer = transfer;
            this.algorithm = algorithm;
            this.expected = expected;
        }

        @Override
        PartChecksum.Digest digestFor(Range range) {
            return algorithm.newDigest();
        }

        @Override
        void rangeDone(Range range, byte[] value) {
            crcs.put(range, value);
        }

        @Override
        void finish(FileChannel file, long size) {
            byte[] whole = algorithm.newDigest().value(); // the CRC of nothing
            for (Range range : crcs.keySet().stream().sorted(java.util.Comparator.comparingLong(Range::offset)).toList()) {
                whole = algorithm.combine(whole, crcs.get(range), range.length());
            }
            String actual = PartChecksum.base64(whole);
            if (!actual.equals(expected)) {
                throw mismatch(transfer, "the object", algorithm, expected, actual);
            }
        }

        @Override
        boolean validates() {
            return true;
        }
    }

    /** A full-object hash: the file, read once more. */
    static final class WholeFile extends DownloadCheck {
        private final Transfer transfer;
        private final PartChecksum algorithm;
        private final String expected;

        WholeFile(Transfer transfer, PartChecksum algorithm, String expected) {
            this.transfer = transfer;
            this.algorithm = algorithm;
            this.expected = expected;
        }

        @Override
        PartChecksum.Digest digestFor(Range range) {
            return null;
        }

        @Override
        void rangeDone(Range range, byte[] value) {
        }

        @Override
        void finish(FileChannel file, long size) throws IOException {
            PartChecksum.Digest digest = algorithm.newDigest();
            ByteBuffer buffer = ByteBuffer.allocate(RangeWriter.WRITE_SIZE);
            for (long at = 0; at < size; ) {
                buffer.clear();
                int n = file.read(buffer, at);
                if (n < 0) {
                    break;
                }
                digest.update(buffer.flip());
                at += n;
            }
            String actual = PartChecksum.base64(digest.value());
            if (!actual.equals(expected)) {
                throw mismatch(transfer, "the object", algorithm, expected, actual);
            }
        }

        @Override
        boolean validates() {
            return true;
        }
    }

    /** A composite checksum: each part against its own, then the composite of them all. */
    static final class PerPart extends DownloadCheck {
        private final Transfer transfer;
        private final PartChecksum algorithm;
        private final String expected;
        private final List<ObjectPart> parts;

        PerPart(Transfer transfer, PartChecksum algorithm, String expected, List<ObjectPart> parts) {
            this.transfer = transfer;
            this.algorithm = algorithm;
            this.expected = expected;
            this.parts = parts;
        }

        @Override
        PartChecksum.Digest digestFor(Range range) {
            return algorithm.newDigest();
        }

        @Override
        void rangeDone(Range range, byte[] value) {
            String reported = parts.get(range.partNumber() - 1).checksum();
            if (!Arrays.equals(value, PartChecksum.fromBase64(reported))) {
                throw mismatch(transfer, "part " + range.partNumber() + " (" + range.header() + ")", algorithm,
                        reported, PartChecksum.base64(value));
            }
        }

        @Override
        void finish(FileChannel file, long size) {
            String actual = algorithm.composite(parts.stream().map(p -> PartChecksum.fromBase64(p.checksum())).toList());
            if (!actual.equals(expected)) {
                throw mismatch(transfer, "the object's parts", algorithm, expected, actual);
            }
        }

        @Override
        boolean validates() {
            return true;
        }
    }
}
