package io.boto4j.async.internal;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.transport.AtomicFiles;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * A download to a file that leaves the file whole or as it was, never a part, written through
 * Vert.x's file system: the bytes go to a part file beside it, moved over it once complete and
 * deleted otherwise, by the core's {@link AtomicFiles} rules (those of the CLI's downloads).
 * The file-system checks, the sync and the move run on Vert.x's worker pool, never on an event
 * loop. (No {@code deleteOnExit} for the part file: in a long-running server its registry
 * would grow with every download.)
 */
public final class AtomicDownload {
    private AtomicDownload() {
    }

    /**
     * Checks that {@code target} can be written, opens a part file for it and hands it to
     * {@code writer}, which writes the content and ends (closes) the file, and completes when
     * done; then makes it the target's content. When anything fails, the part file is closed
     * and deleted, {@code target} is left as it was and the future fails with the first cause.
     */
    public static <T> Future<T> to(Vertx vertx, Path target, Function<AsyncFile, Future<T>> writer) {
        FileSystem fs = vertx.fileSystem();
        return vertx.<Path>executeBlocking(() -> {
            String problem = AtomicFiles.whyNotWritable(target);
            if (problem != null) {
                throw new SdkClientException("cannot download to " + target + ": " + problem);
            }
            return AtomicFiles.partFile(target);
        }, false).compose(part -> fs.open(part.toString(), new OpenOptions().setWrite(true).setCreateNew(true))
                .compose(file -> writer.apply(file)
                        .compose(result -> vertx.executeBlocking(() -> {
                            AtomicFiles.commit(part, target);
                            return result;
                        }, false))
                        .recover(failure -> discard(fs, file, part).transform(ignored -> Future.failedFuture(failure)))));
    }

    /** Closes the part file (the writer may have ended it already) and deletes it. */
    private static Future<Void> discard(FileSystem fs, AsyncFile file, Path part) {
        return file.close().transform(closed -> fs.delete(part.toString()));
    }
}
