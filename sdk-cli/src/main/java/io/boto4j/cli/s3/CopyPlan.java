package io.boto4j.cli.s3;

import io.boto4j.cli.args.UsageException;
import io.boto4j.cli.values.ValueFiles;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code s3 cp SRC DST} does, decided from its two arguments before anything is sent, as
 * the AWS CLI decides it: a local file up to S3, an object down to a file, an object to another
 * within S3, or a stream ({@code -}) up from stdin or down to stdout. A destination that ends
 * with {@code /} (or is an existing directory) takes the source's name.
 */
sealed interface CopyPlan {
    /** What the success line calls it: {@code upload}, {@code download}, {@code copy}. */
    default String verb() {
        return this instanceof Copy ? "copy"
                : this instanceof Download || this instanceof DownloadStdout ? "download"
                : "upload";
    }

    /** A local file to an object (S3's UploadFile). */
    record Upload(Path file, String shownFile, S3Location target) implements CopyPlan {
    }

    /** Stdin to an object (S3's UploadStream). */
    record UploadStdin(S3Location target) implements CopyPlan {
    }

    /** An object to a local file (S3's DownloadFile). */
    record Download(S3Location source, Path file) implements CopyPlan {
    }

    /** An object to stdout (GetObject, its body streamed). */
    record DownloadStdout(S3Location source) implements CopyPlan {
    }

    /** An object to another, within S3 (S3's Copy). */
    record Copy(S3Location source, S3Location target) implements CopyPlan {
    }

    /** The stream argument: stdin as a source, stdout as a destination. */
    String STREAM = "-";

    /**
     * The plan for {@code s3 cp source destination}.
     *
     * @throws UsageException when neither side is in S3, a side names a prefix where an object is
     *                        needed, or the local file cannot be read
     */
    static CopyPlan of(String source, String destination, ValueFiles files) {
        boolean fromS3 = S3Location.is(source);
        boolean toS3 = S3Location.is(destination);
        if (!fromS3 && !toS3) {
            throw new UsageException("s3 cp copies to, from or within S3: SRC or DST must be s3://BUCKET/KEY,"
                    + " not '" + source + "' and '" + destination + "'");
        }
        if (!fromS3) {
            S3Location target = S3Location.parse(destination, "DST");
            if (source.equals(STREAM)) {
                if (target.isPrefix()) {
                    throw new UsageException("s3 cp - DST: stdin has no file name, so DST must name the object:"
                            + " s3://" + target.bucket() + "/KEY, not " + target);
                }
                return new UploadStdin(target);
            }
            Path file = files.readableFile(source, "SRC");
            return new Upload(file, source, target.isPrefix() ? target.resolve(file.getFileName().toString()) : target);
        }
        S3Location object = S3Location.parse(source, "SRC");
        if (object.isPrefix()) {
            throw new UsageException("SRC: " + object + " names " + (object.key().isEmpty() ? "a bucket" : "a prefix")
                    + ", not an object; s3 cp copies one object (s3://BUCKET/KEY)");
        }
        if (toS3) {
            S3Location target = S3Location.parse(destination, "DST");
            return new Copy(object, target.isPrefix() ? target.resolve(object.name()) : target);
        }
        if (destination.equals(STREAM)) {
            return new DownloadStdout(object);
        }
        Path file = files.path(destination);
        if (destination.endsWith("/") || destination.endsWith(File.separator) || Files.isDirectory(file)) {
            file = file.resolve(object.name());
        }
        if (Files.isDirectory(file)) {
            throw new UsageException("DST: " + file + " is a directory; name a file, or a directory without "
                    + object.name() + " in it");
        }
        return new Download(object, file);
    }
}
