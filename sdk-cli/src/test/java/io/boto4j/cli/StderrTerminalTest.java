package io.boto4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the CLI tells whether stderr is a terminal when the launcher did not say (Linux's /proc links). */
class StderrTerminalTest {

    @Test
    void aDescriptorLinkedToATerminalDeviceIsATerminal(@TempDir Path dir) throws Exception {
        Path pts = Files.createSymbolicLink(dir.resolve("pts"), Path.of("/dev/pts/3"));
        Path tty = Files.createSymbolicLink(dir.resolve("tty"), Path.of("/dev/tty1"));
        try {
            assertTrue(StderrTerminal.isTerminalDevice(pts));
            assertTrue(StderrTerminal.isTerminalDevice(tty));
        } finally {
            // Removed here: JUnit warns about links that lead out of its temporary directory.
            Files.delete(pts);
            Files.delete(tty);
        }
    }

    @Test
    void pipesFilesAndMissingLinksAreNot(@TempDir Path dir) throws Exception {
        assertFalse(StderrTerminal.isTerminalDevice(Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[123]"))));
        assertFalse(StderrTerminal.isTerminalDevice(Files.createSymbolicLink(dir.resolve("file"), dir.resolve("log.txt"))));
        assertFalse(StderrTerminal.isTerminalDevice(Files.writeString(dir.resolve("plain"), "not a link")));
        assertFalse(StderrTerminal.isTerminalDevice(dir.resolve("missing")));
    }
}
