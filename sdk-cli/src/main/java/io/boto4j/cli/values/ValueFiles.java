package io.boto4j.cli.values;

import io.boto4j.cli.args.UsageException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Values that name a file, as the AWS CLI reads them: {@code file://PATH} stands for the file's
 * text (UTF-8), {@code fileb://PATH} for its bytes. A leading {@code ~/} in the path is the home
 * directory; a relative path is relative to the working directory. Every failure is a usage
 * error naming the option and the file, raised before anything is sent.
 */
public final class ValueFiles {
    /** The prefix of a value that is a file's text. */
    public static final String TEXT = "file://";
    /** The prefix of a value that is a file's bytes. */
    public static final String BYTES = "fileb://";

    private final Path home;

    /** Files of a user whose home directory is {@code home} (for {@code ~/}; null leaves {@code ~} as it is). */
    public ValueFiles(Path home) {
        this.home = home;
    }

    /** Whether {@code value} names a file's text ({@code file://}). */
    public static boolean isText(String value) {
        return value.startsWith(TEXT);
    }

    /** Whether {@code value} names a file's bytes ({@code fileb://}). */
    public static boolean isBytes(String value) {
        return value.startsWith(BYTES);
    }

    /** The file a {@code file://} or {@code fileb://} value names, or the value itself as a path. */
    public Path path(String value) {
        String p = isBytes(value) ? value.substring(BYTES.length())
                : isText(value) ? value.substring(TEXT.length()) : value;
        if (home != null && (p.equals("~") || p.startsWith("~/"))) {
            return home.resolve(p.equals("~") ? "" : p.substring(2));
        }
        return Path.of(p);
    }

    /**
     * The text of the file {@code value} names.
     *
     * @param what the option or parameter the value was given for, for messages
     */
    public String text(String value, String what) {
        String text = Utf8Text.decodeOrNull(bytes(value, what));
        if (text == null) {
            throw new UsageException(what + ": " + path(value) + " is not UTF-8 text; for its bytes use "
                    + BYTES + path(value));
        }
        return text;
    }

    /** The bytes of the file {@code value} names. */
    public byte[] bytes(String value, String what) {
        Path file = readableFile(value, what);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(what, file, e);
        }
    }

    /** The file {@code value} names, checked to be a readable regular file (for a body streamed from it). */
    public Path readableFile(String value, String what) {
        Path file = path(value);
        if (Files.isDirectory(file)) {
            throw new UsageException(what + ": " + file + " is a directory, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException(what + ": no such file " + file);
        }
        if (!Files.isReadable(file)) {
            throw new UsageException(what + ": cannot read " + file + " (permission denied)");
        }
        return file;
    }

    /** A usage error naming the file and why it could not be read. */
    private static UsageException unreadable(String what, Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new UsageException(what + ": no such file " + file);
        }
        if (e instanceof AccessDeniedException) {
            return new UsageException(what + ": cannot read " + file + " (permission denied)");
        }
        return new UsageException(what + ": cannot read " + file + ": " + e.getMessage());
    }
}
