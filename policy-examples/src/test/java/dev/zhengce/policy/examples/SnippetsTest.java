package dev.zhengce.policy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The harness of the JShell tests fails where a person's paste fails: a chain continued on a
 * line that starts with a dot, and a statement left open that swallows what follows.
 */
class SnippetsTest {
    @Test
    void aChainContinuedOnALineThatStartsWithADotFailsAndTheNextPieceStillRuns() {
        Snippets.Session s = Snippets.run(
                Snippets.Start.BY_HAND,
                List.of(
                        "var text = new StringBuilder(\"a\")\n    .append(\"b\").toString();\nSystem.out.println(text);\n",
                        "var fine = new StringBuilder(\"a\").\n    append(\"b\").toString();\nSystem.out.println(fine);\n"));
        AssertionFailedError e = assertThrows(
                AssertionFailedError.class, () -> Snippets.assertNoToolMessage("the broken piece", s.printed.get(0)));
        assertTrue(e.getMessage().contains("illegal start of expression"), e.getMessage());
        Snippets.assertNoToolMessage("the fine piece", s.printed.get(1));
        assertEquals("ab", s.printed.get(1).strip());
    }

    @Test
    void aStatementLeftOpenFailsTheSession() {
        AssertionFailedError e = assertThrows(
                AssertionFailedError.class,
                () -> Snippets.run(
                        Snippets.Start.BY_HAND,
                        List.of("var list = java.util.List.of(1,\n", "System.out.println(2);\n")));
        assertTrue(e.getMessage().contains("piece 1 of 2 did not end"), e.getMessage());
    }
}
