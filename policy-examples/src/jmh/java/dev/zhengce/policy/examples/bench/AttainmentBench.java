package dev.zhengce.policy.examples.bench;

import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.AttainmentEvaluator;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Baseline;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.Period;
import dev.zhengce.policy.model.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Attainment of every target of the catalog as of 2020 (every target due), from one
 * observation per target and year (a judgement where the target has no number or needs an
 * assumption), some met and some not: {@link AttainmentEvaluator#scorecard} against the
 * comparisons written by hand in plain BigDecimal. Targets are counts, percentages and yuan
 * compared, not amounts paid: there is no Moneta way to record here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class AttainmentBench {
    private static final int AS_OF = 2020;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AttainmentEvaluator evaluator;
    private List<Target> targets;
    private List<Observation> observations;

    /** One target's result, as the baseline computes it. */
    record Result(String target, Attainment.Verdict verdict, BigDecimal measured, BigDecimal ratio, BigDecimal gap) {}

    /** Builds the observations and checks that both implementations give every target the same verdict. */
    @Setup
    public void setUp() {
        Catalog catalog = Mengzhou.catalog();
        evaluator = AttainmentEvaluator.of(catalog);
        targets = catalog.targets();
        observations = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            boolean meet = i % 3 != 0;
            if (judged(t)) {
                observations.add(Observation.builder()
                        .target(t.id())
                        .year(t.year())
                        .judgement(meet ? Observation.Judgement.MET : Observation.Judgement.NOT_MET)
                        .build());
                continue;
            }
            BigDecimal v = t.value().orElseThrow();
            if (t.comparison() == Comparison.REDUCTION) {
                int base = t.baseline().flatMap(Baseline::year).orElseThrow();
                observations.add(Observation.builder()
                        .target(t.id())
                        .year(base)
                        .value(HUNDRED)
                        .build());
                v = HUNDRED.subtract(meet ? v.add(BigDecimal.ONE) : v.subtract(BigDecimal.ONE));
            } else if (t.comparison() == Comparison.MORE_THAN) {
                v = meet ? v.add(BigDecimal.ONE) : v;
            } else {
                v = meet ? v : v.subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
            }
            for (int y = first(t); y <= t.year(); y++) {
                observations.add(
                        Observation.builder().target(t.id()).year(y).value(v).build());
            }
        }
        Scorecard card = evaluator.scorecard(observations, AS_OF);
        List<Result> plain = bigDecimal();
        for (int i = 0; i < targets.size(); i++) {
            Attainment a = card.attainments().get(i);
            Result r = plain.get(i);
            if (a.verdict() != r.verdict()
                    || !same(a.observed().orElse(null), r.measured())
                    || !same(a.ratio().orElse(null), r.ratio())
                    || !same(a.gap().orElse(null), r.gap())) {
                throw new IllegalStateException(
                        "attainment of " + r.target() + ": the SDK " + a + ", the baseline " + r);
            }
        }
    }

    /** The SDK: a scorecard of every target (checks, verdicts, ratios, gaps, reasons, tallies). */
    @Benchmark
    public Scorecard sdk() {
        return evaluator.scorecard(observations, AS_OF);
    }

    /** The baseline: the comparisons by hand, in plain BigDecimal. */
    @Benchmark
    public List<Result> bigDecimal() {
        Map<String, Map<Integer, Observation>> byTarget = new HashMap<>();
        for (Observation o : observations) {
            byTarget.computeIfAbsent(o.target(), k -> new HashMap<>()).put(o.year(), o);
        }
        List<Result> results = new ArrayList<>(targets.size());
        for (Target t : targets) {
            Map<Integer, Observation> obs = byTarget.getOrDefault(t.id(), Map.of());
            if (judged(t)) {
                Observation o = obs.get(t.year());
                results.add(new Result(
                        t.id(),
                        o.judgement().orElseThrow() == Observation.Judgement.MET
                                ? Attainment.Verdict.MET
                                : Attainment.Verdict.NOT_MET,
                        null,
                        null,
                        null));
                continue;
            }
            BigDecimal measured;
            boolean met = true;
            Period period = t.period();
            if (period == Period.EACH_YEAR || period == Period.MAINTAIN) {
                measured = null;
                for (int y = first(t); y <= t.year(); y++) {
                    BigDecimal v = obs.get(y).value().orElseThrow();
                    met &= satisfies(t, v);
                    measured = measured == null || v.compareTo(measured) < 0 ? v : measured;
                }
            } else if (period == Period.CUMULATIVE) {
                measured = BigDecimal.ZERO;
                for (int y = first(t); y <= t.year(); y++) {
                    measured = measured.add(obs.get(y).value().orElseThrow());
                }
                met = satisfies(t, measured);
            } else {
                measured = obs.get(t.year()).value().orElseThrow();
                if (t.comparison() == Comparison.REDUCTION) {
                    BigDecimal b = obs.get(t.baseline().flatMap(Baseline::year).orElseThrow())
                            .value()
                            .orElseThrow();
                    measured = b.subtract(measured).multiply(HUNDRED).divide(b, 4, RoundingMode.HALF_UP);
                }
                met = satisfies(t, measured);
            }
            BigDecimal ref = t.value().orElseThrow();
            BigDecimal ratio;
            if (t.comparison() == Comparison.FROM_TO) {
                BigDecimal from = t.baseline().flatMap(Baseline::value).orElseThrow();
                ratio = measured.subtract(from).divide(ref.subtract(from), 4, RoundingMode.HALF_UP);
            } else {
                ratio = ref.signum() == 0 ? null : measured.divide(ref, 4, RoundingMode.HALF_UP);
            }
            BigDecimal gap = t.comparison() == Comparison.MORE_THAN
                    ? (measured.compareTo(ref) > 0 ? BigDecimal.ZERO : ref.subtract(measured))
                    : ref.subtract(measured).max(BigDecimal.ZERO);
            results.add(new Result(
                    t.id(), met ? Attainment.Verdict.MET : Attainment.Verdict.NOT_MET, measured, ratio, gap));
        }
        return results;
    }

    private static boolean satisfies(Target t, BigDecimal v) {
        int c = v.compareTo(t.value().orElseThrow());
        switch (t.comparison()) {
            case MORE_THAN:
                return c > 0;
            case BETWEEN:
                return c >= 0 && v.compareTo(t.upper().orElseThrow()) <= 0;
            case ABOUT:
                return v.subtract(t.value().orElseThrow())
                                .abs()
                                .compareTo(t.tolerance().orElseThrow())
                        <= 0;
            default:
                return c >= 0;
        }
    }

    /** Targets without a number, or whose number needs an assumption the analyst has not made. */
    private static boolean judged(Target t) {
        Comparison c = t.comparison();
        return c == Comparison.QUALITATIVE
                || c == Comparison.FULL_COVERAGE
                || c == Comparison.WITHIN_QUOTA
                || (c == Comparison.ABOUT && t.tolerance().isEmpty());
    }

    private static int first(Target t) {
        Period p = t.period();
        return p == Period.EACH_YEAR || p == Period.MAINTAIN || p == Period.CUMULATIVE
                ? t.fromYear().orElseThrow()
                : t.year();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
