package dev.zhengce.policy.calc;

import static dev.zhengce.policy.calc.AttainmentEvaluator.SCALE;

import dev.zhengce.policy.model.Baseline;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.Period;
import dev.zhengce.policy.model.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a target is expected to be before its year: the value the text states for that year,
 * or a straight line drawn from what the catalog states earlier (a milestone of the same
 * indicator, the baseline) to the target, at {@value AttainmentEvaluator#SCALE} decimals, half up.
 */
final class Trajectory {
    private final Catalog catalog;

    Trajectory(Catalog catalog) {
        this.catalog = catalog;
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
        t.baseline()
                .ifPresent(b -> b.value()
                        .ifPresent(v ->
                                anchors.put(b.year().orElse(catalog.notice().firstYear() - 1), v)));
        for (Target other : catalog.targets()) {
            if (other != t
                    && other.indicator().equals(t.indicator())
                    && other.period() == Period.BY_YEAR
                    && other.year() < t.year()
                    && other.value().isPresent()
                    && other.unit() == t.unit()) {
                anchors.merge(
                        other.year(),
                        other.value().get(),
                        (a, b) -> ComparisonReading.increasing(t.comparison()) ? a.max(b) : a.min(b));
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
        return before.getValue()
                .add(target.subtract(before.getValue())
                        .multiply(BigDecimal.valueOf(year - before.getKey()))
                        .divide(BigDecimal.valueOf(t.year() - before.getKey()), SCALE, RoundingMode.HALF_UP));
    }

    /**
     * The expected cumulative value after the years {@code from}–{@code to}: a cumulative count
     * starts from zero, so the straight line from nothing before the first year to the target.
     */
    static BigDecimal cumulative(Target t, int from, int to) {
        return t.value()
                .orElseThrow()
                .multiply(BigDecimal.valueOf(to - from + 1))
                .divide(BigDecimal.valueOf(t.year() - from + 1), SCALE, RoundingMode.HALF_UP);
    }
}
