package io.boto4j.s3.internal.transfer;

import io.boto4j.core.checksums.Checksum;
import io.boto4j.core.checksums.ChecksumAlgorithm;
import io.boto4j.core.checksums.ChecksumMismatchException;
import io.boto4j.s3.ObjectChecksum;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a download proves that the bytes it wrote are the object's, from the checksum S3 reported
 * for it (HeadObject with {@code ChecksumMode=ENABLED}). What can be validated is:
 * <ul>
 * <li>a full-object CRC32, CRC32C or CRC64NVME: each range's CRC is computed as it is written,
 *     and the CRCs combine into the whole object's ({@link CrcCombine}), whatever the ranges;</li>
 * <li>a full-object SHA-1, SHA-256 or SHA-512 (objects put in one request): the file is read once
 *     more and hashed, as hashes of ranges do not combine;</li>
 * <li>a composite checksum (multipart objects, {@code <checksum of the parts' checksums>-<parts>}):
 *     when S3 lists the object's parts with their sizes and checksums (GetObjectAttributes), each
 *     part is downloaded as one range and checked on its own, and the composite from them;
 *     without that list the part boundaries are unknown and nothing is checked;</li>
 * <li>an algorithm the core lacks (MD5, XXHASH): nothing.</li>
 * </ul>
 * A mismatch fails the download with the core's {@link ChecksumMismatchException} (and its file
 * is not moved into place).
 */
abstract class DownloadCheck {
    private static final System.Logger LOG = System.getLogger("io.boto4j.s3.transfer");

    /** A part as GetObjectAttributes lists it. */
    record ObjectPart(int partNumber, long size, String checksum) {
    }

    /** The check for an object with this checksum (null: none) and, for a composite one, these parts (null: unknown). */
    static DownloadCheck of(Transfer transfer, ObjectChecksum checksum, List<ObjectPart> parts) {
        ChecksumAlgorithm algorithm = checksum == null ? null
                : ChecksumAlgorithm.find(checksum.algorithm()).orElse(null);
        if (algorithm == null) {
            return new None();
        }
        if (checksum.isComposite()) {
            return parts == null ? new None() : new PerPart(transfer, algorithm, checksum.value(), parts);
        }
        return Checksums.combinable(algorithm) ? new CombinedCrc(transfer, algorithm, checksum.value())
                : new WholeFile(transfer, algorithm, checksum.value());
    }

    /** The checksum to compute over the range's bytes as they are written, or null. */
    abstract Checksum digestFor(Range range);

    /** The range is written; {@code value} is its checksum's. Throws on a mismatch the range alone shows. */
    abstract void rangeDone(Range range, byte[] value);

    /** Every range is written: checks the whole, reading the file where it must. Blocking. */
    abstract void finish(FileChannel file, long size) throws IOException;

    /** Whether this check compares the bytes with anything. */
    abstract boolean validates();

    /** No checksum, or none that can be validated. */
    static final class None extends DownloadCheck {
        @Override
        Checksum digestFor(Range range) {
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

    /** A check against a checksum S3 reported: what the three kinds below share. */
    private abstract static class Against extends DownloadCheck {
        final Transfer transfer;
        final ChecksumAlgorithm algorithm;
        final String expected;

        Against(Transfer transfer, ChecksumAlgorithm algorithm, String expected) {
            this.transfer = transfer;
            this.algorithm = algorithm;
            this.expected = expected;
        }

        @Override
        Checksum digestFor(Range range) {
            return algorithm.newChecksum();
        }

        @Override
        void rangeDone(Range range, byte[] value) {
        }

        /** Compares a checksum computed here with the one S3 reported; {@code what} says of what, for the log. */
        void compare(String what, String reported, String computed) {
            if (!computed.equals(reported)) {
                LOG.log(System.Logger.Level.DEBUG, "{0} of {1}: {2} of {3} is {4}, S3 reported {5}",
                        transfer.method(), transfer.what(), algorithm.modelName(), what, computed, reported);
                throw new ChecksumMismatchException(algorithm.modelName(), reported, computed);
            }
        }

        @Override
        boolean validates() {
            return true;
        }
    }

    /** A full-object CRC: the ranges' CRCs, combined in order. */
    static final class CombinedCrc extends Against {
        private final Map<Range, byte[]> crcs = new ConcurrentHashMap<>();

        CombinedCrc(Transfer transfer, ChecksumAlgorithm algorithm, String expected) {
            super(transfer, algorithm, expected);
        }

        @Override
        void rangeDone(Range range, byte[] value) {
            crcs.put(range, value);
        }

        @Override
        void finish(FileChannel file, long size) {
            byte[] whole = algorithm.newChecksum().digest(); // the CRC of nothing
            for (Range range : crcs.keySet().stream().sorted(Comparator.comparingLong(Range::offset)).toList()) {
                whole = Checksums.combine(algorithm, whole, crcs.get(range), range.length());
            }
            compare("the object", expected, Checksums.base64(whole));
        }
    }

    /** A full-object hash: the file, read once more. */
    static final class WholeFile extends Against {
        WholeFile(Transfer transfer, ChecksumAlgorithm algorithm, String expected) {
            super(transfer, algorithm, expected);
        }

        @Override
        Checksum digestFor(Range range) {
            return null;
        }

        @Override
        void finish(FileChannel file, long size) throws IOException {
            Checksum checksum = algorithm.newChecksum();
            ByteBuffer buffer = ByteBuffer.allocate(RangeWriter.WRITE_SIZE);
            for (long at = 0; at < size; ) {
                buffer.clear();
                int n = file.read(buffer, at);
                if (n < 0) {
                    break;
                }
                checksum.update(buffer.flip());
                at += n;
            }
            compare("the object", expected, Checksums.base64(checksum.digest()));
        }
    }

    /** A composite checksum: each part against its own, then the composite of them all. */
    static final class PerPart extends Against {
        private final List<ObjectPart> parts;

        PerPart(Transfer transfer, ChecksumAlgorithm algorithm, String expected, List<ObjectPart> parts) {
            super(transfer, algorithm, expected);
            this.parts = parts;
        }

        @Override
        void rangeDone(Range range, byte[] value) {
            compare("part " + range.partNumber() + " (" + range.header() + ")",
                    parts.get(range.partNumber() - 1).checksum(), Checksums.base64(value));
        }

        @Override
        void finish(FileChannel file, long size) {
            compare("the object's parts", expected, Checksums.composite(algorithm,
                    parts.stream().map(p -> Checksums.fromBase64(p.checksum())).toList()));
        }
    }
}
