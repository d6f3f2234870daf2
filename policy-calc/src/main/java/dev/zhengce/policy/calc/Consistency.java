package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Comparison;
import dev.zhengce.policy.model.Period;
import dev.zhengce.policy.model.Target;
import dev.zhengce.policy.model.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads any catalog's targets for places where the text contradicts itself. Nothing here knows
 * the Mengzhou notice: the checks compare statements that share an indicator id.
 *
 * <ul>
 *   <li>the same indicator, year and period with different numbers or readings (达到 vs 突破);
 *   <li>yearly minimums (每年…以上 from a first year) whose sum by a year differs from a stated
 *       total (到…年达到) for that year;
 *   <li>a figure for one year (…年培育1个) below the yearly minimum;
 *   <li>a target under a plan other than the one whose tasks carry its indicator — by a target
 *       of their own, or by naming it among what the task is about ({@link Task#indicators()}).
 * </ul>
 */
public final class Consistency {
    private Consistency() {}

    /**
     * Checks a catalog.
     *
     * @param catalog the catalog
     * @return the contradictions, in catalog order; empty for a consistent catalog
     */
    public static List<Inconsistency> check(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        Map<String, List<Target>> byIndicator = new LinkedHashMap<>();
        catalog.targets()
                .forEach(t -> byIndicator
                        .computeIfAbsent(t.indicator(), k -> new ArrayList<>())
                        .add(t));
        List<Inconsistency> found = new ArrayList<>();
        for (List<Target> statements : byIndicator.values()) {
            differentNumbers(statements, found);
            yearlySums(statements, found);
            placement(catalog, statements, found);
        }
        return List.copyOf(found);
    }

    private static void differentNumbers(List<Target> statements, List<Inconsistency> found) {
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Target a = statements.get(i);
                Target b = statements.get(j);
                if (a.year() != b.year()
                        || a.period() != b.period()
                        || !a.fromYear().equals(b.fromYear())) {
                    continue;
                }
                boolean sameNumber = same(a.value().orElse(null), b.value().orElse(null))
                        && same(a.upper().orElse(null), b.upper().orElse(null));
                if (sameNumber && a.comparison() == b.comparison() && a.aspirational() == b.aspirational()) {
                    continue;
                }
                String x = reading(a);
                String y = reading(b);
                found.add(new Inconsistency(
                        Inconsistency.Kind.DIFFERENT_NUMBERS,
                        a,
                        b,
                        new Text("consistency.differentNumbers", a.indicator(), a.year(), x, y)));
            }
        }
    }

    private static void yearlySums(List<Target> statements, List<Inconsistency> found) {
        for (Target yearly : statements) {
            if (yearly.period() != Period.EACH_YEAR
                    || yearly.value().isEmpty()
                    || (yearly.comparison() != Comparison.AT_LEAST && yearly.comparison() != Comparison.MORE_THAN)) {
                continue;
            }
            int from = yearly.fromYear().orElseThrow();
            BigDecimal minimum = yearly.value().get();
            for (Target other : statements) {
                if (other == yearly || other.value().isEmpty() || other.year() < from || other.year() > yearly.year()) {
                    continue;
                }
                BigDecimal stated = other.value().get();
                if (other.period() == Period.BY_YEAR) {
                    BigDecimal sum = minimum.multiply(BigDecimal.valueOf(other.year() - from + 1));
                    if (sum.compareTo(stated) != 0) {
                        found.add(new Inconsistency(
                                Inconsistency.Kind.YEARLY_SUM_MISMATCH,
                                yearly,
                                other,
                                new Text(
                                        "consistency.yearlySum",
                                        from,
                                        Decimals.plain(minimum),
                                        other.year(),
                                        Decimals.plain(sum),
                                        reading(other))));
                    }
                } else if (other.period() == Period.IN_YEAR
                        && stated.compareTo(minimum) < 0
                        && other.comparison() != Comparison.AT_MOST
                        && other.comparison() != Comparison.LESS_THAN) {
                    found.add(new Inconsistency(
                            Inconsistency.Kind.BELOW_YEARLY_MINIMUM,
                            yearly,
                            other,
                            new Text(
                                    "consistency.belowMinimum",
                                    other.year(),
                                    reading(other),
                                    Decimals.plain(minimum))));
                }
            }
        }
    }

    private static void placement(Catalog catalog, List<Target> statements, List<Inconsistency> found) {
        // the plans whose tasks carry the indicator, each with a statement and a sentence to show for it
        Map<String, Target> inTasks = new HashMap<>();
        Map<String, Citation> sentence = new HashMap<>();
        for (Target t : statements) {
            if (catalog.taskOf(t.id()).isPresent()
                    && inTasks.putIfAbsent(catalog.planOf(t.id()).id(), t) == null) {
                sentence.put(catalog.planOf(t.id()).id(), t.citation());
            }
        }
        String indicator = statements.get(0).indicator();
        for (Task task : catalog.tasks()) {
            if (task.indicators().contains(indicator)
                    && !task.targets().isEmpty()
                    && inTasks.putIfAbsent(
                                    catalog.planOf(task.id()).id(),
                                    task.targets().get(0))
                            == null) {
                sentence.put(catalog.planOf(task.id()).id(), task.citation());
            }
        }
        if (inTasks.size() != 1) {
            return;
        }
        Map.Entry<String, Target> home = inTasks.entrySet().iterator().next();
        for (Target t : statements) {
            String plan = catalog.planOf(t.id()).id();
            if (!plan.equals(home.getKey())) {
                found.add(new Inconsistency(
                        Inconsistency.Kind.PLACED_IN_ANOTHER_PLAN,
                        t,
                        home.getValue(),
                        new Text("consistency.placement", t.id(), plan, t.indicator(), home.getKey()),
                        List.of(t.citation(), sentence.get(home.getKey()))));
            }
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String reading(Target t) {
        return t.comparison().symbol() + " " + t.value().map(Decimals::plain).orElse("")
                + t.upper().map(u -> "–" + Decimals.plain(u)).orElse("") + (t.aspirational() ? " (力争)" : "")
                + " [" + t.id() + "]";
    }
}
