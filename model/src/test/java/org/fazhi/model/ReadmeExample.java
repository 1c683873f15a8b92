package org.fazhi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps a module's README example true: the README's {@code ```java} block that follows the line
 * {@code <!-- example: ClassName -->} must equal, line for line, the code of that test class between
 * {@code // example:start} and {@code // example:end} — which the test compiles and runs.
 */
public final class ReadmeExample {
    private ReadmeExample() {
    }

    /** Fails unless the module's README shows exactly the example that {@code test} runs. */
    public static void assertReadmeShows(Class<?> test) {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path source = module.resolve(Path.of("src", "test", "java", test.getName().replace('.', '/') + ".java"));
        List<String> ran = between(read(source), "// example:start", "// example:end", source);
        List<String> shown = between(read(module.resolve("README.md")), "<!-- example: " + test.getSimpleName() + " -->",
                "```", module.resolve("README.md"));
        assertTrue(!shown.isEmpty() && shown.get(0).equals("```java"), "the README marker is followed by a ```java block");
        assertEquals(String.join("\n", ran), String.join("\n", shown.subList(1, shown.size())),
                "README.md's example differs from the code " + test.getSimpleName() + " runs");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines after the line holding {@code start} up to the next line holding {@code end}, less common indentation. */
    static List<String> between(String text, String start, String end, Path where) {
        List<String> lines = text.lines().toList();
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(start)) {
                from = i + 1;
                break;
            }
        }
        assertTrue(from > 0, where + " has no line with " + start);
        int to = from + (end.equals("```") ? 1 : 0);
        while (to < lines.size() && !lines.get(to).contains(end)) {
            to++;
        }
        assertTrue(to < lines.size(), where + ": no " + end + " after " + start);
        List<String> block = lines.subList(from, to);
        int indent = block.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return block.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }
}
