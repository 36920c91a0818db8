package io.boto4j.cli.s3;

import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.UsageException;
import io.boto4j.cli.commands.BuiltInCommand;

import java.util.List;

/**
 * S3's built-in commands, as the AWS CLI's {@code aws s3} has them: {@code cp} and {@code presign}.
 * They live beside the model's operations under {@code ./boto4j s3}; no operation has their names.
 */
public final class S3Commands {
    /** The service they belong to. */
    public static final String SERVICE = "s3";

    private S3Commands() {
    }

    /** Every built-in command of S3. */
    public static List<BuiltInCommand> all() {
        return List.of(new CopyCommand(), new PresignCommand());
    }

    /**
     * Refuses the options of boto4j's that only operations take, before anything is sent.
     *
     * @param command "s3 cp", for the message
     */
    static void refuseOperationOptions(CommandLine cmd, String command) {
        if (cmd.dryRun() || cmd.paginate() || cmd.skeleton() || cmd.outputFile() != null || cmd.params() != null) {
            throw new UsageException(command + " takes neither --params nor --dry-run, --paginate, --skeleton or"
                    + " --output-file; see './boto4j " + command + " help'");
        }
    }

    /** The words after {@code s3 <command>}: exactly {@code count}, or a usage error showing the usage. */
    static List<String> positional(CommandLine cmd, int count, String usage) {
        List<String> words = cmd.words().subList(2, cmd.words().size());
        if (words.size() != count) {
            throw new UsageException((words.size() < count ? "missing arguments" : "unexpected argument '"
                    + words.get(count) + "'") + "; usage: ./boto4j " + usage);
        }
        return words;
    }
}
