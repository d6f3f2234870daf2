package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Baseline;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.Period;
import dev.zhengce.policy.model.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Measures targets against observed values, reading each comparison exactly as the Chinese
 * wording says ({@code docs/reading.md}; Civil Code art. 1259): 以上 includes the number, 超过
 * and 突破 exclude it, 2至4家 includes both ends, 左右 needs a stated tolerance, 比2016年降低18% is
 * a reduction of at least 18 % of the 2016 level (decided exactly, from the levels), 每年 and 保持
 * must hold in every year, 累计 sums the years.
 *
 * <p>Before the target year, a target is compared with its expected trajectory: the value the
 * text states for that year where it states one, otherwise a straight line from the last
 * stated value (or the baseline) to the target. Ratios, achieved reductions and trajectory
 * values are shown to four decimals, half up. An observation that looks like a fraction given
 * for a percentage (0.25 against a target of 15 %) is measured as given, with a caution in the
 * reason: a real value is never refused. Immutable and thread-safe.
 *
 * <p>This class walks the targets and picks the observations; the rest has a class of its
 * own: the checks of the rows ({@code ObservationChecks}), the expected trajectories
 * ({@code Trajectory}) and the reading of each comparison against a value
 * ({@code ComparisonReading}).
 */
public final class AttainmentEvaluator {
    static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Catalog catalog;
    private final ObservationChecks checks;
    private final Trajectory trajectory;
    private final ComparisonReading reading;

    private AttainmentEvaluator(Catalog catalog, Assumptions assumptions) {
        this.catalog = catalog;
        this.checks = new ObservationChecks(catalog);
        this.trajectory = new Trajectory(catalog);
        this.reading = new ComparisonReading(assumptions);
    }

    /**
     * Obtains an evaluator of a catalog's targets, with no assumptions.
     *
     * @param catalog the catalog
     * @return the evaluator
     */
    public static AttainmentEvaluator of(Catalog catalog) {
        return new AttainmentEvaluator(Objects.requireNonNull(catalog, "catalog"), Assumptions.none());
    }

    /**
     * Returns an evaluator with the analyst's assumptions (tolerances, thresholds, quotas).
     *
     * @param assumptions the assumptions
     * @return the evaluator
     * @throws InvalidInputException if an assumption names an unknown target
     */
    public AttainmentEvaluator with(Assumptions assumptions) {
        Objects.requireNonNull(assumptions, "assumptions");
        assumptions.tolerances().keySet().forEach(catalog::target);
        assumptions.thresholds().keySet().forEach(catalog::target);
        assumptions.quotas().keySet().forEach(catalog::target);
        return new AttainmentEvaluator(catalog, assumptions);
    }

    /** {@return the catalog} */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * Checks observations against the catalog, row by row: the target exists, the year is
     * within the notice's horizon (or a baseline year), one row per target and year, and the
     * value fits the unit it is observed in ({@link Target#observedUnit()}): counts are whole
     * and not negative, amounts, tonnes and levels are not negative, a target without a number
     * takes a judgement. Percentages and percentage points may be anything — a growth rate can
     * fall, a share can be tiny — so none is refused; one that looks like a fraction is measured
     * with a caution ({@link Attainment#reason()}).
     *
     * @param observations the rows
     * @throws InvalidInputException naming the row and the field
     */
    public void check(List<Observation> observations) {
        checks.check(observations);
    }

    /**
     * Evaluates every target of the catalog.
     *
     * @param observations the observations, checked first
     * @param asOf         the year the evaluation is as of
     * @return the scorecard
     */
    public Scorecard scorecard(List<Observation> observations, int asOf) {
        check(observations);
        Map<String, Map<Integer, Observation>> byTarget = new HashMap<>();
        for (Observation o : observations) {
            byTarget.computeIfAbsent(o.target(), k -> new TreeMap<>()).put(o.year(), o);
        }
        List<Attainment> list = new ArrayList<>();
        for (Target t : catalog.targets()) {
            list.add(evaluate(t, byTarget.getOrDefault(t.id(), Map.of()), asOf));
        }
        return new Scorecard(catalog, list, asOf);
    }

    /**
     * Evaluates one target.
     *
     * @param target       the target
     * @param observations its observations (others are ignored)
     * @param asOf         the year the evaluation is as of
     * @return the attainment
     */
    public Attainment evaluate(Target target, List<Observation> observations, int asOf) {
        check(observations);
        Map<Integer, Observation> byYear = new TreeMap<>();
        observations.stream().filter(o -> o.target().equals(target.id())).forEach(o -> byYear.put(o.year(), o));
        return evaluate(target, byYear, asOf);
    }

    private Attainment evaluate(Target t, Map<Integer, Observation> obs, int asOf) {
        Attainment a = measure(t, obs, asOf);
        List<Text> cautions = new ArrayList<>();
        for (Observation o : obs.values()) {
            Text c = ObservationChecks.caution(t, o);
            if (c != null) {
                cautions.add(c);
            }
        }
        if (cautions.isEmpty()) {
            return a;
        }
        List<Object> parts = new ArrayList<>();
        parts.add(a.words());
        parts.addAll(cautions);
        return new Attainment(
                t,
                a.verdict(),
                asOf,
                a.observed().orElse(null),
                a.expected().orElse(null),
                a.ratio().orElse(null),
                a.gap().orElse(null),
                new Text.Joined("attainment.caution", parts));
    }

    private Attainment measure(Target t, Map<Integer, Observation> obs, int asOf) {
        Comparison c = t.comparison();
        if (c == Comparison.QUALITATIVE || reading.needsAssumption(t)) {
            Observation judged = latest(obs, Math.max(asOf, t.year()), true);
            if (judged != null && judged.judgement().isPresent()) {
                boolean met = judged.judgement().get() == Observation.Judgement.MET;
                return result(
                        t,
                        met ? Attainment.Verdict.MET : Attainment.Verdict.NOT_MET,
                        asOf,
                        null,
                        null,
                        null,
                        null,
                        new Text("attainment.judged", judged.year()));
            }
            return result(
                    t,
                    Attainment.Verdict.NEEDS_JUDGEMENT,
                    asOf,
                    null,
                    null,
                    null,
                    null,
                    c == Comparison.QUALITATIVE
                            ? new Text("attainment.qualitative")
                            : new Text("attainment.needsNumber", new Text(ComparisonReading.missingWord(c))));
        }
        switch (t.period()) {
            case EACH_YEAR:
            case MAINTAIN:
                return eachYear(t, obs, asOf);
            case CUMULATIVE:
                return cumulative(t, obs, asOf);
            default:
                return byYear(t, obs, asOf);
        }
    }

    private Attainment byYear(Target t, Map<Integer, Observation> obs, int asOf) {
        boolean due = asOf >= t.year();
        if (!due && t.period() == Period.IN_YEAR) {
            return result(
                    t,
                    Attainment.Verdict.NO_DATA,
                    asOf,
                    null,
                    null,
                    null,
                    null,
                    new Text("attainment.notDue", t.year()));
        }
        Observation o = due ? obs.get(t.year()) : latest(obs, asOf, false);
        if (o == null || o.value().isEmpty()) {
            return result(
                    t,
                    Attainment.Verdict.NO_DATA,
                    asOf,
                    null,
                    null,
                    null,
                    null,
                    due
                            ? new Text("attainment.noObservation", t.year())
                            : new Text("attainment.noObservationUpTo", asOf));
        }
        BigDecimal value = o.value().get();
        BigDecimal measured = value;
        boolean met;
        Object levels = "";
        if (t.comparison() == Comparison.REDUCTION) {
            int baseYear = t.baseline().flatMap(Baseline::year).orElseThrow();
            Observation base = obs.get(baseYear);
            if (base == null || base.value().isEmpty() || base.value().get().signum() == 0) {
                return result(
                        t,
                        Attainment.Verdict.NO_DATA,
                        asOf,
                        null,
                        null,
                        null,
                        null,
                        new Text("attainment.noBaseline", baseYear));
            }
            BigDecimal b = base.value().get();
            BigDecimal cut = b.subtract(value).multiply(HUNDRED);
            measured = cut.divide(b, SCALE, RoundingMode.HALF_UP);
            // decided from the levels, exactly: (b − v) × 100 ≥ X × b, never from the rounded percentage
            met = cut.compareTo(t.value().orElseThrow().multiply(b)) >= 0;
            levels = new Text(
                    "attainment.levels",
                    baseYear,
                    Decimals.plain(b),
                    o.year(),
                    Decimals.plain(value),
                    t.observedUnit());
        } else {
            met = reading.satisfies(t, measured);
        }
        BigDecimal ratio = reading.ratio(t, measured);
        BigDecimal gap = reading.gap(t, measured);
        if (due) {
            return result(
                    t,
                    met ? Attainment.Verdict.MET : Attainment.Verdict.NOT_MET,
                    asOf,
                    measured,
                    null,
                    ratio,
                    gap,
                    new Text("attainment.due", t.year(), reading.describe(t, measured), levels));
        }
        if (met) {
            return result(
                    t,
                    Attainment.Verdict.ON_TRACK,
                    asOf,
                    measured,
                    null,
                    ratio,
                    gap,
                    new Text("attainment.alreadyAt", o.year(), t.year(), levels));
        }
        BigDecimal expected = trajectory.expected(t, o.year());
        if (expected == null) {
            return result(
                    t,
                    Attainment.Verdict.NEEDS_JUDGEMENT,
                    asOf,
                    measured,
                    null,
                    ratio,
                    gap,
                    new Text("attainment.noTrajectory", o.year()));
        }
        boolean ahead = ComparisonReading.increasing(t.comparison())
                ? measured.compareTo(expected) >= 0
                : measured.compareTo(expected) <= 0;
        return result(
                t,
                ahead ? Attainment.Verdict.ON_TRACK : Attainment.Verdict.BEHIND,
                asOf,
                measured,
                expected,
                ratio,
                gap,
                new Text(
                        "attainment.trajectory", o.year(), Decimals.plain(measured), Decimals.plain(expected), levels));
    }

    private Attainment eachYear(Target t, Map<Integer, Observation> obs, int asOf) {
        int from = t.fromYear().orElseThrow();
        int to = Math.min(t.year(), asOf);
        List<Integer> missing = new ArrayList<>();
        List<Integer> failed = new ArrayList<>();
        BigDecimal worst = null;
        for (int y = from; y <= to; y++) {
            Observation o = obs.get(y);
            if (o == null || o.value().isEmpty()) {
                missing.add(y);
                continue;
            }
            BigDecimal v = o.value().get();
            if (!reading.satisfies(t, v)) {
                failed.add(y);
            }
            if (worst == null
                    || (ComparisonReading.increasing(t.comparison())
                            ? v.compareTo(worst) < 0
                            : v.compareTo(worst) > 0)) {
                worst = v;
            }
        }
        if (!failed.isEmpty()) {
            return result(
                    t,
                    Attainment.Verdict.NOT_MET,
                    asOf,
                    worst,
                    null,
                    reading.ratio(t, worst),
                    reading.gap(t, worst),
                    new Text("attainment.failedYears", failed.toString()));
        }
        if (to < from) {
            return result(
                    t,
                    Attainment.Verdict.NO_DATA,
                    asOf,
                    null,
                    null,
                    null,
                    null,
                    new Text("attainment.appliesFrom", from));
        }
        if (!missing.isEmpty()) {
            return result(
                    t,
                    Attainment.Verdict.NO_DATA,
                    asOf,
                    worst,
                    null,
                    null,
                    null,
                    new Text("attainment.missingYears", missing.toString()));
        }
        boolean done = asOf >= t.year();
        return result(
                t,
                done ? Attainment.Verdict.MET : Attainment.Verdict.ON_TRACK,
                asOf,
                worst,
                null,
                reading.ratio(t, worst),
                reading.gap(t, worst),
                new Text("attainment.everyYear", from, to));
    }

    private Attainment cumulative(Target t, Map<Integer, Observation> obs, int asOf) {
        int from = t.fromYear().orElseThrow();
        int to = Math.min(t.year(), asOf);
        BigDecimal sum = BigDecimal.ZERO;
        int counted = 0;
        for (int y = from; y <= to; y++) {
            Observation o = obs.get(y);
            if (o != null && o.value().isPresent()) {
                sum = sum.add(o.value().get());
                counted++;
            }
        }
        if (counted == 0) {
            return result(
                    t,
                    Attainment.Verdict.NO_DATA,
                    asOf,
                    null,
                    null,
                    null,
                    null,
                    new Text("attainment.noObservationIn", from, to));
        }
        boolean met = reading.satisfies(t, sum);
        if (asOf >= t.year() || met) {
            return result(
                    t,
                    met
                            ? (asOf >= t.year() ? Attainment.Verdict.MET : Attainment.Verdict.ON_TRACK)
                            : Attainment.Verdict.NOT_MET,
                    asOf,
                    sum,
                    null,
                    reading.ratio(t, sum),
                    reading.gap(t, sum),
                    new Text("attainment.cumulative", from, to, Decimals.plain(sum)));
        }
        BigDecimal expected = Trajectory.cumulative(t, from, to);
        boolean ahead = sum.compareTo(expected) >= 0;
        return result(
                t,
                ahead ? Attainment.Verdict.ON_TRACK : Attainment.Verdict.BEHIND,
                asOf,
                sum,
                expected,
                reading.ratio(t, sum),
                reading.gap(t, sum),
                new Text("attainment.cumulativeTrajectory", Decimals.plain(sum), Decimals.plain(expected)));
    }

    private static Observation latest(Map<Integer, Observation> obs, int upTo, boolean judgement) {
        Observation found = null;
        for (Observation o : obs.values()) {
            if (o.year() <= upTo
                    && (judgement ? o.judgement().isPresent() : o.value().isPresent())) {
                found = o;
            }
        }
        return found;
    }

    private static Attainment result(
            Target t,
            Attainment.Verdict v,
            int asOf,
            BigDecimal observed,
            BigDecimal expected,
            BigDecimal ratio,
            BigDecimal gap,
            Object reason) {
        return new Attainment(t, v, asOf, observed, expected, ratio, gap, reason);
    }
}
