package dev.zhengce.policy.calc;

import static dev.zhengce.policy.calc.TestCatalogs.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.Target;
import dev.zhengce.policy.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of attainment: monotone, exact boundaries, symmetric tolerance, consistent verdicts and sums. */
class AttainmentPropertiesTest {
    private static Attainment evaluate(Comparison c, long target, long observed, Assumptions assumptions) {
        Target t = target("t", "i", c, Long.toString(target), 2020).build();
        AttainmentEvaluator e =
                AttainmentEvaluator.of(TestCatalogs.of(List.of(t), List.of())).with(assumptions);
        return e.evaluate(
                t,
                List.of(Observation.builder()
                        .target("t")
                        .year(2020)
                        .value(BigDecimal.valueOf(observed))
                        .build()),
                2020);
    }

    private static Attainment evaluate(Comparison c, long target, long observed) {
        return evaluate(c, target, observed, Assumptions.none());
    }

    @Test
    void moreAchievedNeverLowersAttainmentOfAtLeastTargets() {
        qt().forAll(longs().between(1, 1000), longs().between(0, 2000), longs().between(0, 2000))
                .checkAssert((t, a, b) -> {
                    Attainment low = evaluate(Comparison.AT_LEAST, t, Math.min(a, b));
                    Attainment high = evaluate(Comparison.AT_LEAST, t, Math.max(a, b));
                    assertTrue(low.ratio().orElseThrow().compareTo(high.ratio().orElseThrow()) <= 0);
                    assertTrue(low.verdict() != Attainment.Verdict.MET || high.verdict() == Attainment.Verdict.MET);
                    assertTrue(low.gap().orElseThrow().compareTo(high.gap().orElseThrow()) >= 0);
                });
    }

    @Test
    void moreAchievedNeverHelpsAtMostTargets() {
        qt().forAll(longs().between(1, 1000), longs().between(0, 2000), longs().between(0, 2000))
                .checkAssert((t, a, b) -> {
                    Attainment low = evaluate(Comparison.AT_MOST, t, Math.min(a, b));
                    Attainment high = evaluate(Comparison.AT_MOST, t, Math.max(a, b));
                    assertTrue(high.verdict() != Attainment.Verdict.MET || low.verdict() == Attainment.Verdict.MET);
                    assertTrue(low.gap().orElseThrow().compareTo(high.gap().orElseThrow()) <= 0);
                });
    }

    @Test
    void boundariesAreExactlyAsWorded() {
        qt().forAll(longs().between(0, 100_000)).checkAssert(n -> {
            assertEquals(
                    Attainment.Verdict.MET, evaluate(Comparison.AT_LEAST, n, n).verdict(), "以上 includes");
            assertEquals(
                    Attainment.Verdict.NOT_MET,
                    evaluate(Comparison.MORE_THAN, n, n).verdict(),
                    "超过 excludes");
            assertEquals(
                    Attainment.Verdict.MET,
                    evaluate(Comparison.MORE_THAN, n, n + 1).verdict());
            assertEquals(
                    Attainment.Verdict.MET, evaluate(Comparison.AT_MOST, n, n).verdict(), "以内 includes");
            assertEquals(
                    Attainment.Verdict.NOT_MET,
                    evaluate(Comparison.LESS_THAN, n, n).verdict(),
                    "不满 excludes");
            if (n > 0) {
                assertEquals(
                        Attainment.Verdict.NOT_MET,
                        evaluate(Comparison.AT_LEAST, n, n - 1).verdict());
                assertEquals(
                        Attainment.Verdict.MET,
                        evaluate(Comparison.LESS_THAN, n, n - 1).verdict());
            }
        });
    }

    @Test
    void rangesIncludeBothEnds() {
        qt().forAll(longs().between(0, 1000), longs().between(0, 1000), longs().between(0, 3000))
                .checkAssert((a, w, v) -> {
                    Target t = target("t", "i", Comparison.BETWEEN, Long.toString(a), 2020)
                            .upper(BigDecimal.valueOf(a + w))
                            .build();
                    AttainmentEvaluator e = AttainmentEvaluator.of(TestCatalogs.of(List.of(t), List.of()));
                    Attainment r = e.evaluate(
                            t,
                            List.of(Observation.builder()
                                    .target("t")
                                    .year(2020)
                                    .value(BigDecimal.valueOf(v))
                                    .build()),
                            2020);
                    assertEquals(v >= a && v <= a + w, r.verdict() == Attainment.Verdict.MET);
                });
    }

    @Test
    void toleranceIsSymmetric() {
        qt().forAll(longs().between(0, 1000), longs().between(0, 50), longs().between(0, 100))
                .checkAssert((t, tol, d) -> {
                    Assumptions a = Assumptions.builder()
                            .putTolerances("t", BigDecimal.valueOf(tol))
                            .build();
                    Attainment above = evaluate(Comparison.ABOUT, t + 100, t + 100 + d, a);
                    Attainment below = evaluate(Comparison.ABOUT, t + 100, t + 100 - d, a);
                    assertEquals(above.verdict(), below.verdict());
                    assertEquals(d <= tol, above.verdict() == Attainment.Verdict.MET);
                    assertEquals(
                            0, above.gap().orElseThrow().compareTo(below.gap().orElseThrow()));
                });
    }

    @Test
    void verdictIsConsistentWithTheRatio() {
        qt().forAll(longs().between(1, 1000), longs().between(0, 3000)).checkAssert((t, v) -> {
            // targets and values up to a few thousand: a ratio below 1 is at most 0.9997, never rounded up to 1
            Attainment least = evaluate(Comparison.AT_LEAST, t, v);
            assertEquals(
                    least.ratio().orElseThrow().compareTo(BigDecimal.ONE) >= 0,
                    least.verdict() == Attainment.Verdict.MET);
            Attainment more = evaluate(Comparison.MORE_THAN, t, v);
            assertEquals(v > t, more.verdict() == Attainment.Verdict.MET);
            assertTrue(more.verdict() != Attainment.Verdict.MET
                    || more.ratio().orElseThrow().compareTo(BigDecimal.ONE) >= 0);
            Attainment most = evaluate(Comparison.AT_MOST, t, v);
            assertTrue(most.verdict() != Attainment.Verdict.MET
                    || most.ratio().orElseThrow().compareTo(BigDecimal.ONE) <= 0);
        });
    }

    @Test
    void scorecardTotalsEqualTheSumOfTheirParts() {
        Catalog catalog = Mengzhou.catalog();
        AttainmentEvaluator evaluator = AttainmentEvaluator.of(catalog);
        qt().withExamples(50)
                .forAll(longs().between(0, Long.MAX_VALUE), integers().between(2017, 2020))
                .checkAssert((seed, asOf) -> {
                    Random random = new Random(seed);
                    List<Observation> observations = new ArrayList<>();
                    for (Target t : catalog.targets()) {
                        for (int year = 2016; year <= 2020; year++) {
                            if (random.nextInt(3) == 0) {
                                continue;
                            }
                            Observation.Builder o =
                                    Observation.builder().target(t.id()).year(year);
                            if (t.unit() == Unit.NONE) {
                                o.judgement(
                                        random.nextBoolean()
                                                ? Observation.Judgement.MET
                                                : Observation.Judgement.NOT_MET);
                            } else if (t.unit() == Unit.COUNT) {
                                o.value(BigDecimal.valueOf(random.nextInt(40)));
                            } else {
                                o.value(BigDecimal.valueOf(100 + random.nextInt(99_900), 2));
                            }
                            observations.add(o.build());
                        }
                    }
                    Scorecard s = evaluator.scorecard(observations, asOf);
                    assertEquals(catalog.targets().size(), s.overall().total());
                    assertEquals(
                            s.overall().total(),
                            s.byPlan().values().stream()
                                    .mapToInt(Scorecard.Tally::total)
                                    .sum());
                    assertEquals(
                            s.overall().total(),
                            s.byYear().values().stream()
                                    .mapToInt(Scorecard.Tally::total)
                                    .sum());
                    for (Attainment.Verdict v : Attainment.Verdict.values()) {
                        assertEquals(
                                s.overall().count(v),
                                s.byPlan().values().stream()
                                        .mapToInt(x -> x.count(v))
                                        .sum());
                    }
                    long inTasks = s.attainments().stream()
                            .filter(a -> catalog.taskOf(a.target().id()).isPresent())
                            .count();
                    assertEquals(
                            inTasks,
                            s.byLeadDepartment().values().stream()
                                    .mapToInt(Scorecard.Tally::total)
                                    .sum());
                });
    }
}
