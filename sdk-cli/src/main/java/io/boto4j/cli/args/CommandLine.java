package io.boto4j.cli.args;

import java.util.List;

/**
 * A parsed command line: the global options, then the words ({@code <service> <operation>},
 * {@code <service> help}, {@code <service> wait <waiter>}, {@code help}), the options of the
 * command, and the member options of its input in the order typed.
 */
public record CommandLine(
        String endpointUrl,
        String region,
        String profile,
        boolean noSignRequest,
        boolean debug,
        List<String> words,
        String params,
        boolean paginate,
        Integer maxItems,
        Integer pageSize,
        String startingToken,
        boolean dryRun,
        String signingTime,
        boolean skeleton,
        String outputFile,
        boolean version,
        List<InputArgument> inputArguments) {

    public CommandLine {
        words = List.copyOf(words);
        inputArguments = List.copyOf(inputArguments);
    }

    /** The text given for the option that sets {@code target} ("true" for a flag), or null when it was not given. */
    public String argument(String target) {
        for (InputArgument a : inputArguments) {
            if (a.target().equals(target)) {
                return a.text();
            }
        }
        return null;
    }

    /** The word at {@code index}, or null when there are fewer words. */
    public String word(int index) {
        return index < words.size() ? words.get(index) : null;
    }
}
