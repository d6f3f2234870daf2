package dev.zhengce.policy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.Overrides;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.calc.Totals;
import dev.zhengce.policy.calc.WhatIf;
import dev.zhengce.policy.model.ChineseAmount;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ready sessions under {@code src/main/jshell} ({@code awards.jsh}, {@code what-if.jsh},
 * {@code scorecard.jsh}), opened with {@code /open} in the JDK's {@code jshell} tool as a person
 * opens them ({@link Snippets}), followed by the calls their comments offer: nothing goes
 * wrong, and what they print agrees with the SDK called here directly.
 */
class ReadySessionsTest {
    private static final String OPEN = "/open policy-examples/src/main/jshell/";
    private static Policy policy;
    private static List<Award> awards;

    @BeforeAll
    static void sdk() {
        policy = Policy.mengzhou();
        awards = policy.subsidies().awards(Samples.applications().stream()).collect(Collectors.toList());
    }

    @Test
    void everySessionUnderSrcMainJshellIsTestedHere() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(Snippets.SESSIONS)) {
            assertEquals(
                    List.of("awards.jsh", "scorecard.jsh", "startup.jsh", "what-if.jsh"),
                    files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
    }

    @Test
    void theSessionsWorkInPolicyExamplesJshell() {
        Snippets.Session s = Snippets.run(
                Snippets.Start.LAUNCHER,
                List.of(
                        OPEN + "awards.jsh",
                        "explain(\"A-05\")",
                        "language = Language.EN\nexplain(\"A-05\")",
                        OPEN + "what-if.jsh",
                        "whatIf(\"intelligent-transformation-subsidy.cap=5000000\", \"innovation-center-cultivation-subsidy.window-years=6\")",
                        "whatIf(\"robot-subsidy.rat=0.2\")",
                        OPEN + "scorecard.jsh",
                        "asOf(2020)",
                        "target(\"high-tech-enterprises-2018\")",
                        "overdue()"));
        for (int i = 0; i < s.printed.size(); i++) {
            Snippets.assertNoToolMessage("step " + (i + 1), s.printed.get(i));
        }
        assertEquals("", s.stderr, "nothing on standard error");

        // awards.jsh: a line per award with its amount and, when paid, the amount in Chinese capitals; the totals
        String table = s.printed.get(0);
        for (Award a : awards) {
            String line = table.lines()
                    .filter(l -> l.startsWith(a.application().id() + " "))
                    .findFirst()
                    .orElseThrow();
            assertTrue(line.contains(a.rule().id()) && line.contains(a.status().name()), line);
            a.amount().ifPresent(x -> assertTrue(line.contains(Cny.format(x)), line));
            assertEquals(
                    a.status() == Award.Status.PAYABLE,
                    line.endsWith(a.amount().map(ChineseAmount::write).orElse("?")),
                    line);
        }
        assertTrue(
                table.strip()
                        .endsWith(Texts.totals(Totals.of(policy.catalog(), awards.stream()), Language.ZH)
                                .strip()),
                table);
        Award a05 = awards.stream()
                .filter(a -> a.application().id().equals("A-05"))
                .findFirst()
                .orElseThrow();
        assertEquals(a05.explain(Language.ZH), s.printed.get(1).strip());
        assertEquals(a05.explain(Language.EN), s.printed.get(2).strip());

        // what-if.jsh: its example on opening, then the overrides given, then a refusal in words
        assertEquals(
                whatIf("intelligent-transformation-subsidy.rate=0.10"),
                s.printed.get(3).strip());
        assertEquals(
                whatIf(
                        "intelligent-transformation-subsidy.cap=5000000",
                        "innovation-center-cultivation-subsidy.window-years=6"),
                s.printed.get(4).strip());
        assertTrue(
                s.printed.get(5).contains("refused 不能计算: ") && s.printed.get(5).contains("unknown parameter"),
                s.printed.get(5));

        // scorecard.jsh: as of 2018 on opening, then 2020, one target, the overdue ones
        assertTrue(
                s.printed.get(6).startsWith("as of 截至 2018: " + scorecard(2018).overall() + "\n"), s.printed.get(6));
        Scorecard of2020 = scorecard(2020);
        assertTrue(s.printed.get(7).startsWith("as of 截至 2020: " + of2020.overall() + "\n"), s.printed.get(7));
        assertEquals(
                of2020.attainments().stream()
                        .filter(a -> a.target().id().equals("high-tech-enterprises-2018"))
                        .findFirst()
                        .orElseThrow()
                        .explain(Language.ZH),
                s.printed.get(8).strip());
        assertEquals(
                of2020.overdue(2020).stream().map(a -> a.explain(Language.ZH)).collect(Collectors.joining("\n")),
                s.printed.get(9).strip());
    }

    @Test
    void theSessionsNeedNothingFromTheStartUp() {
        Snippets.Session s = Snippets.run(
                Snippets.Start.BY_HAND, List.of(OPEN + "awards.jsh", OPEN + "what-if.jsh", OPEN + "scorecard.jsh"));
        for (int i = 0; i < s.printed.size(); i++) {
            Snippets.assertNoToolMessage("session " + (i + 1), s.printed.get(i));
        }
        assertTrue(s.printed.get(0).contains("A-01 "), s.printed.get(0));
        assertEquals(
                whatIf("intelligent-transformation-subsidy.rate=0.10"),
                s.printed.get(1).strip());
        assertTrue(s.printed.get(2).startsWith("as of 截至 2018: "), s.printed.get(2));
        assertEquals("", s.stderr);
    }

    private static Scorecard scorecard(int asOf) {
        return policy.attainment().scorecard(Samples.observations(), asOf);
    }

    /** What whatIf(…) prints, from the SDK: the changed awards, the totals before and after. */
    private static String whatIf(String... overrides) {
        List<WhatIf.Difference> diffs = WhatIf.of(policy.subsidies(), Overrides.parse(overrides))
                .compare(Samples.applications().stream())
                .collect(Collectors.toList());
        StringBuilder b = new StringBuilder("what-if 假设情形: " + String.join(" ", overrides));
        for (WhatIf.Difference d : diffs) {
            // an award changes when its amount or its status does
            if (!d.baseline().amount().equals(d.alternative().amount())
                    || d.baseline().status() != d.alternative().status()) {
                b.append("\n  ").append(d);
            }
        }
        java.math.BigDecimal before = Totals.of(policy.catalog(), diffs.stream().map(WhatIf.Difference::baseline))
                .total();
        java.math.BigDecimal after = Totals.of(policy.catalog(), diffs.stream().map(WhatIf.Difference::alternative))
                .total();
        return b.append("\ntotal 合计: ")
                .append(Cny.format(before))
                .append(" → ")
                .append(Cny.format(after))
                .append(" (")
                .append(after.compareTo(before) >= 0 ? "+" : "")
                .append(after.subtract(before).toPlainString())
                .append(")")
                .toString();
    }
}
