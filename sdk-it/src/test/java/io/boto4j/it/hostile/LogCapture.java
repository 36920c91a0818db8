package io.boto4j.it.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every log line of the process, at every level, while open: the root java.util.logging logger
 * at ALL with a handler that keeps each record as SimpleFormatter prints it (message, parameters
 * and the stack trace of a thrown exception). The JDK's default {@link System.LoggerFinder} sends
 * {@code System.Logger} (what boto4j logs through) there, and Vert.x and Netty log there too.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger root = Logger.getLogger("");
    private final Level rootLevel = root.getLevel();
    private final List<String> lines = new ArrayList<>();
    private final SimpleFormatter format = new SimpleFormatter();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (lines) {
                lines.add(record.getLevel() + " " + record.getLoggerName() + " " + format.format(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        handler.setLevel(Level.ALL);
        root.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    /** Starts capturing, after checking that boto4j's TRACE level actually reaches the capture. */
    public static LogCapture everything() {
        LogCapture capture = new LogCapture();
        System.getLogger("io.boto4j.it.probe").log(System.Logger.Level.TRACE, "log capture probe");
        assertTrue(capture.lines().stream().anyMatch(l -> l.contains("log capture probe")),
                "System.Logger does not reach java.util.logging here (finder "
                        + System.LoggerFinder.getLoggerFinder().getClass().getName() + ")");
        return capture;
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        root.setLevel(rootLevel);
    }
}
