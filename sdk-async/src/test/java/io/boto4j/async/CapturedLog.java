package io.boto4j.async;

import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What a logger and its children log through java.util.logging (where the SDK's System.Logger and
 * Vert.x's logging go by default) while open, kept here instead of printed: a test checks the
 * lines it expects, and a green build's log stays free of them.
 */
public final class CapturedLog implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    /** Held here: java.util.logging keeps its loggers weakly, and a collected one loses its handler. */
    private final Logger logger;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getParameters() == null ? record.getMessage()
                    : MessageFormat.format(record.getMessage(), record.getParameters());
            lines.add(record.getLevel() + ": " + message);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLog(String name) {
        logger = Logger.getLogger(name);
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    /** Captures {@code name} ({@code io.boto4j}, a Vert.x class name...) and the loggers below it. */
    public static CapturedLog of(String name) {
        return new CapturedLog(name);
    }

    /** {@code LEVEL: message} for each record so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(true);
    }
}
