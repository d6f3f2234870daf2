package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A scorecard of a two-plan catalog: tallies by plan, lead department and year; overdue targets; the rendered text. */
class ScorecardTest {
    private static final Target PLAN_TARGET =
            TestCatalogs.target("t1", "i1", Comparison.AT_LEAST, "10", 2018).build();
    private static final Target TASK_TARGET = TestCatalogs.target("t2", "i2", Comparison.AT_LEAST, "5", 2020)
            .aspirational(true)
            .build();
    private static final AttainmentEvaluator EVALUATOR =
            AttainmentEvaluator.of(TestCatalogs.of(List.of(PLAN_TARGET), List.of(TASK_TARGET)));

    private static Scorecard scorecard() {
        return EVALUATOR.scorecard(
                List.of(
                        Observation.builder()
                                .target("t1")
                                .year(2018)
                                .value(new BigDecimal("12"))
                                .build(),
                        Observation.builder()
                                .target("t2")
                                .year(2019)
                                .value(new BigDecimal("6"))
                                .build()),
                2019);
    }

    private static Map<Object, String> tallies(Map<?, Scorecard.Tally> map) {
        return map.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString()));
    }

    @Test
    void talliesCountEachVerdictOverallByPlanLeadDepartmentAndYear() {
        Scorecard s = scorecard();
        assertEquals(2019, s.asOf());
        assertEquals(1, s.overall().count(Attainment.Verdict.MET));
        assertEquals(1, s.overall().count(Attainment.Verdict.ON_TRACK));
        assertEquals(0, s.overall().count(Attainment.Verdict.BEHIND));
        assertEquals(2, s.overall().total());
        assertEquals("MET 1, ON_TRACK 1", s.overall().toString());
        assertEquals(Map.of("first", "MET 1", "second", "ON_TRACK 1"), tallies(s.byPlan()));
        assertEquals(Map.of("industry-it", "ON_TRACK 1"), tallies(s.byLeadDepartment()));
        assertEquals(Map.of(), tallies(s.byCoResponsibleDepartment()));
        assertEquals(Map.of(2018, "MET 1", 2020, "ON_TRACK 1"), tallies(s.byYear()));
    }

    @Test
    void overdueTargetsArePastTheirYearAndNotMet() {
        Scorecard s = scorecard();
        assertEquals(List.of(), s.overdue(2019));
        assertEquals(List.of(), s.overdue(2020));
        assertEquals(
                List.of("t2"),
                s.overdue(2021).stream().map(a -> a.target().id()).collect(Collectors.toList()));
    }

    @Test
    void attainmentsPrintWhatWasObservedAgainstWhatIsDue() {
        Scorecard s = scorecard();
        Attainment met = s.attainments().get(0);
        assertEquals(2019, met.asOf());
        assertEquals(new BigDecimal("12"), met.observed().orElseThrow());
        String en = met.explain(Language.EN);
        assertTrue(en.startsWith("t1  MET  actual 12  ratio "), en);
        assertTrue(en.endsWith("  — 2018: actual 12, target ≥ 10"), en);
        assertTrue(met.explain(Language.ZH).startsWith("t1  MET  实际 12  完成率 "), met.explain(Language.ZH));
        assertEquals(met.explain(Language.ZH) + "\n" + met.explain(Language.EN), met.toString());
        Attainment onTrack = s.attainments().get(1);
        assertTrue(onTrack.explain(Language.EN).startsWith("t2  ON_TRACK (aspirational)  actual 6"), onTrack::toString);
        assertTrue(onTrack.explain(Language.ZH).startsWith("t2  ON_TRACK（力争）  实际 6"), onTrack::toString);
        assertEquals("2019: already at the 2020 target", onTrack.reason().en());
    }

    @Test
    void theRenderedScorecardSumsUpThenListsEveryTargetByPlan() {
        Scorecard s = scorecard();
        String en = s.explain(Language.EN);
        assertTrue(
                en.startsWith("Target attainment as of 2019\n  overall: MET 1, ON_TRACK 1\n  first: MET 1\n"
                        + "  second: ON_TRACK 1\n■ first\n    t1  MET"),
                en);
        assertTrue(en.contains("\n■ second\n    t2  ON_TRACK (aspirational)"), en);
        assertTrue(s.explain(Language.ZH).startsWith("目标完成情况（截至2019年）\n  总计: MET 1, ON_TRACK 1"), s::toString);
        assertEquals(s.explain(Language.ZH), s.toString());
    }
}
