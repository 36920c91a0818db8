package io.boto4j.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the INI dialect of the shared AWS files the way botocore's configparser use does:
 * {@code [section]} headers, {@code key = value} or {@code key: value} lines (keys lower-cased),
 * whole-line comments starting with {@code #} or {@code ;}, indented continuation lines, and
 * nested blocks (a key with an empty value followed by indented {@code key = value} lines,
 * whose keys keep their case). Duplicate sections and keys are errors, as in botocore.
 *
 * <p>One deliberate difference: {@code #} or {@code ;} after whitespace starts an inline
 * comment (the shared-config rule of the other AWS SDKs), so {@code region = us-east-1 # x}
 * means {@code us-east-1}; botocore keeps the comment in the value.
 *
 * <p>Error messages name the file and line but never repeat a line's text: it may be a secret.
 */
final class IniParser {
    private final String fileName;
    private final Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
    private Map<String, Object> currentSection;
    private String currentSectionName;
    private PendingOption pending;

    private IniParser(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Parses file content into sections in file order; each value is a {@code String} or, for a
     * nested block, a {@code Map<String,String>}.
     */
    static Map<String, Map<String, Object>> parse(String fileName, String content) {
        IniParser parser = new IniParser(fileName);
        String[] lines = content.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.accept(lines[i], i + 1);
        }
        parser.finishOption();
        return parser.sections;
    }

    private void accept(String rawLine, int lineNumber) {
        String line = rawLine.strip();
        if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
            return;
        }
        boolean indented = Character.isWhitespace(rawLine.charAt(0));
        if (indented && pending != null) {
            pending.continuation.add(new NumberedLine(stripInlineComment(line), lineNumber));
            return;
        }
        finishOption();
        if (line.startsWith("[")) {
            startSection(line, lineNumber);
        } else {
            startOption(line, lineNumber);
        }
    }

    private void startSection(String line, int lineNumber) {
        int close = line.lastIndexOf(']');
        if (close < 0) {
            throw error(lineNumber, "section header is missing its closing ']'");
        }
        String name = line.substring(1, close);
        if (name.isEmpty()) {
            throw error(lineNumber, "empty section name");
        }
        if (sections.containsKey(name)) {
            throw error(lineNumber, "duplicate section [" + name + "]");
        }
        currentSection = new LinkedHashMap<>();
        currentSectionName = name;
        sections.put(name, currentSection);
    }

    private void startOption(String line, int lineNumber) {
        if (currentSection == null) {
            throw error(lineNumber, "a setting appears before any [section] header");
        }
        int delimiter = firstDelimiter(line);
        if (delimiter < 0) {
            throw error(lineNumber, "expected 'key = value'");
        }
        String key = line.substring(0, delimiter).strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            throw error(lineNumber, "a setting has no key before its '='");
        }
        if (currentSection.containsKey(key)) {
            throw error(lineNumber, "duplicate key '" + key + "' in section [" + currentSectionName + "]");
        }
        String value = stripInlineComment(line.substring(delimiter + 1).strip());
        pending = new PendingOption(key, value);
    }

    private void finishOption() {
        if (pending == null) {
            return;
        }
        PendingOption option = pending;
        pending = null;
        if (option.continuation.isEmpty()) {
            currentSection.put(option.key, option.value);
        } else if (option.value.isEmpty()) {
            currentSection.put(option.key, nestedBlock(option));
        } else {
            StringBuilder joined = new StringBuilder(option.value);
            for (NumberedLine l : option.continuation) {
                joined.append('\n').append(l.text);
            }
            currentSection.put(option.key, joined.toString());
        }
    }

    private Map<String, String> nestedBlock(PendingOption option) {
        Map<String, String> nested = new LinkedHashMap<>();
        for (NumberedLine l : option.continuation) {
            int eq = l.text.indexOf('=');
            if (eq < 0) {
                throw error(l.number, "expected 'key = value' in the nested block under '" + option.key + "'");
            }
            String key = l.text.substring(0, eq).strip();
            if (key.isEmpty()) {
                throw error(l.number, "a nested setting under '" + option.key + "' has no key");
            }
            nested.put(key, l.text.substring(eq + 1).strip());
        }
        return nested;
    }

    private static int firstDelimiter(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    /** Drops a {@code #} or {@code ;} comment that follows whitespace. */
    static String stripInlineComment(String value) {
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c == '#' || c == ';') && Character.isWhitespace(value.charAt(i - 1))) {
                return value.substring(0, i).strip();
            }
        }
        return value;
    }

    private ConfigParseException error(int lineNumber, String problem) {
        return new ConfigParseException(fileName, lineNumber, problem);
    }

    private static final class PendingOption {
        final String key;
        final String value;
        final List<NumberedLine> continuation = new ArrayList<>();

        PendingOption(String key, String value) {
            this.key = key;
            this.value = value;
        }
    }

    private record NumberedLine(String text, int number) {
    }
}
