package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Baseline;
import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.Period;
import dev.zhengce.policy.model.Target;
import dev.zhengce.policy.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures targets against observed values, reading each comparison exactly as the Chinese
 * wording says (DOMAIN.md §6): 以上 includes the number, 超过 and 突破 exclude it, 2至4家
 * includes both ends, 左右 needs a stated tolerance, 比2016年降低18% is a reduction of at least
 * 18 % against the 2016 level, 每年 and 保持 must hold in every year, 累计 sums the years.
 *
 * <p>Before the target year, a target is compared with its expected trajectory: the value the
 * text states for that year where it states one, otherwise a straight line from the last
 * stated value (or the baseline) to the target. Ratios and trajectory values are rounded to
 * four decimals, half up. Immutable and thread-safe.
 */
public final class AttainmentEvaluator {
    static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Catalog catalog;
    private final Assumptions assumptions;
    private final int earliestYear;

    private AttainmentEvaluator(Catalog catalog, Assumptions assumptions) {
        this.catalog = catalog;
        this.assumptions = assumptions;
        int earliest = catalog.notice().firstYear() - 1;
        for (Target t : catalog.targets()) {
            earliest = Math.min(earliest, t.baseline().flatMap(Baseline::year).orElse(earliest));
        }
        this.earliestYear = earliest;
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

    /** Returns the catalog. */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * Checks observations against the catalog, row by row: the target exists, the year is
     * within the notice's horizon (or a baseline year), counts are whole and not negative,
     * percentages are given as points (25 for 25 %, not 0.25), one row per target and year.
     *
     * @param observations the rows
     * @throws InvalidInputException naming the row and the field
     */
    public void check(List<Observation> observations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            String row = "observations[" + i + "]";
            Target t;
            try {
                t = catalog.target(o.target());
            } catch (InvalidInputException e) {
                throw new InvalidInputException(row + ".target", o.target(), "no target with this id in the catalog", e);
            }
            if (o.year() < earliestYear || o.year() > catalog.notice().lastYear()) {
                throw new InvalidInputException(row + ".year", Integer.toString(o.year()),
                        "year must be within " + earliestYear + ".." + catalog.notice().lastYear());
            }
            if (!seen.add(o.target() + "@" + o.year())) {
                throw new InvalidInputException(row, o.target() + " " + o.year(), "a second row for the same target and year");
            }
            if (o.value().isPresent()) {
                BigDecimal v = o.value().get();
                if (t.unit() == Unit.NONE) {
                    throw new InvalidInputException(row + ".value", v.toPlainString(),
                            "target " + t.id() + " has no number; record a judgement");
                }
                if (t.unit() == Unit.COUNT && (v.signum() < 0 || v.stripTrailingZeros().scale() > 0)) {
                    throw new InvalidInputException(row + ".value", v.toPlainString(), "a count is a whole number, not negative");
                }
                if (t.unit() == Unit.YUAN && v.signum() < 0) {
                    throw new InvalidInputException(row + ".value", v.toPlainString(), "an amount is not negative");
                }
                if ((t.unit() == Unit.PERCENT || t.unit() == Unit.PERCENTAGE_POINTS) && v.signum() != 0
                        && v.abs().compareTo(BigDecimal.ONE) < 0
                        && t.value().map(x -> x.compareTo(BigDecimal.ONE) >= 0).orElse(false)) {
                    throw new InvalidInputException(row + ".value", v.toPlainString(), "looks like a fraction: target "
                            + t.id() + " is in " + t.unit() + ", give 25 for 25 %, not 0.25");
                }
                if (t.unit() == Unit.PERCENT && v.compareTo(BigDecimal.valueOf(1000)) > 0) {
                    throw new InvalidInputException(row + ".value", v.toPlainString(),
                            "more than 1000 percent: give percent as points (25 for 25 %)");
                }
            }
        }
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
        Comparison c = t.comparison();
        if (c == Comparison.QUALITATIVE || needsAssumption(t)) {
            Observation judged = latest(obs, Math.max(asOf, t.year()), true);
            if (judged != null && judged.judgement().isPresent()) {
                boolean met = judged.judgement().get() == Observation.Judgement.MET;
                return result(t, met ? Attainment.Verdict.MET : Attainment.Verdict.NOT_MET, asOf, null, null, null, null,
                        Bilingual.of("分析人员判断（" + judged.year() + "年）", "the analyst's judgement (" + judged.year() + ")"));
            }
            return result(t, Attainment.Verdict.NEEDS_JUDGEMENT, asOf, null, null, null, null, c == Comparison.QUALITATIVE
                    ? Bilingual.of("定性目标，需要判断", "qualitative: needs a judgement")
                    : Bilingual.of("文件未给出" + missingWord(c) + "，需要分析人员说明", "the notice states no "
                            + missingWordEn(c) + ": the analyst must state one"));
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
            return result(t, Attainment.Verdict.NO_DATA, asOf, null, null, null, null,
                    Bilingual.of(t.year() + "年的任务，尚未到期", "a task of " + t.year() + ", not due yet"));
        }
        Observation o = due ? obs.get(t.year()) : latest(obs, asOf, false);
        if (o == null || o.value().isEmpty()) {
            return result(t, Attainment.Verdict.NO_DATA, asOf, null, null, null, null, due
                    ? Bilingual.of(t.year() + "年无观测值", "no observation for " + t.year())
                    : Bilingual.of(asOf + "年及以前无观测值", "no observation up to " + asOf));
        }
        BigDecimal value = o.value().get();
        BigDecimal measured = value;
        if (t.comparison() == Comparison.REDUCTION) {
            int baseYear = t.baseline().flatMap(Baseline::year).orElseThrow();
            Observation base = obs.get(baseYear);
            if (base == null || base.value().isEmpty() || base.value().get().signum() == 0) {
                return result(t, Attainment.Verdict.NO_DATA, asOf, null, null, null, null,
                        Bilingual.of("缺少基准年" + baseYear + "年的观测值", "no observation for the baseline year " + baseYear));
            }
            BigDecimal b = base.value().get();
            measured = b.subtract(value).multiply(HUNDRED).divide(b, SCALE, RoundingMode.HALF_UP);
        }
        boolean met = satisfies(t, measured);
        BigDecimal ratio = ratio(t, measured);
        BigDecimal gap = gap(t, measured);
        if (due) {
            return result(t, met ? Attainment.Verdict.MET : Attainment.Verdict.NOT_MET, asOf, measured, null, ratio, gap,
                    Bilingual.of(t.year() + "年：" + describe(t, measured, true), t.year() + ": " + describe(t, measured, false)));
        }
        if (met) {
            return result(t, Attainment.Verdict.ON_TRACK, asOf, measured, null, ratio, gap,
                    Bilingual.of(o.year() + "年已达到" + t.year() + "年目标", o.year() + ": already at the " + t.year() + " target"));
        }
        BigDecimal expected = expected(t, o.year());
        if (expected == null) {
            return result(t, Attainment.Verdict.NEEDS_JUDGEMENT, asOf, measured, null, ratio, gap,
                    Bilingual.of("文件未给出" + o.year() + "年的进度，也无基准值", "the notice gives no value for "
                            + o.year() + " and no baseline to draw a trajectory from"));
        }
        boolean ahead = increasing(t.comparison()) ? measured.compareTo(expected) >= 0 : measured.compareTo(expected) <= 0;
        return result(t, ahead ? Attainment.Verdict.ON_TRACK : Attainment.Verdict.BEHIND, asOf, measured, expected, ratio,
                gap, Bilingual.of(o.year() + "年实际 " + Decimals.plain(measured) + "，按进度应达 " + Decimals.plain(expected),
                        o.year() + ": actual " + Decimals.plain(measured) + ", expected on the trajectory " + Decimals.plain(expected)));
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
            if (!satisfies(t, v)) {
                failed.add(y);
            }
            if (worst == null || (increasing(t.comparison()) ? v.compareTo(worst) < 0 : v.compareTo(worst) > 0)) {
                worst = v;
            }
        }
        if (!failed.isEmpty()) {
            return result(t, Attainment.Verdict.NOT_MET, asOf, worst, null, ratio(t, worst), gap(t, worst),
                    Bilingual.of("以下年份未达到：" + failed, "not attained in " + failed));
        }
        if (to < from) {
            return result(t, Attainment.Verdict.NO_DATA, asOf, null, null, null, null,
                    Bilingual.of(from + "年起执行", "applies from " + from));
        }
        if (!missing.isEmpty()) {
            return result(t, Attainment.Verdict.NO_DATA, asOf, worst, null, null, null,
                    Bilingual.of("以下年份无观测值：" + missing, "no observation for " + missing));
        }
        boolean done = asOf >= t.year();
        return result(t, done ? Attainment.Verdict.MET : Attainment.Verdict.ON_TRACK, asOf, worst, null, ratio(t, worst),
                gap(t, worst), Bilingual.of(from + "–" + to + "年每年均达到", "attained in every year " + from + "–" + to));
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
            return result(t, Attainment.Verdict.NO_DATA, asOf, null, null, null, null,
                    Bilingual.of(from + "–" + to + "年无观测值", "no observation for " + from + "–" + to));
        }
        boolean met = satisfies(t, sum);
        if (asOf >= t.year() || met) {
            return result(t, met ? (asOf >= t.year() ? Attainment.Verdict.MET : Attainment.Verdict.ON_TRACK)
                    : Attainment.Verdict.NOT_MET, asOf, sum, null, ratio(t, sum), gap(t, sum),
                    Bilingual.of(from + "–" + to + "年累计 " + Decimals.plain(sum), "cumulative " + from + "–" + to + ": " + Decimals.plain(sum)));
        }
        // a cumulative count starts from zero: the straight line from nothing before the first year
        BigDecimal expected = t.value().orElseThrow().multiply(BigDecimal.valueOf(to - from + 1))
                .divide(BigDecimal.valueOf(t.year() - from + 1), SCALE, RoundingMode.HALF_UP);
        boolean ahead = sum.compareTo(expected) >= 0;
        return result(t, ahead ? Attainment.Verdict.ON_TRACK : Attainment.Verdict.BEHIND, asOf, sum, expected,
                ratio(t, sum), gap(t, sum), Bilingual.of("累计 " + Decimals.plain(sum) + "，按进度应达 " + Decimals.plain(expected),
                        "cumulative " + Decimals.plain(sum) + ", expected on the trajectory " + Decimals.plain(expected)));
    }

    /**
     * The expected value in a year before the target year: the value the text states for that
     * year for the same indicator, or a straight line to the target from the last earlier stated
     * value or the baseline. {@code null} where there is nothing to draw from.
     */
    BigDecimal expected(Target t, int year) {
        TreeMap<Integer, BigDecimal> anchors = new TreeMap<>();
        if (t.comparison() == Comparison.REDUCTION) {
            // no reduction yet in the baseline year
            anchors.put(t.baseline().flatMap(Baseline::year).orElseThrow(), BigDecimal.ZERO);
        }
        t.baseline().ifPresent(b -> b.value().ifPresent(v ->
                anchors.put(b.year().orElse(catalog.notice().firstYear() - 1), v)));
        for (Target other : catalog.targets()) {
            if (other != t && other.indicator().equals(t.indicator()) && other.period() == Period.BY_YEAR
                    && other.year() < t.year() && other.value().isPresent() && other.unit() == t.unit()) {
                anchors.merge(other.year(), other.value().get(), (a, b) -> increasing(t.comparison()) ? a.max(b) : a.min(b));
            }
        }
        if (anchors.containsKey(year)) {
            return anchors.get(year);
        }
        Map.Entry<Integer, BigDecimal> before = anchors.floorEntry(year);
        if (before == null || t.value().isEmpty()) {
            return null;
        }
        BigDecimal target = t.value().get();
        return before.getValue().add(target.subtract(before.getValue()).multiply(BigDecimal.valueOf(year - before.getKey()))
                .divide(BigDecimal.valueOf(t.year() - before.getKey()), SCALE, RoundingMode.HALF_UP));
    }

    private boolean needsAssumption(Target t) {
        switch (t.comparison()) {
            case ABOUT:
                return t.tolerance().isEmpty() && !assumptions.tolerances().containsKey(t.id());
            case FULL_COVERAGE:
                return !assumptions.thresholds().containsKey(t.id());
            case WITHIN_QUOTA:
                return !assumptions.quotas().containsKey(t.id());
            default:
                return false;
        }
    }

    /** The comparison, exactly as worded. */
    boolean satisfies(Target t, BigDecimal v) {
        switch (t.comparison()) {
            case AT_LEAST:
            case FROM_TO:
            case REDUCTION:
                return v.compareTo(t.value().orElseThrow()) >= 0;
            case MORE_THAN:
                return v.compareTo(t.value().orElseThrow()) > 0;
            case AT_MOST:
                return v.compareTo(t.value().orElseThrow()) <= 0;
            case LESS_THAN:
                return v.compareTo(t.value().orElseThrow()) < 0;
            case BETWEEN:
                return v.compareTo(t.value().orElseThrow()) >= 0 && v.compareTo(t.upper().orElseThrow()) <= 0;
            case ABOUT:
                return v.subtract(t.value().orElseThrow()).abs().compareTo(tolerance(t)) <= 0;
            case FULL_COVERAGE:
                return v.compareTo(assumptions.thresholds().get(t.id())) >= 0;
            case WITHIN_QUOTA:
                return v.compareTo(assumptions.quotas().get(t.id())) <= 0;
            default:
                throw new IllegalStateException(t.comparison().name());
        }
    }

    private BigDecimal tolerance(Target t) {
        return t.tolerance().orElseGet(() -> assumptions.tolerances().get(t.id()));
    }

    private BigDecimal reference(Target t) {
        switch (t.comparison()) {
            case FULL_COVERAGE:
                return assumptions.thresholds().get(t.id());
            case WITHIN_QUOTA:
                return assumptions.quotas().get(t.id());
            default:
                return t.value().orElseThrow();
        }
    }

    private BigDecimal ratio(Target t, BigDecimal v) {
        if (t.comparison() == Comparison.FROM_TO) {
            BigDecimal from = t.baseline().flatMap(Baseline::value).orElseThrow();
            BigDecimal span = t.value().orElseThrow().subtract(from);
            return span.signum() == 0 ? null : v.subtract(from).divide(span, SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal ref = reference(t);
        return ref.signum() == 0 ? null : v.divide(ref, SCALE, RoundingMode.HALF_UP);
    }

    private BigDecimal gap(Target t, BigDecimal v) {
        BigDecimal ref = reference(t);
        switch (t.comparison()) {
            case AT_MOST:
            case LESS_THAN:
            case WITHIN_QUOTA:
                return v.subtract(ref).max(BigDecimal.ZERO);
            case BETWEEN:
                return v.compareTo(ref) < 0 ? ref.subtract(v) : v.subtract(t.upper().orElseThrow()).max(BigDecimal.ZERO);
            case ABOUT:
                return v.subtract(ref).abs().subtract(tolerance(t)).max(BigDecimal.ZERO);
            case MORE_THAN:
                return v.compareTo(ref) > 0 ? BigDecimal.ZERO : ref.subtract(v);
            default:
                return ref.subtract(v).max(BigDecimal.ZERO);
        }
    }

    private static boolean increasing(Comparison c) {
        return c != Comparison.AT_MOST && c != Comparison.LESS_THAN && c != Comparison.WITHIN_QUOTA;
    }

    private static Observation latest(Map<Integer, Observation> obs, int upTo, boolean judgement) {
        Observation found = null;
        for (Observation o : obs.values()) {
            if (o.year() <= upTo && (judgement ? o.judgement().isPresent() : o.value().isPresent())) {
                found = o;
            }
        }
        return found;
    }

    private String describe(Target t, BigDecimal v, boolean zh) {
        String target = t.comparison().symbol() + " " + Decimals.plain(reference(t))
                + t.upper().map(u -> "–" + Decimals.plain(u)).orElse("");
        return (zh ? "实际 " : "actual ") + Decimals.plain(v) + (zh ? "，目标 " : ", target ") + target;
    }


    private static String missingWord(Comparison c) {
        return c == Comparison.ABOUT ? "“左右”的容差" : c == Comparison.FULL_COVERAGE ? "“基本全覆盖”的门槛" : "下达的指标";
    }

    private static String missingWordEn(Comparison c) {
        return c == Comparison.ABOUT ? "tolerance for 左右" : c == Comparison.FULL_COVERAGE
                ? "threshold for basically full coverage" : "assigned quota";
    }

    private static Attainment result(Target t, Attainment.Verdict v, int asOf, BigDecimal observed, BigDecimal expected,
            BigDecimal ratio, BigDecimal gap, Bilingual reason) {
        return new Attainment(t, v, asOf, observed, expected, ratio, gap, reason);
    }
}
