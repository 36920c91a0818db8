package io.boto4j.cli.debug;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** Routes every {@link System.Logger} of the process (the core's included) to {@link DebugLog}. */
public final class DebugLoggerFinder extends System.LoggerFinder {

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new StderrLogger(name);
    }

    private record StderrLogger(String name) implements System.Logger {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(Level level) {
            return DebugLog.isLoggable(name, level);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            if (isLoggable(level)) {
                DebugLog.write(name, level, msg, thrown);
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            if (isLoggable(level)) {
                String text = params == null || params.length == 0 ? format : MessageFormat.format(format, params);
                DebugLog.write(name, level, text, null);
            }
        }

        @Override
        public void log(Level level, Supplier<String> msgSupplier) {
            if (isLoggable(level)) {
                DebugLog.write(name, level, msgSupplier.get(), null);
            }
        }
    }
}
