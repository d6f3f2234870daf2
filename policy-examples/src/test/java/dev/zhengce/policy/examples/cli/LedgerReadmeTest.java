package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the commands of the README's section "A ledger that remembers", in order, as a reader
 * would type them (on a fresh H2 file instead of {@code ./awards}), and compares what they print
 * with the section's {@code text} blocks that start with {@code $ zhengce …}: the whole output,
 * or its first lines where the block ends with {@code …}. The times of recording differ from
 * run to run and are compared as times only. Also runs the section's {@code java ledger} block.
 */
class LedgerReadmeTest {
    private static final Path README = Path.of("..", "README.md");
    private static final String URL = "jdbc:h2:./awards";
    private static final Pattern WHEN = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{2}:\\d{2}");

    @TempDir
    Path dir;

    @Test
    void theLedgerSectionsCommandsPrintWhatItShows() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf("## A ledger that remembers");
        assertTrue(start >= 0, "the README has the section");
        List<String> commands = new ArrayList<>();
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String fence = lines.get(i);
            if (!fence.startsWith("```")) {
                continue;
            }
            List<String> block = new ArrayList<>();
            for (i++; !lines.get(i).startsWith("```"); i++) {
                block.add(lines.get(i));
            }
            if (fence.equals("```sh")) {
                block.stream().filter(l -> l.startsWith("zhengce ")).forEach(commands::add);
            } else if (fence.equals("```text") && block.get(0).startsWith("$ zhengce ")) {
                shown.put(block.get(0).substring(2), block.subList(1, block.size()));
            }
        }
        assertTrue(commands.size() >= 4, commands::toString);
        assertFalse(shown.isEmpty());
        String url = "jdbc:h2:" + dir.resolve("awards").toAbsolutePath();
        Map<String, String> printed = new LinkedHashMap<>();
        for (String command : commands) {
            String[] args = command.substring("zhengce ".length())
                    .replace("$samples/", Run.SAMPLES)
                    .replace(URL, url)
                    .split(" +");
            if (args[0].equals("ledger") && !List.of(args).contains("--ledger")) {
                // its default, ./awards, is the file the commands before it wrote
                args = CliTest.concat(args, new String[] {"--ledger", url});
            }
            String[] line = args;
            Run run = Run.of(line);
            assertEquals(0, run.status, () -> command + "\n" + run);
            assertEquals("", run.err, () -> command + "\n" + run);
            printed.put(command, run.out.replace(url, URL));
        }
        for (Map.Entry<String, List<String>> e : shown.entrySet()) {
            String out = printed.get(e.getKey());
            assertTrue(out != null, () -> "the README shows the output of a command it does not run: " + e.getKey());
            List<String> expected = e.getValue();
            List<String> actual = List.of(times(out).split("\n", -1));
            boolean shortened = expected.get(expected.size() - 1).equals("…");
            List<String> want = shortened ? expected.subList(0, expected.size() - 1) : expected;
            List<String> got = shortened
                    ? actual.subList(0, Math.min(want.size(), actual.size()))
                    : actual.subList(0, actual.size() - 1);
            assertEquals(String.join("\n", times(String.join("\n", want))), String.join("\n", got), e.getKey());
        }
    }

    /**
     * The section's {@code java ledger} block, pasted into JShell (in this JVM, on the tests'
     * class path, which has the database libraries), prints the {@code text} block after it.
     */
    @Test
    void theLedgerSectionsJavaBlockPrintsWhatItShows() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf("## A ledger that remembers");
        int at = start;
        while (!lines.get(at).equals("```java ledger")) {
            at++;
            assertFalse(lines.get(at).startsWith("## "), "the section has a java ledger block");
        }
        StringBuilder code = new StringBuilder();
        for (at++; !lines.get(at).startsWith("```"); at++) {
            code.append(lines.get(at)).append('\n');
        }
        for (at++; lines.get(at).isBlank(); at++) {
            // to the text block
        }
        assertEquals("```text", lines.get(at));
        StringBuilder expected = new StringBuilder();
        for (at++; !lines.get(at).startsWith("```"); at++) {
            expected.append(lines.get(at)).append('\n');
        }
        assertEquals(expected.toString(), jshell(code.toString()));
    }

    /** Evaluates the code snippet by snippet, as JShell does when it is pasted; returns what it printed. */
    private static String jshell(String code) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream console = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        try (jdk.jshell.JShell shell =
                jdk.jshell.JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            String remaining = code;
            while (!remaining.isBlank()) {
                jdk.jshell.SourceCodeAnalysis.CompletionInfo info =
                        shell.sourceCodeAnalysis().analyzeCompletion(remaining);
                String source = info.source() == null ? remaining : info.source();
                for (jdk.jshell.SnippetEvent event : shell.eval(source)) {
                    assertFalse(
                            event.status() == jdk.jshell.Snippet.Status.REJECTED,
                            () -> "rejected: " + source + "\n"
                                    + shell.diagnostics(event.snippet())
                                            .map(d -> d.getMessage(java.util.Locale.ROOT))
                                            .toList());
                    assertEquals(null, event.exception(), source);
                }
                remaining = info.remaining() == null ? "" : info.remaining();
            }
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String times(String text) {
        return WHEN.matcher(text).replaceAll("YYYY-MM-DD hh:mm:ss +hh:mm");
    }
}
