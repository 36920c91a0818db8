package io.boto4j.cli;

/** The {@code ./boto4j} entry point. */
public final class Main {
    private Main() {
    }

    /**
     * Runs the command line and exits the JVM with its exit code ({@link ExitCodes}).
     *
     * @param args the command line, e.g. {@code s3api list-buckets}
     */
    public static void main(String[] args) {
        int code = Cli.forProcess().run(args);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }
}
