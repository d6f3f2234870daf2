package dev.zhengce.policy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Starts the JDK's {@code jshell} tool as {@code policy-examples/jshell} starts it (JShell's
 * default imports, then {@code startup.jsh}, with the SDK's class path) and checks what it
 * offers a session, typed line by line: the greeting, {@code catalog} and {@code policy}, the
 * imports, and nothing on standard error (no INFO line from Moneta).
 */
class StartupScriptTest {
    @Test
    void startupOffersTheCatalogThePolicyAndTheImports() {
        Snippets.Session session = Snippets.run(
                Snippets.Start.LAUNCHER,
                List.of(
                        "System.out.println((catalog == Mengzhou.catalog()) + \" \" + (policy.catalog() == catalog));\n",
                        // BigDecimal, the model (Language) and the calculators (Application) without a qualified name
                        "BigDecimal amount = policy.subsidies().award(Application.builder().id(\"A-1\").\n"
                                + "    rule(\"intelligent-transformation-subsidy\").cost(\"software-investment\", \"3000000.00\").\n"
                                + "    cost(\"hardware-investment\", \"9500000.55\").build()).amount().orElseThrow();\n"
                                + "System.out.println(amount + \" \" + (Language.EN != null));\n"));
        assertEquals(
                "zhengce: `catalog` is 孟政〔2017〕25号; try catalog.plans(), policy.subsidies()", session.startup.strip());
        for (int i = 0; i < session.printed.size(); i++) {
            Snippets.assertNoToolMessage("line " + (i + 1), session.printed.get(i));
        }
        assertEquals("true true", session.printed.get(0).strip());
        assertEquals("1000000.04 true", session.printed.get(1).strip());
        assertEquals("", session.stderr, "nothing on standard error");
        assertEquals(0, session.status);
    }
}
