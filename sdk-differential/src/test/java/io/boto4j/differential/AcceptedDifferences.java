package io.boto4j.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one file listing the differences from botocore that boto4j keeps, each with its reason
 * ({@code src/test/resources/accepted-differences.txt}). Format, one entry per line:
 * <pre>
 * [group]                                         # the entries below belong to this group
 * side protocol service operation aspect [~ detail-text] | reason
 * </pre>
 * {@code side} is {@code request} or {@code response}; {@code protocol} (botocore's, as
 * {@code rest-xml}), {@code service}, {@code operation} and {@code aspect} are globs ({@code *}
 * for any run of characters, {@code a,b} for either); {@code ~ text} also requires the
 * difference's detail to contain {@code text}. A group whose name starts with
 * {@code pending plugin} holds botocore customizations (mostly {@code botocore/handlers.py})
 * that boto4j will implement as plugins; those entries are to be deleted as the plugins land.
 * {@code #} starts a comment.
 */
final class AcceptedDifferences {
    static final Path FILE = Path.of("src", "test", "resources", "accepted-differences.txt");

    /** One line of the file. */
    static final class Entry {
        final String group;
        final String side;
        final Pattern protocol;
        final Pattern service;
        final Pattern operation;
        final Pattern aspect;
        final String detail;
        final String reason;
        final String line;
        final AtomicInteger matched = new AtomicInteger();

        Entry(String group, String side, String protocol, String service, String operation, String aspect,
              String detail, String reason, String line) {
            this.group = group;
            this.side = side;
            this.protocol = glob(protocol);
            this.service = glob(service);
            this.operation = glob(operation);
            this.aspect = glob(aspect);
            this.detail = detail;
            this.reason = reason;
            this.line = line;
        }

        boolean matches(String side, String protocol, String service, String operation, Difference d) {
            return this.side.equals(side) && this.protocol.matcher(protocol).matches()
                    && this.service.matcher(service).matches()
                    && this.operation.matcher(operation).matches() && aspect.matcher(d.aspect()).matches()
                    && (detail == null || d.detail().contains(detail));
        }

        boolean pendingPlugin() {
            return group.startsWith("pending plugin");
        }

        @Override
        public String toString() {
            return line;
        }
    }

    private final List<Entry> entries;

    private AcceptedDifferences(List<Entry> entries) {
        this.entries = entries;
    }

    static AcceptedDifferences load() {
        try {
            return parse(Files.readAllLines(FILE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE.toAbsolutePath(), e);
        }
    }

    static AcceptedDifferences parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        String group = "";
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                group = line.substring(1, line.length() - 1).strip();
                continue;
            }
            int bar = line.indexOf('|');
            if (bar < 0 || line.substring(bar + 1).isBlank()) {
                throw new IllegalArgumentException(FILE + " line " + number + ": no reason after '|': " + raw);
            }
            String reason = line.substring(bar + 1).strip();
            String match = line.substring(0, bar).strip();
            String detail = null;
            int tilde = match.indexOf('~');
            if (tilde >= 0) {
                detail = match.substring(tilde + 1).strip();
                match = match.substring(0, tilde).strip();
            }
            String[] f = match.split("\\s+");
            if (f.length != 5 || !(f[0].equals("request") || f[0].equals("response"))) {
                throw new IllegalArgumentException(FILE + " line " + number
                        + ": expected 'request|response protocol service operation aspect [~ text] | reason': " + raw);
            }
            entries.add(new Entry(group, f[0], f[1], f[2], f[3], f[4], detail, reason, line));
        }
        return new AcceptedDifferences(List.copyOf(entries));
    }

    /** The entry that accepts this difference, if any (the first in file order). */
    Optional<Entry> accepting(String side, String protocol, String service, String operation, Difference d) {
        for (Entry e : entries) {
            if (e.matches(side, protocol, service, operation, d)) {
                e.matched.incrementAndGet();
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    List<Entry> entries() {
        return entries;
    }

    /** {@code *} any run of characters, {@code ,} between alternatives, everything else literal. */
    private static Pattern glob(String glob) {
        return Pattern.compile(Arrays.stream(glob.split(",", -1))
                .map(alt -> Arrays.stream(alt.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")))
                .collect(Collectors.joining("|")));
    }
}
