package dev.zhengce.policy.calc;

import static dev.zhengce.policy.calc.TestCatalogs.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.model.Baseline;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Period;
import dev.zhengce.policy.model.Target;
import dev.zhengce.policy.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edges of attainment (docs/reading.md) that the case table does not reach: limits read from
 * below (以下) before the target year, the trajectory drawn through other statements of the same
 * indicator, 每年 / 保持 with limits, 累计 on the line and in the target year, one-year tasks,
 * thresholds and quotas at their exact number, and the wording of the verdict lines.
 */
class AttainmentEdgeTest {

    private static Observation obs(String target, int year, String value) {
        return Observation.builder()
                .target(target)
                .year(year)
                .value(new BigDecimal(value))
                .build();
    }

    private static AttainmentEvaluator evaluator(Target... targets) {
        return AttainmentEvaluator.of(TestCatalogs.of(List.of(targets), List.of()));
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    private static void assertSame(String expected, BigDecimal actual) {
        assertEquals(0, dec(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual);
    }

    // 以下 (at most) before the target year: the line runs down from the baseline, and being at or
    // below it is on track. Baseline 140 in 2016, at most 100 by 2020: 2018 is expected at 120.

    private static Target limitFrom140() {
        return target("limit", "emissions", Comparison.AT_MOST, "100", 2020)
                .baseline(Baseline.builder().year(2016).value(dec("140")).build())
                .build();
    }

    @Test
    void aLimitBeforeItsYearIsOnTrackExactlyOnTheLine() {
        Target t = limitFrom140();
        Attainment a = evaluator(t).evaluate(t, List.of(obs("limit", 2018, "120")), 2018);
        assertEquals(Attainment.Verdict.ON_TRACK, a.verdict(), a::toString);
        assertSame("120", a.expected().orElseThrow());
        assertSame("20", a.gap().orElseThrow());
    }

    @Test
    void aLimitBeforeItsYearIsBehindAboveTheLine() {
        Target t = limitFrom140();
        Attainment a = evaluator(t).evaluate(t, List.of(obs("limit", 2018, "121")), 2018);
        assertEquals(Attainment.Verdict.BEHIND, a.verdict(), a::toString);
        assertSame("120", a.expected().orElseThrow());
    }

    @Test
    void aLimitBeforeItsYearIsOnTrackBelowTheLine() {
        Target t = limitFrom140();
        Attainment a = evaluator(t).evaluate(t, List.of(obs("limit", 2018, "119")), 2018);
        assertEquals(Attainment.Verdict.ON_TRACK, a.verdict(), a::toString);
    }

    // A baseline value without a year is the level before the notice's first year (2016 here).

    @Test
    void aBaselineWithoutAYearStandsForTheYearBeforeTheNotice() {
        Target t = target("share", "share", Comparison.AT_LEAST, "30", 2020)
                .baseline(Baseline.builder().value(dec("10")).build())
                .build();
        Attainment a = evaluator(t).evaluate(t, List.of(obs("share", 2018, "20")), 2018);
        // 10 + (30 − 10) × 2 / 4 = 20
        assertSame("20", a.expected().orElseThrow());
        assertEquals(Attainment.Verdict.ON_TRACK, a.verdict(), a::toString);
    }

    // The trajectory passes through the values the text states for earlier years of the same
    // indicator; statements of another indicator, or recurring ones, do not count.

    private static Target[] smartWorkshops() {
        Target by2020 =
                target("ws2020", "workshops", Comparison.AT_LEAST, "10", 2020).build();
        Target by2018 =
                target("ws2018", "workshops", Comparison.AT_LEAST, "5", 2018).build();
        Target otherIndicator =
                target("fac2019", "factories", Comparison.AT_LEAST, "100", 2019).build();
        Target recurring = target("each2019", "workshops", Comparison.AT_LEAST, "100", 2019)
                .period(Period.EACH_YEAR)
                .fromYear(2018)
                .build();
        return new Target[] {by2020, by2018, otherIndicator, recurring};
    }

    @Test
    void theStatedValueOfAnEarlierYearIsTheExpectedValueThatYear() {
        Target[] all = smartWorkshops();
        Attainment a = evaluator(all).evaluate(all[0], List.of(obs("ws2020", 2018, "4")), 2018);
        assertEquals(Attainment.Verdict.BEHIND, a.verdict(), a::toString);
        assertSame("5", a.expected().orElseThrow());
    }

    @Test
    void betweenStatedYearsTheLineRunsFromTheLastStatedValue() {
        Target[] all = smartWorkshops();
        Attainment a = evaluator(all).evaluate(all[0], List.of(obs("ws2020", 2019, "7")), 2019);
        // from 5 in 2018 to 10 in 2020: 7.5 in 2019; 7 is behind
        assertSame("7.5", a.expected().orElseThrow());
        assertEquals(Attainment.Verdict.BEHIND, a.verdict(), a::toString);
        Attainment onLine = evaluator(all).evaluate(all[0], List.of(obs("ws2020", 2019, "8")), 2019);
        assertEquals(Attainment.Verdict.ON_TRACK, onLine.verdict(), onLine::toString);
    }

    @Test
    void twoStatementsForTheSameYearTakeTheHigherForAGrowingTarget() {
        Target by2020 =
                target("ws2020", "workshops", Comparison.AT_LEAST, "10", 2020).build();
        Target low =
                target("ws2018a", "workshops", Comparison.AT_LEAST, "5", 2018).build();
        Target high =
                target("ws2018b", "workshops", Comparison.AT_LEAST, "6", 2018).build();
        AttainmentEvaluator e = evaluator(by2020, low, high);
        Attainment a = e.evaluate(by2020, List.of(obs("ws2020", 2018, "5")), 2018);
        assertSame("6", a.expected().orElseThrow());
        assertEquals(Attainment.Verdict.BEHIND, a.verdict(), a::toString);
    }

    @Test
    void observationsOfOtherTargetsAreIgnored() {
        Target[] all = smartWorkshops();
        Attainment a =
                evaluator(all).evaluate(all[1], List.of(obs("ws2018", 2018, "4"), obs("ws2020", 2018, "9")), 2018);
        assertEquals(Attainment.Verdict.NOT_MET, a.verdict(), a::toString);
        assertSame("4", a.observed().orElseThrow());
    }

    // 每年 / 保持 with a limit: every year at most the number; the worst year is the highest.

    @Test
    void aYearlyLimitReportsItsHighestYear() {
        Target t = target("cap", "cap", Comparison.AT_MOST, "5", 2020)
                .period(Period.EACH_YEAR)
                .fromYear(2018)
                .build();
        Attainment a = evaluator(t)
                .evaluate(t, List.of(obs("cap", 2018, "3"), obs("cap", 2019, "5"), obs("cap", 2020, "4")), 2020);
        assertEquals(Attainment.Verdict.MET, a.verdict(), a::toString);
        assertSame("5", a.observed().orElseThrow());
        assertSame("1", a.ratio().orElseThrow());
    }

    @Test
    void aYearlyTargetReportsItsLowestYear() {
        Target t = TestCatalogs.each("each", "robots", "1", 2018, 2020);
        Attainment a = evaluator(t)
                .evaluate(t, List.of(obs("each", 2018, "3"), obs("each", 2019, "1"), obs("each", 2020, "2")), 2020);
        assertEquals(Attainment.Verdict.MET, a.verdict(), a::toString);
        assertSame("1", a.observed().orElseThrow());
    }

    @Test
    void aYearlyTargetIsOnTrackInItsFirstYear() {
        Target t = TestCatalogs.each("each", "robots", "1", 2018, 2020);
        Attainment a = evaluator(t).evaluate(t, List.of(obs("each", 2018, "1")), 2018);
        assertEquals(Attainment.Verdict.ON_TRACK, a.verdict(), a::toString);
        assertEquals("attained in every year 2018–2018", a.reason().en());
    }

    // 累计: the years add up; short in the target year is not met, exactly on the line before is on track.

    private static Target cumulative3() {
        return target("talents", "talents", Comparison.AT_LEAST, "3", 2020)
                .period(Period.CUMULATIVE)
                .fromYear(2018)
                .build();
    }

    @Test
    void aCumulativeTargetShortInItsYearIsNotMet() {
        Target t = cumulative3();
        Attainment a = evaluator(t)
                .evaluate(
                        t,
                        List.of(obs("talents", 2018, "1"), obs("talents", 2019, "1"), obs("talents", 2020, "0")),
                        2020);
        assertEquals(Attainment.Verdict.NOT_MET, a.verdict(), a::toString);
        assertSame("2", a.observed().orElseThrow());
        assertSame("1", a.gap().orElseThrow());
    }

    @Test
    void aCumulativeTargetExactlyOnTheLineIsOnTrack() {
        Target t = cumulative3();
        Attainment a = evaluator(t).evaluate(t, List.of(obs("talents", 2018, "1"), obs("talents", 2019, "1")), 2019);
        // 3 over 2018–2020 from zero: 2 by the end of 2019
        assertSame("2", a.expected().orElseThrow());
        assertEquals(Attainment.Verdict.ON_TRACK, a.verdict(), a::toString);
    }

    // A one-year task (IN_YEAR) is judged in its own year.

    @Test
    void aOneYearTaskIsJudgedInItsYear() {
        Target t = target("audit", "audits", Comparison.AT_LEAST, "1", 2018)
                .period(Period.IN_YEAR)
                .build();
        Attainment met = evaluator(t).evaluate(t, List.of(obs("audit", 2018, "1")), 2018);
        assertEquals(Attainment.Verdict.MET, met.verdict(), met::toString);
        Attainment later = evaluator(t).evaluate(t, List.of(obs("audit", 2018, "0")), 2020);
        assertEquals(Attainment.Verdict.NOT_MET, later.verdict(), later::toString);
    }

    @Test
    void noDataSaysWhichYearsWereLookedFor() {
        Target t = target("ws", "workshops", Comparison.AT_LEAST, "10", 2020).build();
        assertEquals(
                "no observation for 2020",
                evaluator(t).evaluate(t, List.of(), 2020).reason().en());
        assertEquals(
                "no observation up to 2018",
                evaluator(t).evaluate(t, List.of(), 2018).reason().en());
    }

    // 基本实现全覆盖 and 控制在下达的目标范围内, at their exact numbers.

    @Test
    void coverageAtTheThresholdIsMetAndBelowIsNot() {
        Target t = target("cov", "coverage", Comparison.FULL_COVERAGE, null, 2018)
                .unit(Unit.PERCENT)
                .build();
        AttainmentEvaluator e = evaluator(t)
                .with(Assumptions.builder().putThresholds("cov", dec("95")).build());
        assertEquals(
                Attainment.Verdict.MET,
                e.evaluate(t, List.of(obs("cov", 2018, "95")), 2018).verdict());
        assertEquals(
                Attainment.Verdict.NOT_MET,
                e.evaluate(t, List.of(obs("cov", 2018, "94.9")), 2018).verdict());
    }

    @Test
    void emissionsAtTheQuotaAreMetAndAboveAreNot() {
        Target t = target("so2", "so2", Comparison.WITHIN_QUOTA, null, 2020)
                .unit(Unit.TONNE)
                .build();
        AttainmentEvaluator e = evaluator(t)
                .with(Assumptions.builder().putQuotas("so2", dec("1200")).build());
        assertEquals(
                Attainment.Verdict.MET,
                e.evaluate(t, List.of(obs("so2", 2020, "1200")), 2020).verdict());
        Attainment over = e.evaluate(t, List.of(obs("so2", 2020, "1200.5")), 2020);
        assertEquals(Attainment.Verdict.NOT_MET, over.verdict());
        assertSame("0.5", over.gap().orElseThrow());
    }

    // Percent given as a fraction: measured as given, with a caution when the target is 1 % or more.

    @Test
    void aFractionAgainstATargetOfOnePercentIsMeasuredWithACaution() {
        Target t = target("growth", "growth", Comparison.AT_LEAST, "1", 2018)
                .unit(Unit.PERCENT)
                .build();
        evaluator(t).check(List.of(obs("growth", 2018, "0.5")));
        Attainment a = evaluator(t).evaluate(t, List.of(obs("growth", 2018, "0.5")), 2018);
        assertEquals(Attainment.Verdict.NOT_MET, a.verdict());
        assertTrue(
                a.reason().en().contains("percentages are points"), a.reason().en());
        Attainment whole = evaluator(t).evaluate(t, List.of(obs("growth", 2018, "1")), 2018);
        assertFalse(whole.reason().en().contains("note"), whole.reason().en());
    }

    @Test
    void aSmallPercentIsAcceptedAgainstATargetBelowOnePercent() {
        Target t = target("rate", "rate", Comparison.AT_MOST, "0.8", 2018)
                .unit(Unit.PERCENT)
                .build();
        Attainment a = evaluator(t).evaluate(t, List.of(obs("rate", 2018, "0.5")), 2018);
        assertEquals(Attainment.Verdict.MET, a.verdict(), a::toString);
        assertFalse(a.reason().en().contains("note"), "no caution against a target below 1 %");
    }

    // The verdict lines.

    @Test
    void aRangeIsDescribedWithBothEnds() {
        Target t = target("vol", "voluntary-audits", Comparison.BETWEEN, "2", 2020)
                .upper(dec("4"))
                .build();
        Attainment a = evaluator(t).evaluate(t, List.of(obs("vol", 2020, "3")), 2020);
        assertEquals("2020: actual 3, target [a, b] 2–4", a.reason().en());
        assertEquals("2020年：实际 3，目标 [a, b] 2–4", a.reason().zh());
    }

    @Test
    void aLineShowsTheExpectedValueAndTheGapInEachLanguage() {
        Target t = limitFrom140();
        Attainment a = evaluator(t).evaluate(t, List.of(obs("limit", 2018, "121")), 2018);
        String en = a.explain(Language.EN);
        String zh = a.explain(Language.ZH);
        assertTrue(en.contains("  expected 120  ") && en.contains("  gap 21  "), en);
        assertTrue(zh.contains("  应达 120  ") && zh.contains("  差距 21  "), zh);
    }
}
