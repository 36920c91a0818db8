package io.boto4j.s3;

/**
 * Hears how a transfer of {@link S3Methods} progresses; pass one as its {@code Listener}
 * argument. Calls come one at a time, in order, through the client's callback executor (the
 * caller's Vert.x context on the Vert.x layer), and all of them before the transfer's result: keep
 * them quick. What a listener throws is logged and otherwise ignored.
 *
 * <pre>{@code
 * TransferListener bar = new TransferListener() {
 *     public void bytesTransferred(long bytes, TransferProgress progress) {
 *         System.out.printf("\r%3.0f%%", 100 * progress.fraction());
 *     }
 * };
 * }</pre>
 */
public interface TransferListener {

    /**
     * Before the first request; the totals are known unless a stream's length is not.
     *
     * @param progress nothing transferred yet, with the totals as far as they are known
     */
    default void transferStarted(TransferProgress progress) {
    }

    /**
     * More bytes were acknowledged: by S3 for uploads and copies (a part counts when its
     * UploadPart or UploadPartCopy returned, not when its bytes were queued), written to the file
     * for downloads.
     *
     * @param bytes    the bytes acknowledged since the previous call
     * @param progress the totals so far, these bytes included
     */
    default void bytesTransferred(long bytes, TransferProgress progress) {
    }

    /**
     * A part (or a download's range) is done; one-request transfers have no parts.
     *
     * @param partNumber the part's number, from 1, as in UploadPart's {@code PartNumber}; parts may
     *                   complete out of order
     * @param progress   the totals so far, this part included
     */
    default void partCompleted(int partNumber, TransferProgress progress) {
    }

    /**
     * The transfer succeeded; the last call.
     *
     * @param progress the final totals
     */
    default void transferCompleted(TransferProgress progress) {
    }

    /**
     * The transfer failed or was cancelled, and what it started was cleaned up; the last call.
     *
     * @param progress the totals when it stopped
     * @param cause    why: the first failure (the transfer's result fails with it, or with an
     *                 {@code SdkClientException} wrapping it), or a
     *                 {@link java.util.concurrent.CancellationException} when it was cancelled
     */
    default void transferFailed(TransferProgress progress, Throwable cause) {
    }
}
