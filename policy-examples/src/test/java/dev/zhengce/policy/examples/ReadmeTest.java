package dev.zhengce.policy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pastes every {@code jshell} and {@code java} block of the README, in order and in one
 * session, into the JDK's {@code jshell} tool, line by line as a person pastes them
 * ({@link Snippets}): once into a session started as {@code policy-examples/jshell} starts
 * it, once into {@code jshell --class-path …} by hand. A block fails if the tool says anything
 * about it (an error, an exception, a line it cannot place), or if it prints something else
 * than the {@code text} block that follows it (when one does); the session fails if anything
 * reaches standard error.
 */
class ReadmeTest {
    private static final Path README = Snippets.ROOT.resolve("README.md");

    /** The sessions, run once each, on first use: what each printed, or why it could not be read. */
    private static final Map<Snippets.Start, Object> SESSIONS = new EnumMap<>(Snippets.Start.class);

    /** A fenced block of the README: its language, its text, and the line it starts on. */
    static final class Block {
        final String language;
        final String code;
        final int line;

        Block(String language, String code, int line) {
            this.language = language;
            this.code = code;
            this.line = line;
        }
    }

    @TestFactory
    Stream<DynamicNode> everyJShellAndJavaBlockWorksPastedLineByLine() throws IOException {
        List<Block> blocks = blocks(Files.readAllLines(README, StandardCharsets.UTF_8));
        List<Block> runnable = blocks.stream()
                .filter(b -> b.language.equals("jshell") || b.language.equals("java"))
                .collect(Collectors.toList());
        assertFalse(runnable.isEmpty(), "the README has runnable blocks");
        List<DynamicNode> sessions = new ArrayList<>();
        for (Snippets.Start start : Snippets.Start.values()) {
            List<DynamicNode> tests = new ArrayList<>();
            for (int i = 0; i < runnable.size(); i++) {
                Block block = runnable.get(i);
                int index = i;
                int next = blocks.indexOf(block) + 1;
                Block expected =
                        next < blocks.size() && blocks.get(next).language.equals("text") ? blocks.get(next) : null;
                tests.add(DynamicTest.dynamicTest(
                        "README.md line " + block.line + " (" + block.language + ")",
                        () -> check(session(start, runnable).printed.get(index), block, expected)));
            }
            tests.add(DynamicTest.dynamicTest("nothing on standard error, and the tool ends normally", () -> {
                Snippets.Session session = session(start, runnable);
                assertEquals("", session.stderr, "standard error");
                assertEquals(0, session.status, "exit status");
            }));
            sessions.add(DynamicContainer.dynamicContainer(
                    start == Snippets.Start.LAUNCHER
                            ? "pasted into policy-examples/jshell"
                            : "pasted into jshell --class-path",
                    tests.stream()));
        }
        return sessions.stream();
    }

    private static synchronized Snippets.Session session(Snippets.Start start, List<Block> blocks) {
        Object session = SESSIONS.computeIfAbsent(start, s -> {
            try {
                return Snippets.run(s, blocks.stream().map(b -> b.code).collect(Collectors.toList()));
            } catch (AssertionError | RuntimeException e) {
                return e;
            }
        });
        if (session instanceof AssertionError) {
            throw (AssertionError) session;
        }
        if (session instanceof RuntimeException) {
            throw (RuntimeException) session;
        }
        return (Snippets.Session) session;
    }

    private static void check(String printed, Block block, Block expected) {
        String where = "README.md line " + block.line;
        Snippets.assertNoToolMessage(where, printed);
        if (expected != null) {
            assertEquals(
                    expected.code.strip(),
                    printed.strip(),
                    where + " prints what the text block at line " + expected.line + " shows");
        }
    }

    /** The fenced blocks of a Markdown text. */
    static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```") && line.length() > 3) {
                String language = line.substring(3).strip();
                int start = i + 1;
                StringBuilder code = new StringBuilder();
                for (i = start; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                blocks.add(new Block(language, code.toString(), start));
            }
        }
        return blocks;
    }
}
