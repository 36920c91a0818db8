package io.boto4j.core.config;

import java.nio.file.Path;

/**
 * A shared config or credentials file that does not follow the INI rules. The message names
 * the file, the line and the problem, and never repeats the line's text (it may hold a secret).
 */
public final class ConfigParseException extends ConfigException {
    private static final long serialVersionUID = 1L;
    /** The file's name or path, as given. */
    private final String file;
    /** The 1-based line number. */
    private final int line;

    /**
     * Reports a line of a shared config or credentials file that cannot be parsed; the message
     * is {@code Unable to parse config file FILE, line N: PROBLEM}.
     *
     * @param file the file's name or path, for the message
     * @param line the 1-based number of the offending line
     * @param problem what is wrong, without the line's text (it may hold a secret)
     */
    public ConfigParseException(String file, int line, String problem) {
        super("Unable to parse config file " + file + ", line " + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    ConfigParseException(Path file, int line, String problem) {
        this(String.valueOf(file), line, problem);
    }

    /** {@return the file's name or path, as given to the parser} */
    public String file() {
        return file;
    }

    /** {@return the 1-based number of the offending line} */
    public int line() {
        return line;
    }
}
