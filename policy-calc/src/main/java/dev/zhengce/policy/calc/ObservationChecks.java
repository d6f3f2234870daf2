package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Baseline;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.Target;
import dev.zhengce.policy.model.Unit;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of observed values against a catalog, before any is measured: each row's target,
 * year and value ({@link #check(List)}), and the cautions for a percentage that looks mistyped
 * ({@link #caution(Target, Observation)}), which never refuse a value.
 */
final class ObservationChecks {
    private final Catalog catalog;
    /** The first year an observation may have: the notice's year before the first, or an earlier baseline's. */
    private final int earliestYear;

    ObservationChecks(Catalog catalog) {
        this.catalog = catalog;
        int earliest = catalog.notice().firstYear() - 1;
        for (Target t : catalog.targets()) {
            earliest = Math.min(earliest, t.baseline().flatMap(Baseline::year).orElse(earliest));
        }
        this.earliestYear = earliest;
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
    void check(List<Observation> observations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            String row = "observations[" + i + "]";
            Target t;
            try {
                t = catalog.target(o.target());
            } catch (InvalidInputException e) {
                throw new InvalidInputException(
                        row + ".target", o.target(), "no target with this id in the catalog", e);
            }
            if (o.year() < earliestYear || o.year() > catalog.notice().lastYear()) {
                throw new InvalidInputException(
                        row + ".year",
                        Integer.toString(o.year()),
                        "year must be within " + earliestYear + ".."
                                + catalog.notice().lastYear());
            }
            if (!seen.add(o.target() + "@" + o.year())) {
                throw new InvalidInputException(
                        row, o.target() + " " + o.year(), "a second row for the same target and year");
            }
            if (o.value().isPresent()) {
                BigDecimal v = o.value().get();
                switch (t.observedUnit()) {
                    case NONE:
                        throw new InvalidInputException(
                                row + ".value",
                                v.toPlainString(),
                                "target " + t.id() + " has no number; record a judgement");
                    case COUNT:
                        if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
                            throw new InvalidInputException(
                                    row + ".value", v.toPlainString(), "a count is a whole number, not negative");
                        }
                        break;
                    case YUAN:
                    case TONNE:
                    case TCE_PER_10K_YUAN:
                        if (v.signum() < 0) {
                            throw new InvalidInputException(
                                    row + ".value",
                                    v.toPlainString(),
                                    "an amount of " + t.observedUnit().symbol(dev.zhengce.policy.model.Language.EN)
                                            + " is not negative");
                        }
                        break;
                    default:
                    // percentages and points: growth can be negative, a share can be tiny
                }
            }
        }
    }

    /**
     * A caution for a percentage that looks like a fraction (0.25 for a target of 15 %) or is
     * implausibly large: measured as given, never refused, since such values can be real.
     */
    static Text caution(Target t, Observation o) {
        BigDecimal v = o.value().orElse(null);
        Unit u = t.observedUnit();
        if (v == null || (u != Unit.PERCENT && u != Unit.PERCENTAGE_POINTS)) {
            return null;
        }
        String shown = v.toPlainString();
        if (v.signum() != 0
                && v.abs().compareTo(BigDecimal.ONE) < 0
                && t.value().map(x -> x.compareTo(BigDecimal.ONE) >= 0).orElse(false)) {
            String target = t.value().get().stripTrailingZeros().toPlainString();
            return new Text("attainment.caution.fraction", o.year(), shown, target);
        }
        if (u == Unit.PERCENT && v.abs().compareTo(BigDecimal.valueOf(1000)) > 0) {
            return new Text("attainment.caution.large", o.year(), shown);
        }
        return null;
    }
}
