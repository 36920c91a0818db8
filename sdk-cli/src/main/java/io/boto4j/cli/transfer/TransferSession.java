package io.boto4j.cli.transfer;

import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;
import io.boto4j.s3.TransferCancellation;
import io.boto4j.s3.TransferListener;

import java.io.PrintStream;
import java.util.Map;

/**
 * The arguments of a transfer method that the command line gives itself, by their types
 * (whatever the method names them): a {@link TransferListener} is a {@link ProgressBar} when
 * progress is shown, a {@link TransferCancellation} is cancelled by Ctrl-C ({@link CancelOnExit}).
 * Open one around the call; closing it clears the bar and removes the Ctrl-C hook.
 */
public final class TransferSession implements AutoCloseable {
    private final ProgressBar bar;
    private final CancelOnExit cancelOnExit;

    private TransferSession(ProgressBar bar, CancelOnExit cancelOnExit) {
        this.bar = bar;
        this.cancelOnExit = cancelOnExit;
    }

    /**
     * Adds the listener and the cancellation to {@code arguments} where {@code method} takes them.
     *
     * @param bar the progress bar to give the method, or null to show none
     */
    public static TransferSession open(CustomMethod<?> method, Map<String, Object> arguments, ProgressBar bar,
                                       PrintStream err) {
        CancelOnExit cancelOnExit = null;
        for (MethodParameter p : method.parameters()) {
            if (p.type() == TransferListener.class && bar != null) {
                arguments.put(p.name(), bar);
            } else if (p.type() == TransferCancellation.class && cancelOnExit == null) {
                TransferCancellation cancellation = new TransferCancellation();
                arguments.put(p.name(), cancellation);
                cancelOnExit = CancelOnExit.register(cancellation, err);
            }
        }
        return new TransferSession(bar, cancelOnExit);
    }

    /**
     * What a method's help says of a parameter of {@code type} that the command line gives
     * itself, or null when it gives none of that type.
     */
    public static String givenByTheCommandLine(Class<?> type) {
        if (type == TransferListener.class) {
            return "given by boto4j: a progress bar on stderr when it is a terminal";
        }
        if (type == TransferCancellation.class) {
            return "given by boto4j: Ctrl-C cancels the transfer and cleans up";
        }
        return null;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.clear();
        }
        if (cancelOnExit != null) {
            cancelOnExit.close();
        }
    }
}
