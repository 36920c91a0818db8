package io.boto4j.core.config;

import java.nio.file.Path;

/**
 * A shared config or credentials file that does not follow the INI rules. The message names
 * the file, the line and the problem, and never repeats the line's text (it may hold a secret).
 */
public final class ConfigParseException extends ConfigException {
    private final String file;
    private final int line;

    public ConfigParseException(String file, int line, String problem) {
        super("Unable to parse config file " + file + ", line " + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    ConfigParseException(Path file, int line, String problem) {
        this(String.valueOf(file), line, problem);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
