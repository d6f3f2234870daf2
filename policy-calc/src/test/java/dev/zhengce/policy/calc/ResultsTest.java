package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The result values — totals, what-if differences, matches, schedules, scorecards — hold and print what they computed. */
class ResultsTest {
    private static final Catalog CATALOG = Mengzhou.catalog();
    private static final SubsidyCalculator CALC = SubsidyCalculator.of(CATALOG);

    private static List<Award> batch() {
        return List.of(
                CALC.award(Application.builder()
                        .id("A1")
                        .rule("intelligent-transformation-subsidy")
                        .cost("software-investment", "1000000")
                        .cost("hardware-investment", "0")
                        .build()),
                CALC.award(Application.builder()
                        .id("A2")
                        .rule("intelligent-transformation-subsidy")
                        .cost("software-investment", "200000000")
                        .cost("hardware-investment", "0")
                        .year(2018)
                        .build()),
                CALC.award(Application.builder()
                        .id("A3")
                        .rule("green-demonstration-subsidy")
                        .cost("new-investment", "5000000")
                        .rate(new BigDecimal("0.1"))
                        .build()),
                CALC.award(Application.builder()
                        .id("A4")
                        .rule("robot-subsidy")
                        .cost("robot-purchase-fee", "1")
                        .cost("robot-lease-fee", "0")
                        .build()),
                CALC.award(Application.builder()
                        .id("A5")
                        .rule("provincial-innovation-center-award")
                        .year(2019)
                        .build()));
    }

    @Test
    void totalsCountEveryVerdictAndSumWhatIsPayableByRuleYearPayerAndLeadDepartment() {
        Totals t = Totals.of(CATALOG, batch().stream());
        assertEquals(3, t.payable());
        assertEquals(1, t.notEligible());
        assertEquals(1, t.undetermined());
        assertEquals(new BigDecimal("15080000.00"), t.total());
        assertEquals(
                Map.of(
                        "intelligent-transformation-subsidy",
                        new BigDecimal("10080000.00"),
                        "provincial-innovation-center-award",
                        new BigDecimal("5000000.00")),
                t.byRule());
        assertEquals(
                Map.of(
                        Totals.UNSTATED,
                        new BigDecimal("80000.00"),
                        "2018",
                        new BigDecimal("10000000.00"),
                        "2019",
                        new BigDecimal("5000000.00")),
                t.byYear());
        // 对晋升为省级创新中心的一次性奖励500万元 names no 财政: its payer is unstated, not the city
        assertEquals(
                Map.of("PROVINCE", new BigDecimal("10080000.00"), Totals.UNSTATED, new BigDecimal("5000000.00")),
                t.byPayer());
        assertEquals(Map.of("industry-it", new BigDecimal("15080000.00")), t.byDepartment());
        assertEquals(t, Totals.of(CATALOG, batch().stream()));
        assertEquals(t.hashCode(), Totals.of(CATALOG, batch().stream()).hashCode());
        assertNotEquals(t, Totals.of(CATALOG, batch().stream().limit(2)));
        assertNotEquals(t, Totals.of(CATALOG, batch().stream().skip(2)));
        assertNotEquals(t, "totals");
        assertEquals(
                "payable 3, not eligible 1, undetermined 1, total 15,080,000.00 元"
                        + "\n  by rule: {intelligent-transformation-subsidy 10,080,000.00 元, provincial-innovation-center-award"
                        + " 5,000,000.00 元}"
                        + "\n  by year: {2018 10,000,000.00 元, 2019 5,000,000.00 元, unstated 80,000.00 元}"
                        + "\n  by payer: {PROVINCE 10,080,000.00 元, unstated 5,000,000.00 元}"
                        + "\n  by department: {industry-it 15,080,000.00 元}",
                t.toString());
    }

    @Test
    void whatIfComparesTwoCalculatorsApplicationByApplication() {
        WhatIf w = WhatIf.of(CALC, Overrides.parse("intelligent-transformation-subsidy.rate=0.10"));
        assertSame(CALC, w.baseline());
        assertEquals(
                new BigDecimal("0.10"),
                w.alternative()
                        .rule("intelligent-transformation-subsidy")
                        .rate()
                        .orElseThrow());
        Application a = Application.builder()
                .id("A1")
                .rule("intelligent-transformation-subsidy")
                .cost("software-investment", "1000000")
                .cost("hardware-investment", "0")
                .build();
        WhatIf.Difference d = w.compare(a);
        assertEquals(new BigDecimal("20000.00"), d.delta().orElseThrow());
        assertEquals("A1: 80,000.00 元 → 100,000.00 元 (+20000.00)", d.toString());
        Application robot = Application.builder()
                .id("R")
                .rule("robot-subsidy")
                .cost("robot-purchase-fee", "1")
                .cost("robot-lease-fee", "0")
                .build();
        List<WhatIf.Difference> all = w.compare(Stream.of(a, robot)).collect(Collectors.toList());
        assertEquals(2, all.size());
        assertEquals("R: undetermined → undetermined", all.get(1).toString());
        WhatIf lower = WhatIf.of(CALC, Overrides.parse("intelligent-transformation-subsidy.rate=0.05"));
        assertEquals(
                "A1: 80,000.00 元 → 50,000.00 元 (-30000.00)", lower.compare(a).toString());
        WhatIf same = WhatIf.of(CALC, Overrides.parse("intelligent-transformation-subsidy.rate=0.08"));
        assertEquals("A1: 80,000.00 元 → 80,000.00 元 (+0.00)", same.compare(a).toString());
    }

    @Test
    void policyBundlesTheCatalogAndItsCalculator() {
        Policy p = Policy.mengzhou();
        assertSame(CATALOG, p.catalog());
        assertSame(CATALOG, p.subsidies().catalog());
        assertEquals(CATALOG.toString(), p.toString());
        assertSame(CATALOG, Policy.of(CATALOG).catalog());
    }

    @Test
    void matchesSayWhatQualifiesWhatIsMissingAndWhatIsUnmet() {
        EnterpriseProfile profile = EnterpriseProfile.builder()
                .id("E")
                .addStatuses("cultivation-listed")
                .fact("rd-equipment-purchase", new BigDecimal("1000000"))
                .fact("new-investment", new BigDecimal("100"))
                .year(2019)
                .build();
        Map<String, Match> byRule = CALC.match(profile).stream()
                .collect(Collectors.toMap(m -> m.rule().id(), m -> m));
        Match cultivation = byRule.get("innovation-center-cultivation-subsidy");
        assertEquals(Match.Verdict.QUALIFIES, cultivation.verdict());
        assertEquals(List.of(), cultivation.unmet());
        assertEquals(List.of(), cultivation.missing());
        assertEquals("innovation-center-cultivation-subsidy: QUALIFIES 200,000.00 元", cultivation.toString());
        Match green = byRule.get("green-demonstration-subsidy");
        assertEquals(Match.Verdict.DOES_NOT_QUALIFY, green.verdict());
        assertEquals(List.of("new-investment ≥ 10,000,000.00 元"), green.unmet());
        assertEquals(List.of("rate of green-demonstration-subsidy (一定比例, decided locally)"), green.missing());
        assertEquals(
                "green-demonstration-subsidy: DOES_NOT_QUALIFY unmet [new-investment ≥ 10,000,000.00 元]"
                        + " missing [rate of green-demonstration-subsidy (一定比例, decided locally)]",
                green.toString());
        Match certified = byRule.get("innovation-center-certified-subsidy");
        assertEquals(List.of("status city-certified"), certified.unmet());
    }

    @Test
    void schedulesListEachYearAndTheTotal() {
        CenterHistory h = CenterHistory.builder()
                .id("C")
                .listingYear(2018)
                .certifiedYear(2019)
                .promotedYear(2020)
                .putSpending(
                        2018,
                        Map.of(
                                "rd-equipment-purchase",
                                new BigDecimal("100"),
                                "pilot-test-equipment-purchase",
                                BigDecimal.ZERO))
                .putSpending(
                        2019,
                        Map.of(
                                "technology-introduction",
                                new BigDecimal("20000000"),
                                "research-instruments",
                                BigDecimal.ZERO,
                                "equipment-purchase",
                                BigDecimal.ZERO,
                                "software-purchase",
                                BigDecimal.ZERO))
                .build();
        Schedule s = CALC.schedule(h);
        assertSame(h, s.history());
        assertEquals(new BigDecimal("8000020.00"), s.total());
        assertEquals(
                "C (listed 2018, certified 2019, promoted 2020)\n"
                        + "  2018  innovation-center-cultivation-subsidy  PAYABLE  20.00 元\n"
                        + "  2019  innovation-center-certified-subsidy  PAYABLE  3,000,000.00 元  (cap)\n"
                        + "  2020  provincial-innovation-center-award  PAYABLE  5,000,000.00 元\n"
                        + "  total 8,000,020.00 元",
                s.toString());
    }

    @Test
    void awardsExplainThemselvesInBothLanguages() {
        Award capped = batch().get(1);
        assertEquals(List.of(capped.rule().citation()), capped.citations());
        assertEquals(new BigDecimal("0.08"), capped.rate().orElseThrow());
        String en = capped.explain(Language.EN);
        assertTrue(en.contains("rate × base: 8% × 200,000,000.00 元 = 16,000,000.00 元"), en);
        assertTrue(en.contains("cap reached: the cap 10,000,000.00 元 per project is paid"), en);
        assertTrue(en.contains("\n  1. ") && en.startsWith("A2 · intelligent-transformation-subsidy: "), en);
        Award green = batch().get(2);
        assertEquals(2, green.citations().size());
        assertTrue(
                green.explain(Language.EN)
                        .contains("condition new investment 5,000,000.00 元 ≥ 10,000,000.00 元: not met"),
                green::toString);
        Award window = CALC.award(Application.builder()
                .id("W")
                .rule("innovation-center-cultivation-subsidy")
                .cost("rd-equipment-purchase", "1")
                .cost("pilot-test-equipment-purchase", "0")
                .year(2024)
                .listingYear(2018)
                .build());
        assertEquals(2, window.citations().size());
        assertTrue(
                window.explain(Language.EN).contains("2024 is outside the support window 2018–2022"), window::toString);
        assertTrue(window.explain(Language.ZH).contains("2024年不在支持期 2018–2022 内"), window::toString);
        Finding outside = window.findings().get(0);
        assertEquals(
                "outside the support window: 2024 ∉ 2018–2022", outside.text().en());
        assertEquals(outside.text().toString(), outside.toString());
        assertEquals(
                window.rule().window().orElseThrow().citation(),
                outside.citation().orElseThrow());
        Step first = window.steps().get(0);
        assertEquals(first.text().zh(), first.toString());
        assertEquals(window.rule().citation(), first.citation().orElseThrow());
        Award inside = CALC.award(Application.builder()
                .id("W")
                .rule("innovation-center-cultivation-subsidy")
                .cost("rd-equipment-purchase", "1")
                .cost("pilot-test-equipment-purchase", "0")
                .year(2022)
                .listingYear(2018)
                .build());
        assertTrue(
                inside.explain(Language.EN).contains("2022 is inside the support window 2018–2022"), inside::toString);
        assertTrue(inside.explain(Language.EN).contains("below the cap of 3,000,000.00 元 a year"), inside::toString);
        assertTrue(inside.explain(Language.EN).contains("rate × base: 20% × 1.00 元 = 0.20 元"), inside::toString);
        Award odd = SubsidyCalculator.of(CATALOG)
                .with(Overrides.parse("intelligent-transformation-subsidy.rate=0.125"))
                .award(Application.builder()
                        .id("O")
                        .rule("intelligent-transformation-subsidy")
                        .cost("software-investment", "0.04")
                        .cost("hardware-investment", "0")
                        .build());
        assertTrue(odd.explain(Language.EN).contains("rate × base: 12.5% × 0.04 元 = 0.00500 元"), odd::toString);
        assertTrue(odd.explain(Language.EN).contains("rounded half up to the fen: award 0.01 元"), odd::toString);
    }
}
