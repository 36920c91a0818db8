package io.boto4j.examples.demo;

import io.boto4j.s3.TransferCancellation;

import java.nio.file.Path;

/**
 * What the parts of one run share.
 *
 * @param narrator     where it tells what it does
 * @param name         the name of its bucket and of its queue: {@code boto4j-demo-} and a random part
 * @param workDir      its own temporary directory, for the files it uploads and downloads
 * @param sizeBytes    the size of the file uploaded in parts
 * @param cleanup      what it created, to be removed at the end
 * @param cancellation cancels the transfer under way on Ctrl-C
 * @param uploads      the uploads under way, which Ctrl-C's clean-up waits for
 */
record DemoRun(Narrator narrator, String name, Path workDir, long sizeBytes, Cleanup cleanup,
               TransferCancellation cancellation, TransfersUnderWay uploads) {

    /** The key of the object uploaded in parts, and the name of its file in {@link #workDir}. */
    static final String BIG_KEY = "big.bin";

    /** The file uploaded in parts. */
    Path bigFile() {
        return workDir.resolve(BIG_KEY);
    }
}
