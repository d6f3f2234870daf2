package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluator's checks of observation rows and assumptions, each limit on both sides, and its reasons for needing a judgement. */
class ObservationChecksTest {
    private static final Catalog CATALOG = Catalog.mengzhou();
    private static final AttainmentEvaluator EVALUATOR = AttainmentEvaluator.of(CATALOG);

    private static Observation value(String target, int year, String value) {
        return Observation.builder().target(target).year(year).value(new BigDecimal(value)).build();
    }

    private static String refused(Observation... rows) {
        return assertThrows(InvalidInputException.class, () -> EVALUATOR.check(List.of(rows))).field();
    }

    @Test
    void yearsRunFromTheEarliestBaselineToTheNoticesLastYear() {
        EVALUATOR.check(List.of(value("high-tech-enterprises-2018", 2016, "1"), value("high-tech-enterprises-2018", 2020, "1")));
        assertEquals("observations[0].year", refused(value("high-tech-enterprises-2018", 2015, "1")));
        assertEquals("observations[0].year", refused(value("high-tech-enterprises-2018", 2021, "1")));
        assertEquals("observations[1]", refused(value("high-tech-enterprises-2018", 2018, "1"),
                value("high-tech-enterprises-2018", 2018, "2")));
        assertEquals("observations[0].target", refused(value("no-such-target", 2018, "1")));
    }

    @Test
    void valuesFitTheTargetsUnit() {
        assertEquals("observations[0].value", refused(value("green-manufacturing-level-2020", 2020, "1")));
        assertEquals("observations[0].value", refused(value("high-tech-enterprises-2018", 2018, "-1")));
        assertEquals("observations[0].value", refused(value("high-tech-enterprises-2018", 2018, "1.5")));
        EVALUATOR.check(List.of(value("high-tech-enterprises-2018", 2018, "0"), value("high-tech-enterprises-2018", 2019, "2.0")));
        assertEquals("observations[0].value", refused(value("renovation-investment-2017", 2017, "-0.01")));
        EVALUATOR.check(List.of(value("renovation-investment-2017", 2017, "0")));
        // percentages as points: 0.25 looks like a fraction of a target of 15 %, 1 and 0 do not
        assertEquals("observations[0].value", refused(value("renovation-share-2017", 2017, "0.25")));
        assertEquals("observations[0].value", refused(value("renovation-share-2017", 2017, "-0.25")));
        EVALUATOR.check(List.of(value("renovation-share-2017", 2017, "1"), value("renovation-share-2017", 2018, "0"),
                value("renovation-share-2017", 2019, "1000")));
        assertEquals("observations[0].value", refused(value("renovation-share-2017", 2017, "1000.01")));
        // percentage points too (10 points above industrial-investment growth, not 0.10)
        assertEquals("observations[0].value", refused(value("renovation-growth-gap-each-year", 2018, "0.5")));
        EVALUATOR.check(List.of(value("renovation-growth-gap-each-year", 2018, "-3")));
    }

    @Test
    void everyEvaluationChecksItsRowsFirst() {
        List<Observation> bad = List.of(value("high-tech-enterprises-2018", 2030, "1"));
        assertThrows(InvalidInputException.class, () -> EVALUATOR.scorecard(bad, 2020));
        assertThrows(InvalidInputException.class,
                () -> EVALUATOR.evaluate(CATALOG.target("high-tech-enterprises-2018"), bad, 2020));
    }

    @Test
    void assumptionsNameTargetsOfTheCatalog() {
        for (Assumptions a : List.of(Assumptions.builder().putTolerances("nope", BigDecimal.ONE).build(),
                Assumptions.builder().putThresholds("nope", BigDecimal.ONE).build(),
                Assumptions.builder().putQuotas("nope", BigDecimal.ONE).build())) {
            assertThrows(InvalidInputException.class, () -> EVALUATOR.with(a));
        }
        assertEquals(CATALOG, EVALUATOR.with(Assumptions.none()).catalog());
    }

    @Test
    void targetsWithoutANumberSayWhichNumberTheAnalystMustState() {
        assertEquals("the notice states no tolerance for 左右: the analyst must state one",
                reason("intelligent-enterprises-2020"));
        assertEquals("the notice states no threshold for basically full coverage: the analyst must state one",
                reason("mandatory-audit-coverage-2018"));
        assertEquals("the notice states no assigned quota: the analyst must state one", reason("green-so2-emissions-2020"));
        assertEquals("qualitative: needs a judgement", reason("green-manufacturing-level-2020"));
        Attainment a = EVALUATOR.evaluate(CATALOG.target("intelligent-enterprises-2020"), List.of(), 2020);
        assertEquals("文件未给出“左右”的容差，需要分析人员说明", a.reason().zh());
        assertEquals("文件未给出“基本全覆盖”的门槛，需要分析人员说明",
                EVALUATOR.evaluate(CATALOG.target("mandatory-audit-coverage-2018"), List.of(), 2020).reason().zh());
        assertEquals("文件未给出下达的指标，需要分析人员说明",
                EVALUATOR.evaluate(CATALOG.target("green-so2-emissions-2020"), List.of(), 2020).reason().zh());
    }

    private static String reason(String target) {
        Attainment a = EVALUATOR.evaluate(CATALOG.target(target), List.of(), 2020);
        assertEquals(Attainment.Verdict.NEEDS_JUDGEMENT, a.verdict());
        return a.reason().en();
    }
}
