package dev.zhengce.policy.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * JShell sessions for the tests, run by the JDK's own {@code jshell} tool in a child process,
 * with the SDK's class path, fed text on standard input exactly as a person pastes it: the
 * tool reads line by line and runs a snippet as soon as it is complete, so a line that only
 * continues the one before it ({@code .cost(…)}) fails here as it fails in a person's session.
 *
 * <p>Only what the tool shows changes, not what it runs: before the pasted text the test
 * defines a display mode (normal feedback without prompts, without the {@code x ==> value}
 * echo and without "created method …" for snippets that are fine), so that what a session
 * prints is the snippets' own output, and every message of the tool (an error, an exception,
 * a snippet that cannot run until something is declared, an unknown command or file) is a
 * line that starts with {@code |}. After each piece of text the test prints a marker, to
 * tell which piece printed what.
 */
final class Snippets {
    /** The module's directory, where Maven runs the tests. */
    private static final Path MODULE = Path.of("").toAbsolutePath();
    /** The repository, where the README's commands run. */
    static final Path ROOT = MODULE.getParent();
    /** The start-up script of {@code policy-examples/jshell}. */
    static final Path STARTUP = MODULE.resolve(Path.of("src", "main", "jshell", "startup.jsh"));
    /** The ready sessions. */
    static final Path SESSIONS = STARTUP.getParent();

    private static final String MARKER = "\u27e6zhengce-test piece ";
    private static final long TIMEOUT_SECONDS = 180;

    private Snippets() {}

    /** How a session starts. */
    enum Start {
        /** As {@code policy-examples/jshell} starts it: JShell's default imports, then {@code startup.jsh}. */
        LAUNCHER,
        /** As {@code jshell --class-path …} starts: the SDK on the class path and JShell's default imports only. */
        BY_HAND
    }

    /** What one session printed. */
    static final class Session {
        /** What the start-up printed, before the first piece (the silent prompts of the test's set-up removed). */
        final String startup;
        /** What each piece printed: its snippets' output and the tool's messages, in order. */
        final List<String> printed;
        /** The tool's standard error: the snippets' {@code System.err}, the JVMs' own messages. */
        final String stderr;
        /** The tool's exit status. */
        final int status;

        Session(String startup, List<String> printed, String stderr, int status) {
            this.startup = startup;
            this.printed = printed;
            this.stderr = stderr;
            this.status = status;
        }
    }

    /**
     * Runs the pieces of text in one session of the {@code jshell} tool, in order, each fed
     * line by line as pasted, and returns what each printed. Fails if the tool does not end,
     * or if a piece does not end (an incomplete snippet that swallows the lines after it).
     */
    static Session run(Start start, List<String> pieces) {
        StringBuilder input = new StringBuilder();
        // display only: normal feedback without prompts and without the value of each declaration
        input.append("/set mode pasted normal -quiet\n")
                .append("/set prompt pasted \"\" \"\"\n")
                .append("/set format pasted result \"\"\n")
                .append("/set format pasted display \"\" ok\n")
                .append("/set feedback pasted\n")
                .append(marker(0));
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            input.append(piece);
            if (!piece.endsWith("\n")) {
                input.append('\n');
            }
            input.append(marker(i + 1));
        }
        String[] run = jshell(start, input.toString());
        String out = run[1];
        List<String> printed = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= pieces.size(); i++) {
            String line = MARKER + i + "\u27e7\n";
            int at = out.indexOf(line, Math.max(from, 0));
            if (at < 0) {
                fail((i == 0 ? "the start-up" : "piece " + i + " of " + pieces.size())
                        + " did not end: the tool ran its lines into the next ones, or stopped\n--- what the session printed\n"
                        + out + "--- stderr\n" + run[2] + "--- the piece\n" + (i == 0 ? "" : pieces.get(i - 1)));
            }
            if (i == 0) {
                printed.add(out.substring(0, at));
            } else {
                printed.add(out.substring(from, at));
            }
            from = at + line.length();
        }
        String rest = out.substring(from);
        assertTrue(rest.isBlank(), () -> "printed after the last piece: " + rest + "\n--- all it printed\n" + out);
        // the silent start-up mode prompts ("-> ") for the set-up commands, on the line after the start-up's output
        String startup =
                printed.remove(0).replace("->  ", "").replace("-> ", "").replace("\b", "");
        return new Session(startup, printed, run[2], Integer.parseInt(run[0]));
    }

    /**
     * Fails, naming the piece, if what it printed holds a message of the tool: a line that
     * starts with {@code |} in the test's display mode (an error such as "illegal start of
     * expression" or "cannot find symbol", an exception, a snippet that cannot run until
     * something is declared, an unknown command or file), or an exception's name.
     */
    static void assertNoToolMessage(String where, String printed) {
        List<String> messages = printed.lines()
                .filter(l -> l.startsWith("|")
                        || l.contains("Exception")
                        || l.contains("Error:")
                        || l.contains("illegal start")
                        || l.contains("cannot find symbol"))
                .collect(Collectors.toList());
        if (!messages.isEmpty()) {
            fail(where + ": jshell said\n" + String.join("\n", messages) + "\n--- all it printed\n" + printed);
        }
    }

    private static String marker(int i) {
        return "System.out.println(\"" + MARKER + i + "\u27e7\");\n";
    }

    /** Runs the tool on the input; returns its exit status, standard output and standard error. */
    private static String[] jshell(Start start, String input) {
        try {
            Path prefs = MODULE.resolve(Path.of("target", "jshell-test-prefs"));
            // the tool's preferences (saved start-up, feedback and editor settings) of a new user, not the
            // developer's; made beforehand, or Java logs that it created them
            Files.createDirectories(prefs.resolve(Path.of(".java", ".userPrefs")));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "jshell").toString(),
                    "-J-Djava.util.prefs.userRoot=" + prefs,
                    // silent until the display mode is set: no welcome text
                    "--feedback",
                    "silent",
                    "--class-path",
                    classPath()));
            if (start == Start.LAUNCHER) {
                command.addAll(List.of("--startup", "DEFAULT", "--startup", STARTUP.toString()));
            }
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
            // a person's terminal: UTF-8
            builder.environment().put("LC_ALL", "C.UTF-8");
            Process p = builder.start();
            CompletableFuture<String> out = read(p.getInputStream());
            CompletableFuture<String> err = read(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("jshell did not end within " + TIMEOUT_SECONDS + " s");
            }
            return new String[] {Integer.toString(p.exitValue()), out.join(), err.join()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The class path of {@code policy-examples/jshell}: the examples' classes and their runtime
     * class path, which the build writes to {@code target/sdk.classpath} before the tests.
     */
    static String classPath() throws IOException {
        Path file = MODULE.resolve(Path.of("target", "sdk.classpath"));
        assertTrue(
                Files.isRegularFile(file),
                file + " is written by the build (maven-dependency-plugin, generate-test-resources)");
        return MODULE.resolve(Path.of("target", "classes"))
                + java.io.File.pathSeparator
                + Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    /** Reads a stream to its end on a thread of its own (the common pool may have only one). */
    private static CompletableFuture<String> read(InputStream in) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        text.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        text.completeExceptionally(new UncheckedIOException(e));
                    }
                },
                "child-output");
        reader.setDaemon(true);
        reader.start();
        return text;
    }
}
