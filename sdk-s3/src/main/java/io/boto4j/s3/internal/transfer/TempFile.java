package io.boto4j.s3.internal.transfer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a download is written before it is whole: a new file beside the destination (so that the
 * final move is a rename within one file system), named after it ({@code photo.jpg.1f2e3d4c.part},
 * as s3transfer names its own), with the permissions any new file gets. {@link #commit()} moves it
 * onto the destination in one step; {@link #discard()} deletes it. Blocking: call on the
 * transfer's blocking executor.
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

    /** Creates the temporary file for {@code destination}, whose directory must exist. */
    static TempFile create(Path destination) throws IOException {
        Path target = destination.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException(destination + " is a directory");
        }
        Path dir = target.getParent();
        for (int attempt = 0; ; attempt++) {
            Path candidate = dir.resolve(target.getFileName() + "."
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".part");
            try {
                return new TempFile(candidate, target, FileChannel.open(candidate, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE, StandardOpenOption.READ));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    FileChannel channel() {
        return channel;
    }

    Path path() {
        return path;
    }

    /** Closes the file and moves it onto the destination, replacing what is there, atomically where the file system can. */
    void commit() throws IOException {
        channel.close();
        try {
            Files.move(path, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(path, destination, StandardCopyOption.REPLACE_EXISTING);
        }
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
