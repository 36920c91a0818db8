package io.boto4j.cli.commands;

import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.InputOptions;
import io.boto4j.cli.calls.Clients;
import io.boto4j.cli.values.ValueFiles;

import java.io.PrintStream;

/**
 * A command of a service's own that is neither an operation nor a custom method, such as S3's
 * {@code cp} and {@code presign}: written by hand over the client, as the AWS CLI's {@code s3}
 * commands are over boto3.
 */
public interface BuiltInCommand {

    /** Its name as typed ({@code cp}). */
    String name();

    /** What follows its name in a usage line ({@code SRC DST [--quiet]}). */
    String synopsis();

    /** What it does, in one line. */
    String summary();

    /** Its options beyond boto4j's own. */
    InputOptions options();

    /** Its help screen: usage, what it does, its options. */
    void help(PrintStream out);

    /** Runs it with the command line's words and options. */
    void run(Clients clients, ValueFiles files, CommandLine cmd, StdStreams streams);
}
