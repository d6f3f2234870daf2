package dev.zhengce.policy.calc;

import static dev.zhengce.policy.calc.AttainmentEvaluator.SCALE;

import dev.zhengce.policy.model.Baseline;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A target's comparison read against a value, exactly as the Chinese wording says
 * ({@link Comparison}), with the analyst's assumptions where the text leaves a number open
 * (a tolerance for 左右, a threshold for 基本实现全覆盖, a quota): whether a value satisfies it,
 * the ratio and the gap to the target, and the target as written in a reason.
 */
final class ComparisonReading {
    private final Assumptions assumptions;

    ComparisonReading(Assumptions assumptions) {
        this.assumptions = assumptions;
    }

    boolean needsAssumption(Target t) {
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
                return v.compareTo(t.value().orElseThrow()) >= 0
                        && v.compareTo(t.upper().orElseThrow()) <= 0;
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

    BigDecimal reference(Target t) {
        switch (t.comparison()) {
            case FULL_COVERAGE:
                return assumptions.thresholds().get(t.id());
            case WITHIN_QUOTA:
                return assumptions.quotas().get(t.id());
            default:
                return t.value().orElseThrow();
        }
    }

    BigDecimal ratio(Target t, BigDecimal v) {
        if (t.comparison() == Comparison.FROM_TO) {
            BigDecimal from = t.baseline().flatMap(Baseline::value).orElseThrow();
            BigDecimal span = t.value().orElseThrow().subtract(from);
            return span.signum() == 0 ? null : v.subtract(from).divide(span, SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal ref = reference(t);
        return ref.signum() == 0 ? null : v.divide(ref, SCALE, RoundingMode.HALF_UP);
    }

    BigDecimal gap(Target t, BigDecimal v) {
        BigDecimal ref = reference(t);
        switch (t.comparison()) {
            case AT_MOST:
            case LESS_THAN:
            case WITHIN_QUOTA:
                return v.subtract(ref).max(BigDecimal.ZERO);
            case BETWEEN:
                return v.compareTo(ref) < 0
                        ? ref.subtract(v)
                        : v.subtract(t.upper().orElseThrow()).max(BigDecimal.ZERO);
            case ABOUT:
                return v.subtract(ref).abs().subtract(tolerance(t)).max(BigDecimal.ZERO);
            case MORE_THAN:
                return v.compareTo(ref) > 0 ? BigDecimal.ZERO : ref.subtract(v);
            default:
                return ref.subtract(v).max(BigDecimal.ZERO);
        }
    }

    static boolean increasing(Comparison c) {
        return c != Comparison.AT_MOST && c != Comparison.LESS_THAN && c != Comparison.WITHIN_QUOTA;
    }

    /** The measured figure against the target, written when asked. */
    Text describe(Target t, BigDecimal v) {
        String target = t.comparison().symbol() + " " + Decimals.plain(reference(t))
                + t.upper().map(u -> "–" + Decimals.plain(u)).orElse("");
        return new Text("reading.measured", Decimals.plain(v), target);
    }

    /** {@return the key of what the notice leaves unstated for a comparison that needs it} */
    static String missingWord(Comparison c) {
        return c == Comparison.ABOUT
                ? "attainment.missing.tolerance"
                : c == Comparison.FULL_COVERAGE ? "attainment.missing.threshold" : "attainment.missing.quota";
    }
}
