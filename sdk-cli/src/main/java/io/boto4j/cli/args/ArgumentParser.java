package io.boto4j.cli.args;

import io.boto4j.core.model.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the command line. Options may stand anywhere (as in the AWS CLI), as {@code --name value}
 * or {@code --name=value}; every other word is positional.
 */
public final class ArgumentParser {
    private static final Set<String> WITH_VALUE = Set.of("--endpoint-url", "--region", "--profile", "--params",
            "--signing-time", "--output-file", "--max-items", "--page-size", "--starting-token");
    private static final Set<String> FLAGS = Set.of("--no-sign-request", "--debug", "--paginate", "--dry-run",
            "--skeleton");

    private ArgumentParser() {
    }

    public static CommandLine parse(String... args) {
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
        List<String> words = new ArrayList<>();
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
                    default -> skeleton = true;
                }
                continue;
            }
            if (!WITH_VALUE.contains(name)) {
                throw new UsageException("unknown option " + name + knownOptionsHint(name));
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
                pageSize, startingToken, dryRun, signingTime, skeleton, outputFile);
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

    private static String knownOptionsHint(String name) {
        List<String> all = new ArrayList<>(WITH_VALUE);
        all.addAll(FLAGS);
        return Names.didYouMean(name, all);
    }
}
