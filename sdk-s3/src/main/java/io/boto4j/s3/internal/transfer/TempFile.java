package io.boto4j.s3.internal.transfer;

import io.boto4j.core.transport.AtomicFiles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a download is written before it is whole: the part file the core's {@link AtomicFiles}
 * names for the destination (beside it, so that the final move is a rename within one file
 * system), opened for the ranges' positional writes, with the permissions any new file gets.
 * {@link #commit()} moves it onto the destination in one step; {@link #discard()} deletes it.
 * Blocking: call on the transfer's blocking executor.
 */
final class TempFile {
    private final Path path;
    private final Path destination;
    private final FileChannel channel;

    private TempFile(Path path, Path destination, FileChannel channel) {
        this.path = path;
        this.destination = destination;
        this.channel = channel;
    }

    /** Creates the temporary file for {@code destination}, whose directory must exist and be writable. */
    static TempFile create(Path destination) throws IOException {
        Path target = destination.toAbsolutePath();
        String problem = AtomicFiles.whyNotWritable(target);
        if (problem != null) {
            throw new IOException(problem);
        }
        Path part = AtomicFiles.partFile(target);
        return new TempFile(part, target,
                FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ));
    }

    FileChannel channel() {
        return channel;
    }

    Path path() {
        return path;
    }

    /**
     * Closes the file and moves it onto the destination, replacing what is there. Not synced first,
     * as s3transfer does not: a transfer's throughput is its point, and durability is left to the
     * file system.
     */
    void commit() throws IOException {
        channel.close();
        AtomicFiles.moveIntoPlace(path, destination);
    }

    /** Closes and deletes the file; nothing is left of the download. */
    void discard() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(path);
        }
    }
}
