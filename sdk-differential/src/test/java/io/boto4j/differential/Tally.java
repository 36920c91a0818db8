package io.boto4j.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts one side's cases (requests or responses) per protocol, classifies each case against
 * the accepted differences, and keeps every case that is not identical for the report.
 */
final class Tally {
    /** A case's outcome: no difference, only accepted ones, or at least one that is not accepted. */
    enum Outcome { IDENTICAL, ACCEPTED, DIFFERENT }

    private final String side;
    private final AcceptedDifferences accepted;
    private final Map<String, int[]> perProtocol = new LinkedHashMap<>();
    private final List<String> different = new ArrayList<>();
    private final List<String> acceptedCases = new ArrayList<>();
    private int refusedByBoth;
    private int leftOut;

    Tally(String side, AcceptedDifferences accepted) {
        this.side = side;
        this.accepted = accepted;
        OperationCatalog.PROTOCOLS.forEach(p -> perProtocol.put(p, new int[3]));
    }

    /** Records a case; {@code label} says how to reproduce it (service, operation, seed, index). */
    Outcome record(String protocol, String service, String operation, String label, List<Difference> differences) {
        List<String> notAccepted = new ArrayList<>();
        List<String> acceptedLines = new ArrayList<>();
        for (Difference d : differences) {
            Optional<AcceptedDifferences.Entry> e = accepted.accepting(side, protocol, service, operation, d);
            if (e.isPresent()) {
                acceptedLines.add("    accepted " + d + "\n      (" + e.get().reason + ")");
            } else {
                notAccepted.add("    " + d);
            }
        }
        Outcome outcome = differences.isEmpty() ? Outcome.IDENTICAL
                : notAccepted.isEmpty() ? Outcome.ACCEPTED : Outcome.DIFFERENT;
        perProtocol.computeIfAbsent(protocol, p -> new int[3])[outcome.ordinal()]++;
        if (outcome == Outcome.DIFFERENT) {
            List<String> lines = new ArrayList<>(notAccepted);
            lines.addAll(acceptedLines);
            different.add(label + "\n" + String.join("\n", lines));
        } else if (outcome == Outcome.ACCEPTED) {
            acceptedCases.add(label + "\n" + String.join("\n", acceptedLines));
        }
        return outcome;
    }

    void refusedByBoth() {
        refusedByBoth++;
    }

    /** Operations of the covered services that cannot be compared (event streams), for the summary. */
    void leftOut(int operations) {
        leftOut = operations;
    }

    int different() {
        return perProtocol.values().stream().mapToInt(c -> c[Outcome.DIFFERENT.ordinal()]).sum();
    }

    List<String> differentCases() {
        return different;
    }

    /** {@code differential requests: N identical, M different, K accepted differences}, then per protocol. */
    String summary() {
        int[] total = new int[3];
        StringBuilder sb = new StringBuilder();
        perProtocol.values().forEach(c -> {
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        sb.append("differential ").append(side).append("s: ").append(line(total));
        sb.append(" (").append(refusedByBoth).append(" of the identical refused by both; ").append(leftOut)
                .append(" operations left out: event streams)");
        perProtocol.forEach((p, c) -> sb.append("\n  ").append(side).append("s ").append(p).append(": ")
                .append(line(c)));
        return sb.toString();
    }

    private static String line(int[] c) {
        return c[0] + " identical, " + c[2] + " different, " + c[1] + " accepted differences";
    }

    /** Writes the summary and every case that was not identical. */
    void writeReport(Path file) {
        StringBuilder sb = new StringBuilder(summary()).append("\n\n== different (").append(different.size())
                .append(")\n");
        different.forEach(d -> sb.append(d).append('\n'));
        sb.append("\n== accepted (").append(acceptedCases.size()).append(")\n");
        acceptedCases.forEach(d -> sb.append(d).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
