package dev.zhengce.policy.examples;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/** JShell sessions for the tests, in this JVM, with the test class path (the SDK) on them. */
final class Snippets {
    private Snippets() {
    }

    /** Opens a session whose snippets run in this JVM, with the SDK on the class path. */
    static JShell open() {
        JShell shell = JShell.builder().executionEngine("local").build();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            shell.addToClasspath(entry);
        }
        return shell;
    }

    /**
     * Evaluates every snippet of the code in order, as a reader would type them, and returns
     * what they printed; fails, naming where the code comes from, if one is rejected or throws.
     */
    static String eval(JShell shell, String code, String where) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream console = System.out;
        // the local execution engine runs snippets in this JVM: their System.out is ours
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String remaining = code;
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                String source = info.source() == null ? remaining : info.source();
                for (SnippetEvent event : shell.eval(source)) {
                    if (event.status() == Snippet.Status.REJECTED) {
                        fail(where + ": rejected: " + source.strip() + "\n" + shell.diagnostics(event.snippet())
                                .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n")));
                    }
                    if (event.exception() != null) {
                        fail(where + ": " + source.strip() + " threw " + event.exception(), event.exception());
                    }
                }
                remaining = info.remaining() == null ? "" : info.remaining();
            }
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
