package dev.zhengce.policy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code sh} blocks of the README's section "Large files, Excel and GBK" as a reader
 * would, with {@code sh} in an empty directory and {@code zhengce} the shaded jar: every
 * {@code zhengce} line must exit 0, or 2 where its comment says "exit 2", and a block followed by
 * a {@code text} block must print exactly that (standard output and error, in order).
 */
class ReadmeCliIT {
    private static final Path README = Path.of("..", "README.md");
    private static final String SECTION = "## Large files, Excel and GBK";

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> theSectionsShellBlocksRunAsShown() throws IOException {
        String jar = System.getProperty("cli.jar");
        assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "no shaded jar at " + jar);
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf(SECTION);
        assumeTrue(start >= 0, "the README has the section");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            if (!lines.get(i).equals("```sh")) {
                continue;
            }
            int at = i + 1;
            List<String> block = new ArrayList<>();
            for (i = at; !lines.get(i).startsWith("```"); i++) {
                block.add(lines.get(i));
            }
            String expected = null;
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) {
                j++;
            }
            if (j < lines.size() && lines.get(j).equals("```text")) {
                StringBuilder b = new StringBuilder();
                for (j = j + 1; !lines.get(j).startsWith("```"); j++) {
                    b.append(lines.get(j)).append('\n');
                }
                expected = b.toString();
            }
            String shown = expected;
            tests.add(DynamicTest.dynamicTest("README.md line " + at, () -> run(jar, block, at, shown)));
        }
        assertFalse(tests.isEmpty(), "the section has shell blocks");
        return tests.stream();
    }

    private void run(String jar, List<String> block, int at, String expected) throws Exception {
        Path work = Files.createTempDirectory(dir, "block");
        Files.createSymbolicLink(work.resolve("policy-examples"), Path.of("").toAbsolutePath());
        StringBuilder script = new StringBuilder("exec 2>&1\nzhengce() { java -jar '" + jar + "' \"$@\"; }\n");
        for (int k = 0; k < block.size(); k++) {
            String line = block.get(k);
            if (!line.startsWith("zhengce ")) {
                script.append(line).append('\n');
                continue;
            }
            int comment = line.indexOf("  #");
            String command = comment < 0 ? line : line.substring(0, comment);
            String status = comment >= 0 && line.substring(comment).contains("exit 2") ? "2" : "0";
            script.append(command.strip())
                    .append(expected == null ? " >/dev/null\n" : "\n")
                    .append("s=$?; [ \"$s\" = ")
                    .append(status)
                    .append(" ] || { echo \"README.md line ")
                    .append(at + k)
                    .append(" exited $s, not ")
                    .append(status)
                    .append("\"; exit 99; }\n");
        }
        Process p = new ProcessBuilder("sh", "-c", script.toString())
                .directory(work.toFile())
                .start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), () -> output + "\n--- script\n" + script);
        if (expected != null) {
            assertEquals(expected, output, "README.md line " + at + " prints the text block that follows it");
        }
    }
}
