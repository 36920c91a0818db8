package io.boto4j.core.loader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** botocore's directory layout on the file system: {@code <root>/<service>/<api-version>/<file>}. */
final class DirectoryModelSource implements ModelSource {
    private static final String GZIP_SUFFIX = ".gz";

    private final Path root;

    DirectoryModelSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<InputStream> open(String path) throws IOException {
        Path plain = resolve(path);
        if (plain != null && Files.isRegularFile(plain)) {
            return Optional.of(new BufferedInputStream(Files.newInputStream(plain)));
        }
        Path gzipped = resolve(path + GZIP_SUFFIX);
        if (gzipped != null && Files.isRegularFile(gzipped)) {
            return Optional.of(new GZIPInputStream(Files.newInputStream(gzipped), 64 * 1024));
        }
        return Optional.empty();
    }

    @Override
    public boolean exists(String path) {
        Path plain = resolve(path);
        Path gzipped = resolve(path + GZIP_SUFFIX);
        return (plain != null && Files.isRegularFile(plain)) || (gzipped != null && Files.isRegularFile(gzipped));
    }

    @Override
    public Set<String> services() {
        return subdirectories(root);
    }

    @Override
    public Set<String> apiVersions(String service) {
        Path dir = resolve(service);
        return dir == null ? Set.of() : subdirectories(dir);
    }

    @Override
    public String id() {
        return "directory:" + root;
    }

    /** The path under the root, or null when {@code relative} would step outside it. */
    private Path resolve(String relative) {
        Path p = root.resolve(relative).normalize();
        return p.startsWith(root) ? p : null;
    }

    private static Set<String> subdirectories(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            entries.filter(Files::isDirectory).forEach(p -> names.add(p.getFileName().toString()));
            return Collections.unmodifiableSet(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
