package io.boto4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether this process's stderr is a terminal, which decides whether transfers draw a progress
 * bar. Java 17 cannot ask: {@code System.console()} is non-null only when stdin and stdout are
 * both terminals, and says nothing of stderr ({@code ./boto4j s3 cp f s3://b/k > log} has a
 * console-less stdout and a terminal stderr; {@code 2> log} the reverse).
 *
 * <ol>
 *   <li>The launcher knows: {@code ./boto4j} runs {@code [ -t 2 ]} (isatty on descriptor 2) and
 *       passes the answer as the system property {@value #PROPERTY}. It decides when set.</li>
 *   <li>Else, on Linux, descriptor 2's link in {@code /proc/self/fd} names a terminal device
 *       ({@code /dev/pts/N}, {@code /dev/ttyN}) or something else (a pipe, a file).</li>
 *   <li>Else: not a terminal, so the output stays quiet and clean for logs.</li>
 * </ol>
 */
final class StderrTerminal {
    /** Set by {@code ./boto4j}: "true" when stderr is a terminal, "false" when not. */
    static final String PROPERTY = "boto4j.stderr.terminal";

    private StderrTerminal() {
    }

    static boolean detect() {
        String told = System.getProperty(PROPERTY);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        return isTerminalDevice(Path.of("/proc/self/fd/2"));
    }

    /** Whether {@code descriptor} (a link under /proc/self/fd) points at a terminal; false where there is no such link. */
    static boolean isTerminalDevice(Path descriptor) {
        try {
            String target = Files.readSymbolicLink(descriptor).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
