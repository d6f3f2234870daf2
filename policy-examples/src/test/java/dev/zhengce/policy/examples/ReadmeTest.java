package dev.zhengce.policy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code jshell} and {@code java} block of the README in JShell, with the SDK on
 * the class path, in order and in one session, as a reader would type them. A block fails if
 * a snippet is rejected or throws, or if it prints something else than the {@code text} block
 * that follows it (when one does).
 */
class ReadmeTest {
    private static JShell shell;

    private static final Path README = Path.of("..", "README.md");

    /** A fenced block of the README: its language, its text, and the line it starts on. */
    private static final class Block {
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
    Stream<DynamicTest> everyJShellAndJavaBlockRuns() throws IOException {
        List<Block> blocks = blocks(Files.readAllLines(README, StandardCharsets.UTF_8));
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.language.equals("jshell") && !block.language.equals("java")) {
                continue;
            }
            Block expected = i + 1 < blocks.size() && blocks.get(i + 1).language.equals("text") ? blocks.get(i + 1) : null;
            tests.add(DynamicTest.dynamicTest("README.md line " + block.line + " (" + block.language + ")",
                    () -> run(block, expected)));
        }
        assertFalse(tests.isEmpty(), "the README has runnable blocks");
        shell = Snippets.open();
        return tests.stream();
    }

    @AfterAll
    static void close() {
        if (shell != null) {
            shell.close();
        }
    }

    private static void run(Block block, Block expected) {
        String printed = Snippets.eval(shell, block.code, "README.md line " + block.line);
        assertFalse(printed.contains("Exception"), () -> "README.md line " + block.line + " printed an exception:\n" + printed);
        if (expected != null) {
            assertEquals(expected.code.strip(), printed.strip(),
                    "README.md line " + block.line + " prints what the text block at line " + expected.line + " shows");
        }
    }

    private static List<Block> blocks(List<String> lines) {
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
