package io.boto4j.core.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * One place botocore-format model data can come from: a directory laid out like botocore's
 * {@code data} directory, or data bundled in a jar (the {@code io.boto4j.models} module
 * provides one through {@link java.util.ServiceLoader}).
 *
 * <p>Paths are relative, use forward slashes and name the plain JSON document, e.g.
 * {@code s3/2006-03-01/service-2.json} or {@code partitions.json}; a source that stores the
 * document gzipped ({@code .json.gz}) finds it under the same name and serves it
 * decompressed. Implementations must be thread-safe.
 */
public interface ModelSource {

    /**
     * Opens the document at {@code path} (plain {@code .json} first, then {@code .json.gz},
     * decompressed), or empty when this source does not have it. The caller closes the stream.
     *
     * @param path the document's relative path, e.g. {@code s3/2006-03-01/service-2.json}
     * @return a stream of the (decompressed) JSON bytes, or empty
     * @throws IOException when the document exists but cannot be opened
     */
    Optional<InputStream> open(String path) throws IOException;

    /**
     * Whether {@link #open} would find {@code path}; cheap, reads no content.
     *
     * @param path the document's relative path, e.g. {@code partitions.json}
     * @return true when this source has the document (plain or gzipped)
     */
    boolean exists(String path);

    /**
     * The service directory names this source has (with or without a service model).
     *
     * @return the names such as {@code s3}; empty when the source has none
     */
    Set<String> services();

    /**
     * The API version directory names of {@code service}.
     *
     * @param service the service directory name, e.g. {@code s3}
     * @return the versions such as {@code 2006-03-01}; empty when the source has none for it
     */
    Set<String> apiVersions(String service);

    /**
     * A stable identity: two sources with the same id serve the same bytes. Parsed documents
     * are shared process-wide under it, so a directory source uses its absolute path.
     *
     * @return the id, e.g. {@code directory:/home/me/.aws/models}
     */
    String id();

    /**
     * A source reading botocore's directory layout under {@code root} (which need not exist).
     *
     * @param root the directory holding {@code <service>/<api-version>/<file>}
     * @return a thread-safe source whose id is the absolute, normalized {@code root}
     */
    static ModelSource directory(Path root) {
        return new DirectoryModelSource(root);
    }
}
