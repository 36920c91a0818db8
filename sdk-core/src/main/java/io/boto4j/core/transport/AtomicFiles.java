package io.boto4j.core.transport;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The rules of a download that leaves its destination holding either the whole new content or
 * what it held before, never a part: the bytes go to a hidden part file beside the destination
 * (so on the same file system), which is moved over it in one step once complete, and deleted
 * otherwise. How the bytes are written (a blocking channel, a Vert.x {@code AsyncFile}) is the
 * writer's; where they go and how they are put in place is decided here, once, for every writer
 * of downloads to files: the CLI's {@code --output-file}, the Vert.x layer's presigned GETs and
 * S3's {@code DownloadFile} (which, like s3transfer, moves its part file without syncing it:
 * {@link #moveIntoPlace}).
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Why {@code target} cannot be written, checked before anything is sent so that a long
     * download is not wasted on a bad path; null when it can. The reason names the path and
     * what to change.
     *
     * @param target the file the download is to replace or create
     * @return the reason, e.g. {@code directory /tmp/out does not exist; create it or name
     *         another file}; null when the file can be written
     */
    public static String whyNotWritable(Path target) {
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            return file + " is a directory; name a file in it";
        }
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return "directory " + dir + " does not exist; create it or name another file";
        }
        if (!Files.isWritable(dir)) {
            return "cannot write to " + dir + " (permission denied)";
        }
        return null;
    }

    /**
     * A fresh name for the part file of a download to {@code target}: hidden, beside it, unique.
     *
     * @param target the download's destination
     * @return {@code .<name>.<random UUID>.part} in the destination's directory; nothing is created
     */
    public static Path partFile(Path target) {
        Path file = target.toAbsolutePath();
        return file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
    }

    /**
     * Makes a complete part file the content of {@code target}: syncs it to the disk (so that a
     * crash after the move cannot leave a truncated file in place), then
     * {@linkplain #moveIntoPlace moves it over} {@code target}. The writer has closed it. Blocking.
     *
     * @param part the complete part file, from {@link #partFile}
     * @param target the destination, replaced when it exists
     * @throws IOException when the sync or the move fails; the part file is then left for the
     *                     caller to delete
     */
    public static void commit(Path part, Path target) throws IOException {
        // fsync applies to the file, whichever descriptor asks: the writer's may be gone (Vert.x's AsyncFile).
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        moveIntoPlace(part, target);
    }

    /**
     * Moves a complete part file over {@code target} in one step, replacing what is there, without
     * syncing it first (for writers that leave durability to the file system, as s3transfer does;
     * the move itself is still atomic where the file system allows).
     * Blocking.
     *
     * @param part the complete part file, from {@link #partFile}
     * @param target the destination, replaced when it exists
     * @throws IOException when the move fails; the part file is then left for the caller to delete
     */
    public static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // The same directory, so this is rare (some network file systems); still one rename.
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
