package io.boto4j.cli.values;

import io.boto4j.cli.args.UsageException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems found in a command's input, collected so that the user sees every one at once,
 * each at the path of its parameter ({@code Delete.Objects[0].Key}, the validator's spelling).
 */
final class InputProblems {
    private final List<String> messages = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();

    /** Records what is wrong with the parameter at {@code path}. */
    void add(String path, String message) {
        paths.add(path);
        messages.add(message);
    }

    /** Whether a problem was recorded for {@code path} (which then needs no second message). */
    boolean has(String path) {
        return paths.contains(path);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** A usage error listing every problem, for the command named (e.g. "s3 get-object"). */
    UsageException toException(String command) {
        StringBuilder sb = new StringBuilder("the input of ").append(command).append(" is not valid (nothing was sent):");
        messages.forEach(m -> sb.append("\n  ").append(m));
        return new UsageException(sb.toString());
    }
}
