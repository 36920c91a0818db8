package io.boto4j.core.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the third-party conformance data lives: the system property
 * {@code boto4j.conformance.dir} when set, else {@code ../shared/conformance} from the
 * repository root. It is never copied into this repository; every part of it is optional.
 */
public final class ConformanceData {
    public static final String PROPERTY = "boto4j.conformance.dir";

    private ConformanceData() {
    }

    /** The conformance root, or empty (with the reason printed once per caller) when absent. */
    public static Optional<Path> root() {
        String configured = System.getProperty(PROPERTY);
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : findFromRepositoryRoot();
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        return Optional.of(dir.toAbsolutePath().normalize());
    }

    /** A named part ({@code protocols}, {@code sigv4}, {@code endpoints}) or empty when missing. */
    public static Optional<Path> part(String name) {
        return root().map(r -> r.resolve(name)).filter(Files::isDirectory);
    }

    /** The message a runner prints when it has nothing to run. */
    public static String missingMessage(String part) {
        return "conformance " + part + ": skipped, no data (set -D" + PROPERTY
                + "=DIR or place it at ../shared/conformance beside the repository)";
    }

    private static Path findFromRepositoryRoot() {
        // Tests run with the module directory as working directory; walk up to the folder
        // that holds the root pom, then look beside it.
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            Path candidate = p.resolve("../shared/conformance").normalize();
            if (Files.isDirectory(candidate) && Files.exists(p.resolve("pom.xml"))
                    && Files.exists(p.resolve("sdk-core"))) {
                return candidate;
            }
        }
        return null;
    }
}
