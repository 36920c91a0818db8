/**
 * The data-driven command line: every operation of every service the models describe, with
 * no code per service, every custom method of their clients, and S3's {@code cp} and
 * {@code presign}. {@code io.boto4j.cli.Main} is the entry point of {@code ./boto4j}.
 */
module io.boto4j.cli {
    // Cli takes a ConfigEnvironment: the core is part of this module's API.
    requires transitive io.boto4j.core;
    requires io.boto4j.sync;
    // s3 cp: the transfer methods, their progress listener, cancellation and results.
    requires io.boto4j.s3;
    // Custom methods' results that are records, as JSON (java.time values ISO-8601).
    requires com.fasterxml.jackson.datatype.jsr310;

    exports io.boto4j.cli;

    // --debug: the core's System.Logger output goes to stderr, secrets redacted.
    provides java.lang.System.LoggerFinder with io.boto4j.cli.debug.DebugLoggerFinder;
}
