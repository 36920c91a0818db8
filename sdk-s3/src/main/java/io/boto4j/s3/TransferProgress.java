package io.boto4j.s3;

/**
 * Where a transfer stands, as a {@link TransferListener} is told: bytes acknowledged so far (an
 * upload's part counts once S3 answered its UploadPart; a download's bytes once written to the
 * file) and parts completed, out of their totals when known.
 *
 * @param bytesTransferred bytes acknowledged so far
 * @param totalBytes       the transfer's size, or -1 while unknown (a stream not read to its end)
 * @param partsCompleted   parts (or ranges) completed so far
 * @param totalParts       how many parts the transfer has: 0 when it is one request, -1 while unknown
 */
public record TransferProgress(long bytesTransferred, long totalBytes, int partsCompleted, int totalParts) {

    /**
     * The fraction done.
     *
     * @return from 0 to 1 ({@code bytesTransferred / totalBytes}; 1 for an empty object), or -1
     *         while the total is unknown
     */
    public double fraction() {
        if (totalBytes < 0) {
            return -1;
        }
        return totalBytes == 0 ? 1 : (double) bytesTransferred / totalBytes;
    }
}
