package io.boto4j.cli.args;

import java.util.List;

/**
 * A parsed command line: the global options, then the words ({@code <service> <operation>},
 * {@code <service> help}, {@code <service> wait <waiter>}, {@code help}) and the options of
 * the command.
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
        String outputFile) {

    public CommandLine {
        words = List.copyOf(words);
    }

    public String word(int index) {
        return index < words.size() ? words.get(index) : null;
    }
}
