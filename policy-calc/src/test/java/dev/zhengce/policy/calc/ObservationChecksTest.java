package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluator's checks of observation rows and assumptions, each limit on both sides, and its reasons for needing a judgement. */
class ObservationChecksTest {
    private static final Catalog CATALOG = Mengzhou.catalog();
    private static final AttainmentEvaluator EVALUATOR = AttainmentEvaluator.of(CATALOG);

    private static Observation value(String target, int year, String value) {
        return Observation.builder()
                .target(target)
                .year(year)
                .value(new BigDecimal(value))
                .build();
    }

    private static String refused(Observation... rows) {
        return assertThrows(InvalidInputException.class, () -> EVALUATOR.check(List.of(rows)))
                .field();
    }

    @Test
    void yearsRunFromTheEarliestBaselineToTheNoticesLastYear() {
        EVALUATOR.check(List.of(
                value("high-tech-enterprises-2018", 2016, "1"), value("high-tech-enterprises-2018", 2020, "1")));
        assertEquals("observations[0].year", refused(value("high-tech-enterprises-2018", 2015, "1")));
        assertEquals("observations[0].year", refused(value("high-tech-enterprises-2018", 2021, "1")));
        assertEquals(
                "observations[1]",
                refused(
                        value("high-tech-enterprises-2018", 2018, "1"),
                        value("high-tech-enterprises-2018", 2018, "2")));
        assertEquals("observations[0].target", refused(value("no-such-target", 2018, "1")));
    }

    @Test
    void valuesFitTheTargetsUnit() {
        assertEquals("observations[0].value", refused(value("green-manufacturing-level-2020", 2020, "1")));
        assertEquals("observations[0].value", refused(value("high-tech-enterprises-2018", 2018, "-1")));
        assertEquals("observations[0].value", refused(value("high-tech-enterprises-2018", 2018, "1.5")));
        EVALUATOR.check(List.of(
                value("high-tech-enterprises-2018", 2018, "0"), value("high-tech-enterprises-2018", 2019, "2.0")));
        assertEquals("observations[0].value", refused(value("renovation-investment-2017", 2017, "-0.01")));
        EVALUATOR.check(List.of(value("renovation-investment-2017", 2017, "0")));
        // percentages and points are never refused: a real share can be tiny, a real growth negative or huge
        EVALUATOR.check(List.of(
                value("renovation-share-2017", 2017, "0.25"),
                value("renovation-share-2017", 2018, "-0.25"),
                value("renovation-share-2017", 2019, "1000.01"),
                value("renovation-growth-gap-each-year", 2018, "0.5"),
                value("renovation-growth-gap-each-year", 2019, "-3")));
        // a reduction observes levels in 吨标准煤/万元: below 1 is normal, below 0 is not a level
        EVALUATOR.check(List.of(
                value("green-energy-intensity-2020", 2016, "1.0000"),
                value("green-energy-intensity-2020", 2020, "0.8200")));
        assertEquals("observations[0].value", refused(value("green-energy-intensity-2020", 2016, "-0.1")));
        assertEquals("observations[0].value", refused(value("green-so2-emissions-2020", 2020, "-1")));
    }

    @Test
    void aPercentageThatLooksLikeAFractionIsMeasuredAsGivenWithACaution() {
        Attainment a = EVALUATOR.evaluate(
                CATALOG.target("renovation-share-2017"), List.of(value("renovation-share-2017", 2017, "0.15")), 2017);
        assertEquals(Attainment.Verdict.NOT_MET, a.verdict(), "0.15 % is measured as 0.15 %");
        assertEquals(
                "2017: actual 0.15, target ≥ 15; note: 0.15 (2017) is below 1 while the target is 15:"
                        + " percentages are points (25 for 25 %); ignore this if 0.15 is meant",
                a.reason().en());
        assertTrue(a.reason().zh().contains("百分数按点数记"), a.reason().zh());
        Attainment huge = EVALUATOR.evaluate(
                CATALOG.target("high-tech-growth-2018"), List.of(value("high-tech-growth-2018", 2018, "1500")), 2018);
        assertEquals(Attainment.Verdict.MET, huge.verdict());
        assertTrue(
                huge.reason().en().endsWith("is more than 1000 %: percentages are points (25 for 25 %)"),
                huge.reason().en());
        Attainment level = EVALUATOR.evaluate(
                CATALOG.target("green-energy-intensity-2020"),
                List.of(
                        value("green-energy-intensity-2020", 2016, "1.0000"),
                        value("green-energy-intensity-2020", 2020, "0.8200")),
                2020);
        assertEquals(Attainment.Verdict.MET, level.verdict());
        assertEquals(
                "2020: actual 18, target ↓ 18 (2016 1 → 2020 0.82 t of standard coal per 10,000 yuan)",
                level.reason().en());
        assertEquals(
                "2020年：实际 18，目标 ↓ 18 (2016 1 → 2020 0.82 吨标准煤/万元)",
                level.reason().zh());
    }

    @Test
    void everyEvaluationChecksItsRowsFirst() {
        List<Observation> bad = List.of(value("high-tech-enterprises-2018", 2030, "1"));
        assertThrows(InvalidInputException.class, () -> EVALUATOR.scorecard(bad, 2020));
        assertThrows(
                InvalidInputException.class,
                () -> EVALUATOR.evaluate(CATALOG.target("high-tech-enterprises-2018"), bad, 2020));
    }

    @Test
    void assumptionsNameTargetsOfTheCatalog() {
        for (Assumptions a : List.of(
                Assumptions.builder().putTolerances("nope", BigDecimal.ONE).build(),
                Assumptions.builder().putThresholds("nope", BigDecimal.ONE).build(),
                Assumptions.builder().putQuotas("nope", BigDecimal.ONE).build())) {
            assertThrows(InvalidInputException.class, () -> EVALUATOR.with(a));
        }
        assertEquals(CATALOG, EVALUATOR.with(Assumptions.none()).catalog());
    }

    @Test
    void targetsWithoutANumberSayWhichNumberTheAnalystMustState() {
        assertEquals(
                "the notice states no tolerance for 左右: the analyst must state one",
                reason("intelligent-enterprises-2020"));
        assertEquals(
                "the notice states no threshold for basically full coverage: the analyst must state one",
                reason("mandatory-audit-coverage-2018"));
        assertEquals(
                "the notice states no assigned quota: the analyst must state one", reason("green-so2-emissions-2020"));
        assertEquals("qualitative: needs a judgement", reason("green-manufacturing-level-2020"));
        Attainment a = EVALUATOR.evaluate(CATALOG.target("intelligent-enterprises-2020"), List.of(), 2020);
        assertEquals("文件未给出“左右”的容差，需要分析人员说明", a.reason().zh());
        assertEquals(
                "文件未给出“基本全覆盖”的门槛，需要分析人员说明",
                EVALUATOR
                        .evaluate(CATALOG.target("mandatory-audit-coverage-2018"), List.of(), 2020)
                        .reason()
                        .zh());
        assertEquals(
                "文件未给出下达的指标，需要分析人员说明",
                EVALUATOR
                        .evaluate(CATALOG.target("green-so2-emissions-2020"), List.of(), 2020)
                        .reason()
                        .zh());
    }

    private static String reason(String target) {
        Attainment a = EVALUATOR.evaluate(CATALOG.target(target), List.of(), 2020);
        assertEquals(Attainment.Verdict.NEEDS_JUDGEMENT, a.verdict());
        return a.reason().en();
    }
}
