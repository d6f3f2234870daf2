package dev.zhengce.policy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jshell.JShell;
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
        try (JShell shell = Snippets.open()) {
            assertEquals("zhengce: `catalog` is 孟政〔2017〕25号; try catalog.plans(), policy.subsidies()",
                    Snippets.eval(shell, Files.readString(STARTUP, StandardCharsets.UTF_8), "startup.jsh").strip());
            assertEquals("true true WARNING", Snippets.eval(shell,
                    "System.out.println((catalog == Catalog.mengzhou()) + \" \" + (policy.catalog() == catalog) + \" \""
                            + " + java.util.logging.Logger.getLogger(\"org.javamoney.moneta\").getLevel());", "the session").strip());
            // BigDecimal, the model (Language) and the calculators (Application) without a qualified name
            assertEquals("1000000.04 true", Snippets.eval(shell,
                    "BigDecimal amount = policy.subsidies().award(Application.builder().id(\"A-1\")"
                            + ".rule(\"intelligent-transformation-subsidy\").cost(\"software-investment\", \"3000000.00\")"
                            + ".cost(\"hardware-investment\", \"9500000.55\").build()).amount().orElseThrow();"
                            + "System.out.println(amount + \" \" + (Language.EN != null));", "the session").strip());
        }
    }
}
