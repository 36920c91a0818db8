package io.boto4j.cli;

/** The {@code ./boto4j} entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = Cli.forProcess().run(args);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }
}
