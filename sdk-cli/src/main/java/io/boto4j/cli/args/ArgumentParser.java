package io.boto4j.cli.args;

import io.boto4j.core.model.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the command line. Options may stand anywhere (as in the AWS CLI), as {@code --name value}
 * or {@code --name=value}; every other word is positional. boto4j's own options come first; any
 * other option must be one of the input members of the command the words before it name
 * or an option of the command the words before it name ({@link InputOptions}), so
 * {@code s3 get-object --bucket b} works and {@code --bucket b s3 get-object} does not.
 */
public final class ArgumentParser {
    private static final Set<String> WITH_VALUE = Set.of("--endpoint-url", "--region", "--profile", "--params",
            "--signing-time", "--output-file", "--max-items", "--page-size", "--starting-token");
    private static final Set<String> FLAGS = Set.of("--no-sign-request", "--debug", "--paginate", "--dry-run",
            "--skeleton", "--version");

    private ArgumentParser() {
    }

    /** Whether {@code option} (with its dashes) is one of boto4j's own options, which win over member options. */
    public static boolean isOwnOption(String option) {
        return WITH_VALUE.contains(option) || FLAGS.contains(option);
    }

    /** Parses a command line that names no member options (they are unknown options). */
    public static CommandLine parse(String... args) {
        return parse(InputOptions.Lookup.NONE, args);
    }

    /**
     * Parses a command line; {@code inputOptions} resolves the member options of the command
     * the words name once an option that is not boto4j's own appears.
     */
    public static CommandLine parse(InputOptions.Lookup inputOptions, String... args) {
        String endpointUrl = null;
        String region = null;
        String profile = null;
        String params = null;
        String signingTime = null;
        String outputFile = null;
        String startingToken = null;
        Integer maxItems = null;
        Integer pageSize = null;
        boolean noSign = false;
        boolean debug = false;
        boolean paginate = false;
        boolean dryRun = false;
        boolean skeleton = false;
        boolean version = false;
        List<String> words = new ArrayList<>();
        List<InputArgument> inputArguments = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                words.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " takes no value");
                }
                switch (name) {
                    case "--no-sign-request" -> noSign = true;
                    case "--debug" -> debug = true;
                    case "--paginate" -> paginate = true;
                    case "--dry-run" -> dryRun = true;
                    case "--version" -> version = true;
                    default -> skeleton = true;
                }
                continue;
            }
            if (!WITH_VALUE.contains(name)) {
                InputOptions options = inputOptions.find(words);
                inputArguments.add(inputArgument(options, name, value, words, inputArguments,
                        i + 1 < args.length ? args[i + 1] : null));
                if (value == null && !options.target(name).flag()) {
                    i++; // the value was the next argument
                }
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--endpoint-url" -> endpointUrl = value;
                case "--region" -> region = value;
                case "--profile" -> profile = value;
                case "--params" -> params = value;
                case "--signing-time" -> signingTime = value;
                case "--output-file" -> outputFile = value;
                case "--starting-token" -> startingToken = value;
                case "--max-items" -> maxItems = positive(name, value);
                default -> pageSize = positive(name, value);
            }
        }
        if (signingTime != null && !dryRun) {
            throw new UsageException("--signing-time only applies to --dry-run");
        }
        if ((maxItems != null || pageSize != null || startingToken != null) && !paginate) {
            throw new UsageException("--max-items, --page-size and --starting-token need --paginate");
        }
        return new CommandLine(endpointUrl, region, profile, noSign, debug, words, params, paginate, maxItems,
                pageSize, startingToken, dryRun, signingTime, skeleton, outputFile, version, inputArguments);
    }

    /**
     * A member option: {@code --name}, with its {@code inline} value ({@code --name=value}) or
     * else the {@code next} argument, unless the member is a boolean flag.
     */
    private static InputArgument inputArgument(InputOptions options, String name, String inline, List<String> words,
                                               List<InputArgument> earlier, String next) {
        OptionTarget target = options == null ? null : options.target(name);
        if (target == null) {
            throw unknownOption(name, words, options);
        }
        for (InputArgument given : earlier) {
            if (given.target().equals(target.name())) {
                throw new UsageException(name + " is given twice (" + given.option() + " set "
                        + target.name() + " before); give it once");
            }
        }
        if (target.flag()) {
            if (inline != null) {
                String positive = options.optionFor(target.name());
                String negated = "--no-" + positive.substring(2);
                throw new UsageException(name + " takes no value: " + target.name() + " is a boolean; use " + positive
                        + " for true" + (options.negates(negated) ? " or " + negated + " for false" : ""));
            }
            return new InputArgument(name, target.name(), String.valueOf(!options.negates(name)));
        }
        if (inline != null) {
            return new InputArgument(name, target.name(), inline);
        }
        if (next == null || next.startsWith("--")) {
            // As argparse reads the AWS CLI's options: a word starting with -- is an option.
            throw new UsageException(name + " needs a value (" + target.name() + ", " + target.type()
                    + "); for a value that starts with --, write " + name + "=VALUE");
        }
        return new InputArgument(name, target.name(), next);
    }

    private static UsageException unknownOption(String name, List<String> words, InputOptions options) {
        List<String> known = new ArrayList<>(WITH_VALUE);
        known.addAll(FLAGS);
        if (options == null) {
            String where = words.size() < 2 ? "; options of an operation's input come after it"
                    + " (./boto4j s3 get-object --bucket B --key K)" : "";
            return new UsageException("unknown option " + name + Names.didYouMean(name, known) + where);
        }
        known.addAll(options.names());
        return new UsageException("unknown option " + name + " for " + options.command()
                + Names.didYouMean(name, known) + "; see './boto4j " + options.command() + " help'");
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + " needs a positive integer, not '" + value + "'");
    }
}
