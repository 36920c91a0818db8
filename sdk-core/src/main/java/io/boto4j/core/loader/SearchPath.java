package io.boto4j.core.loader;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the ordered list of model sources: configured directories, then {@code AWS_DATA_PATH}
 * entries, then {@code ~/.aws/models}, then the bundled sources.
 */
final class SearchPath {
    static final String AWS_DATA_PATH = "AWS_DATA_PATH";
    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{([^}]+)}|([A-Za-z_][A-Za-z0-9_]*))");

    private SearchPath() {
    }

    static List<ModelSource> build(List<Path> configured, Map<String, String> environment, Path home,
                                   List<ModelSource> bundled) {
        List<ModelSource> sources = new ArrayList<>();
        configured.forEach(dir -> sources.add(ModelSource.directory(dir)));
        dataPathEntries(environment, home).forEach(dir -> sources.add(ModelSource.directory(dir)));
        if (home != null) {
            sources.add(ModelSource.directory(home.resolve(".aws").resolve("models")));
        }
        sources.addAll(bundled);
        return List.copyOf(sources);
    }

    /** The {@code AWS_DATA_PATH} entries, with {@code $VAR} and a leading {@code ~} expanded as botocore does. */
    static List<Path> dataPathEntries(Map<String, String> environment, Path home) {
        String value = environment.get(AWS_DATA_PATH);
        List<Path> dirs = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return dirs;
        }
        for (String entry : value.split(Pattern.quote(File.pathSeparator), -1)) {
            String expanded = expandUser(expandVariables(entry, environment), home);
            if (!expanded.isEmpty()) {
                dirs.add(Path.of(expanded));
            }
        }
        return dirs;
    }

    /** Unknown variables stay as written, like Python's {@code os.path.expandvars}. */
    static String expandVariables(String entry, Map<String, String> environment) {
        Matcher m = VARIABLE.matcher(entry);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String replacement = environment.get(name);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String expandUser(String entry, Path home) {
        if (home == null || !(entry.equals("~") || entry.startsWith("~/") || entry.startsWith("~" + File.separator))) {
            return entry;
        }
        return home + entry.substring(1);
    }
}
