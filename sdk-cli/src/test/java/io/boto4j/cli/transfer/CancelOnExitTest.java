package io.boto4j.cli.transfer;

import io.boto4j.s3.TransferCancellation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shutdown hook's work, run by the test instead of by a signal (sdk-it's CLI test sends the
 * signal to a real process): cancel, then wait until the call returned.
 */
class CancelOnExitTest {

    @Test
    void theHookCancelsTheTransferAndWaitsForTheCallToReturn() throws Exception {
        TransferCancellation cancellation = new TransferCancellation();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CancelOnExit guard = CancelOnExit.register(cancellation, new PrintStream(err, true, StandardCharsets.UTF_8),
                Duration.ofMinutes(1));
        // The call "returns" once the transfer was cancelled, as a cancelled transfer fails after its clean-up.
        cancellation.onCancel(guard::close);

        Thread hook = new Thread(guard::cancelAndWait);
        hook.start();
        hook.join();

        assertTrue(cancellation.isCancelled());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("boto4j: interrupted: cancelling the transfer and"
                + " cleaning up"), err::toString);
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("did not finish in time"), err::toString);
    }

    @Test
    void afterTheCallReturnedTheHookIsGoneAndWouldDoNothing() {
        TransferCancellation cancellation = new TransferCancellation();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CancelOnExit guard = CancelOnExit.register(cancellation, new PrintStream(err, true, StandardCharsets.UTF_8));
        guard.close();
        guard.cancelAndWait();
        assertFalse(cancellation.isCancelled(), "a finished transfer is not cancelled at exit");
        assertTrue(err.size() == 0, err::toString);
    }

    @Test
    void aCleanUpThatTakesTooLongIsReportedAndTheProcessMayEnd() {
        TransferCancellation cancellation = new TransferCancellation();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CancelOnExit guard = CancelOnExit.register(cancellation, new PrintStream(err, true, StandardCharsets.UTF_8),
                Duration.ZERO);
        try {
            guard.cancelAndWait();
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("a multipart upload may be left to abort"),
                    err::toString);
        } finally {
            guard.close();
        }
    }
}
