package io.boto4j.core.auth.credentials;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code credential_process} command line into arguments the way botocore does on
 * POSIX (Python's {@code shlex.split}): whitespace separates words, single quotes are literal,
 * double quotes allow backslash escapes of {@code " \ $ `}, a bare backslash escapes one char.
 * No shell runs the command, so nothing is expanded.
 */
final class ShellWords {
    private ShellWords() {
    }

    static List<String> split(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < command.length()) {
            char c = command.charAt(i);
            if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new CredentialsException("credential_process has an unclosed single quote");
                }
                word.append(command, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = readDoubleQuoted(command, i + 1, word);
                inWord = true;
            } else if (c == '\\' && i + 1 < command.length()) {
                word.append(command.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static int readDoubleQuoted(String command, int start, StringBuilder word) {
        int i = start;
        while (i < command.length()) {
            char c = command.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < command.length() && "\"\\$`".indexOf(command.charAt(i + 1)) >= 0) {
                word.append(command.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new CredentialsException("credential_process has an unclosed double quote");
    }
}
