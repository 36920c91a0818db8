package io.boto4j.cli.output;

import io.boto4j.cli.args.UsageException;
import io.boto4j.core.transport.AtomicFiles;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file written so that its destination holds either the whole new content or what it held
 * before, never a part: the bytes go to a temporary file in the same directory, which
 * {@link #commit()} syncs to disk and moves over the destination in one step. Closing without
 * committing (a failed download, an exception, Ctrl-C) deletes the temporary file.
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean committed;

    private AtomicFile(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
    }

    /**
     * Checks that {@code target} can be written (its directory exists, it is not a directory)
     * before anything is sent, so that a long download is not wasted on a bad path.
     *
     * @param option the option that named it, for messages
     */
    public static Path checkWritable(String target, String option) {
        Path file = Path.of(target).toAbsolutePath();
        String problem = AtomicFiles.whyNotWritable(file);
        if (problem != null) {
            throw new UsageException(option + ": " + problem);
        }
        return file;
    }

    /** Starts writing {@code target}: creates the temporary file beside it. */
    public static AtomicFile create(Path target) {
        Path temp = AtomicFiles.partFile(target);
        try {
            FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            // Removed even when the JVM is stopped mid-download (Ctrl-C), where close() never runs.
            temp.toFile().deleteOnExit();
            return new AtomicFile(target, temp, channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + temp + ": " + e.getMessage(), e);
        }
    }

    /** Where the content goes until {@link #commit()}. */
    public OutputStream stream() {
        return out;
    }

    /** Makes the content written so far the destination's: flushed, synced, moved over it. */
    public void commit() {
        try {
            out.flush();
            channel.close();
            AtomicFiles.commit(temp, target);
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the temporary file unless {@link #commit()} moved it into place. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Closing a file we are about to delete: nothing is lost.
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the partial download " + temp + ": " + e.getMessage(), e);
        }
    }
}
