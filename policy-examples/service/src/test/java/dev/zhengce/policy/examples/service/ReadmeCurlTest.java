package dev.zhengce.policy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the {@code curl} lines of the README's section "Embedding over HTTP" against the service,
 * as a person would from the repository's root (with {@code data/credentials} beside them), and
 * checks each output against the comment under it: the parts between {@code …}, in order. Where
 * {@code curl} is not installed, the same request, parsed from the README's line, goes through
 * Java's HTTP client instead.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReadmeCurlTest extends ServiceTest {
    private static final Path README = Path.of("../../README.md");
    private static final String SECTION = "## Embedding over HTTP";

    /** One {@code curl} line of the README and the output it documents. */
    record Example(String command, String expected) {}

    static List<Example> examples() throws IOException {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        int start = text.indexOf(SECTION);
        assertTrue(start >= 0, "the README has a section " + SECTION);
        int end = text.indexOf("\n## ", start + SECTION.length());
        List<String> lines =
                List.of(text.substring(start, end < 0 ? text.length() : end).split("\n", -1));
        List<Example> examples = new ArrayList<>();
        boolean inShell = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inShell = !inShell && line.equals("```sh");
                continue;
            }
            if (!inShell || !line.startsWith("curl ")) {
                continue;
            }
            StringBuilder command = new StringBuilder(line);
            while (i + 1 < lines.size()
                    && !lines.get(i + 1).isBlank()
                    && !lines.get(i + 1).startsWith("#")
                    && !lines.get(i + 1).startsWith("curl ")
                    && !lines.get(i + 1).startsWith("```")) {
                command.append('\n').append(lines.get(++i));
            }
            StringBuilder expected = new StringBuilder();
            while (i + 1 < lines.size() && lines.get(i + 1).startsWith("# ")) {
                expected.append(lines.get(++i).substring(2).strip());
            }
            examples.add(new Example(command.toString(), expected.toString()));
        }
        return examples;
    }

    @Test
    void theReadmesCurlLinesGiveWhatItSays() throws Exception {
        List<Example> examples = examples();
        assertTrue(examples.size() >= 8, "curl examples found: " + examples.size());
        Path home = Files.createTempDirectory(DATA_DIR, "readme-");
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data/credentials"), writer() + "\n");
        boolean curl = Files.isExecutable(Path.of("/usr/bin/curl")) || onPath("curl");
        for (Example example : examples) {
            String command = example.command().replace("127.0.0.1:8080", "127.0.0.1:" + port);
            String output = curl ? runCurl(command, home) : runParsed(command, home);
            assertContainsInOrder(example.expected(), output, example.command());
        }
        // the fallback itself, on every example: it sends the same requests (the awards now repeats)
        for (Example example : examples) {
            String command = example.command().replace("127.0.0.1:8080", "127.0.0.1:" + port);
            assertContainsInOrder(example.expected(), runParsed(command, home), "parsed: " + example.command());
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static void assertContainsInOrder(String expected, String output, String command) {
        assertTrue(!expected.isEmpty(), "the README documents the output of: " + command);
        int at = 0;
        for (String part : expected.split("…")) {
            if (part.isEmpty()) {
                continue;
            }
            int found = output.indexOf(part, at);
            assertTrue(
                    found >= 0,
                    "README: " + command + "\nexpected, in order: " + part + "\nafter position " + at + " of: "
                            + output);
            at = found + part.length();
        }
    }

    /** Runs the line in bash, in a directory laid out as the repository's root is for a person. */
    private static String runCurl(String command, Path home) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(GUARD.toSeconds(), TimeUnit.SECONDS), command);
        assertEquals(0, p.exitValue(), command + "\n" + output);
        return output;
    }

    /** Sends the line's request with Java's HTTP client: curl's -s, -u, -H, -d, -X, understood. */
    private String runParsed(String command, Path home) throws IOException, InterruptedException {
        List<String> words = words(command, home);
        assertEquals("curl", words.get(0), command);
        String url = null;
        String method = null;
        String data = null;
        HttpRequest.Builder b = HttpRequest.newBuilder().timeout(GUARD);
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            switch (w) {
                case "-s":
                    break;
                case "-u":
                    b.header("Authorization", basic(words.get(++i)));
                    break;
                case "-H": {
                    String h = words.get(++i);
                    b.header(
                            h.substring(0, h.indexOf(':')).strip(),
                            h.substring(h.indexOf(':') + 1).strip());
                    break;
                }
                case "-d":
                    data = words.get(++i);
                    break;
                case "-X":
                    method = words.get(++i);
                    break;
                default:
                    assertTrue(w.startsWith("http://"), "an option the fallback does not know: " + w);
                    url = w;
            }
        }
        if (data != null && !command.contains("Content-Type")) {
            b.header("Content-Type", "application/x-www-form-urlencoded"); // as curl -d does
        }
        b.uri(java.net.URI.create(url))
                .method(
                        method != null ? method : data != null ? "POST" : "GET",
                        data != null
                                ? HttpRequest.BodyPublishers.ofString(data, StandardCharsets.UTF_8)
                                : HttpRequest.BodyPublishers.noBody());
        return CLIENT.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }

    private static final Pattern CAT = Pattern.compile("\\$\\(cat ([^)]+)\\)");

    /** Splits a shell line into words: '…' and "…" quoting, backslash-newline, $(cat FILE). */
    static List<String> words(String command, Path home) throws IOException {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\' && i + 1 < command.length() && command.charAt(i + 1) == '\n') {
                i++;
            } else if (Character.isWhitespace(c)) {
                if (w != null) {
                    words.add(w.toString());
                    w = null;
                }
            } else if (c == '\'') {
                int close = command.indexOf('\'', i + 1);
                w = (w == null ? new StringBuilder() : w).append(command, i + 1, close);
                i = close;
            } else if (c == '"') {
                int close = command.indexOf('"', i + 1);
                String inside = command.substring(i + 1, close);
                Matcher m = CAT.matcher(inside);
                StringBuilder expanded = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(
                            expanded,
                            Matcher.quoteReplacement(Files.readString(home.resolve(m.group(1)), StandardCharsets.UTF_8)
                                    .strip()));
                }
                m.appendTail(expanded);
                w = (w == null ? new StringBuilder() : w).append(expanded);
                i = close;
            } else {
                w = (w == null ? new StringBuilder() : w).append(c);
            }
        }
        if (w != null) {
            words.add(w.toString());
        }
        return words;
    }
}
