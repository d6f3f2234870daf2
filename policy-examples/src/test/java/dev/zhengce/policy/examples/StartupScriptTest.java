package dev.zhengce.policy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs the start-up script of {@code policy-examples/jshell} in JShell, with the SDK on the
 * class path, and checks what it offers a session: the greeting, {@code catalog} and
 * {@code policy}, the imports, and Moneta's INFO log quieted.
 */
class StartupScriptTest {
    private static final Path STARTUP = Path.of("src", "main", "jshell", "startup.jsh");

    @Test
    void startupOffersTheCatalogThePolicyAndTheImports() throws IOException {
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            assertEquals("zhengce: `catalog` is 孟政〔2017〕25号; try catalog.plans(), policy.subsidies()",
                    eval(shell, Files.readString(STARTUP, StandardCharsets.UTF_8)).strip());
            assertEquals("true true WARNING", eval(shell,
                    "System.out.println((catalog == Catalog.mengzhou()) + \" \" + (policy.catalog() == catalog) + \" \""
                            + " + java.util.logging.Logger.getLogger(\"org.javamoney.moneta\").getLevel());").strip());
            // BigDecimal, the model (Language) and the calculators (Application) without a qualified name
            assertEquals("1000000.04 true", eval(shell,
                    "BigDecimal amount = policy.subsidies().award(Application.builder().id(\"A-1\")"
                            + ".rule(\"intelligent-transformation-subsidy\").cost(\"software-investment\", \"3000000.00\")"
                            + ".cost(\"hardware-investment\", \"9500000.55\").build()).amount().orElseThrow();"
                            + "System.out.println(amount + \" \" + (Language.EN != null));").strip());
        }
    }

    /** Evaluates every snippet of the source in order and returns what they printed. */
    private static String eval(JShell shell, String code) {
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
                        fail("rejected: " + source.strip() + "\n" + shell.diagnostics(event.snippet())
                                .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n")));
                    }
                    assertNull(event.exception(), () -> source.strip() + " threw " + event.exception());
                }
                remaining = info.remaining() == null ? "" : info.remaining();
            }
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
