package io.boto4j.examples.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Java and XML snippet in the examples' READMEs, and every Java snippet in the repository's
 * README, is taken from a file the reactor compiles: the last file named in backquotes before the
 * snippet ({@code examples/.../X.java}). Its lines (compared without indentation, blank lines
 * ignored) must appear there in one run; a {@code // ...} line stands for lines left out, so the
 * parts around it must appear in order. (The XML of the repository's README is a consumer's own
 * pom, which no module of the reactor is.)
 */
class SnippetsTest {
    private static final Pattern SOURCE = Pattern.compile("`([\\w.-]+(?:/[\\w.-]+)+\\.(?:java|xml))`");
    private static final String GAP = "// ...";

    /** The repository: this module is {@code examples/testing}, where surefire runs its tests. */
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent().getParent();

    private static final List<String> JAVA_AND_XML = List.of("```java", "```xml");
    private static final List<String> JAVA = List.of("```java");

    @Test
    void everyExamplesReadmeSnippetMatchesItsSourceFile() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(REPOSITORY.resolve("examples"))) {
            for (Path readme : files.filter(p -> p.getFileName().toString().equals("README.md"))
                    .filter(p -> !p.toString().contains("/target/")).sorted().toList()) {
                checked += check(readme, JAVA_AND_XML, problems);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked >= 15, "only " + checked + " snippets found: is the README layout still what this test reads?");
    }

    @Test
    void everyJavaSnippetOfTheRepositoryReadmeMatchesItsSourceFile() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = check(REPOSITORY.resolve("README.md"), JAVA, problems);
        assertEquals(List.of(), problems);
        assertTrue(checked >= 5, "only " + checked + " Java snippets found: is the README layout still what this test reads?");
    }

    /**
     * Checks one README's snippets in the given fences, adding what does not match to
     * {@code problems}; returns how many it checked.
     */
    private static int check(Path readme, List<String> fences, List<String> problems) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        String source = null;
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fences.stream().anyMatch(line::startsWith)) {
                int start = i + 1;
                int end = start;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    end++;
                }
                String where = REPOSITORY.relativize(readme) + ":" + (i + 1);
                if (source == null) {
                    problems.add(where + ": no source file named before the snippet");
                } else {
                    String problem = matches(lines.subList(start, end), REPOSITORY.resolve(source));
                    if (problem != null) {
                        problems.add(where + " (" + source + "): " + problem);
                    }
                }
                checked++;
                i = end;
            } else {
                Matcher m = SOURCE.matcher(line);
                while (m.find()) {
                    source = m.group(1);
                }
            }
        }
        return checked;
    }

    /** Null when the snippet's parts appear in order in the file, else what is wrong. */
    private static String matches(List<String> snippet, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "no such file";
        }
        List<String> text = significant(Files.readAllLines(file));
        int from = 0;
        List<String> part = new ArrayList<>();
        List<List<String>> parts = new ArrayList<>();
        for (String line : snippet) {
            if (line.strip().equals(GAP)) {
                parts.add(part);
                part = new ArrayList<>();
            } else {
                part.add(line);
            }
        }
        parts.add(part);
        for (List<String> p : parts) {
            List<String> wanted = significant(p);
            int at = indexOf(text, wanted, from);
            if (at < 0) {
                return "not found in order: " + String.join(" | ", wanted);
            }
            from = at + wanted.size();
        }
        return null;
    }

    private static List<String> significant(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static int indexOf(List<String> text, List<String> wanted, int from) {
        for (int i = from; i + wanted.size() <= text.size(); i++) {
            if (text.subList(i, i + wanted.size()).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
