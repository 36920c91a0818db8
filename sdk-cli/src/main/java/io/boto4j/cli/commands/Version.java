package io.boto4j.cli.commands;

import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.loader.ModelSource;

import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./boto4j --version}: one line in the AWS CLI's form ({@code name/version} words), e.g.
 * {@code boto4j/0.1.0 botocore-models/1.43.107 Java/17.0.15 Linux/6.1.0 amd64}, so that a bug
 * report says which SDK, which service models and which JVM ran.
 */
public final class Version {
    /** The bundled model source's id names the botocore release its data was taken from. */
    private static final Pattern BUNDLED_RELEASE = Pattern.compile("^bundled:.*:botocore-(.+)$");

    private Version() {
    }

    public static void print(ModelLoader loader, PrintStream out) {
        out.println("boto4j/" + boto4jVersion() + " botocore-models/" + String.join(",", modelReleases(loader))
                + " Java/" + Runtime.version() + " " + System.getProperty("os.name").replace(' ', '_') + "/"
                + System.getProperty("os.version") + " " + System.getProperty("os.arch").toLowerCase(Locale.ROOT));
    }

    /** The version Maven compiled into this module's descriptor; "unknown" when run from loose classes. */
    static String boto4jVersion() {
        ModuleDescriptor descriptor = Version.class.getModule().getDescriptor();
        return descriptor == null ? "unknown" : descriptor.rawVersion().orElse("unknown");
    }

    /** The botocore releases of the bundled model sources; "none" when no bundled models are installed. */
    static List<String> modelReleases(ModelLoader loader) {
        List<String> releases = new ArrayList<>();
        for (ModelSource source : loader.sources()) {
            Matcher m = BUNDLED_RELEASE.matcher(source.id());
            if (m.matches()) {
                releases.add(m.group(1));
            }
        }
        return releases.isEmpty() ? List.of("none") : releases;
    }
}
