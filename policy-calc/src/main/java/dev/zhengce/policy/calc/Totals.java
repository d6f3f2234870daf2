package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Subsidy;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sums of payable awards: in all, by rule, by year, by payer and by lead department, with the
 * counts of payable, not eligible and undetermined awards. Exact sums, so the order of the
 * awards never changes them.
 */
public final class Totals {
    /** The key of awards without a year, or whose rule names no payer. */
    public static final String UNSTATED = "unstated";

    private final long payable;
    private final long notEligible;
    private final long undetermined;
    private final long repeats;
    private final BigDecimal total;
    private final SortedMap<String, BigDecimal> byRule;
    private final SortedMap<String, BigDecimal> byYear;
    private final SortedMap<String, BigDecimal> byPayer;
    private final SortedMap<String, BigDecimal> byDepartment;

    private Totals(Accumulator a) {
        this.payable = a.payable;
        this.notEligible = a.notEligible;
        this.undetermined = a.undetermined;
        this.repeats = a.repeats;
        this.total = a.total;
        this.byRule = Collections.unmodifiableSortedMap(a.byRule);
        this.byYear = Collections.unmodifiableSortedMap(a.byYear);
        this.byPayer = Collections.unmodifiableSortedMap(a.byPayer);
        this.byDepartment = Collections.unmodifiableSortedMap(a.byDepartment);
    }

    /**
     * Sums awards. The catalog gives each rule's lead department.
     *
     * @param catalog the catalog the awards were computed from
     * @param awards  the awards
     * @return the totals
     */
    public static Totals of(Catalog catalog, Stream<Award> awards) {
        Accumulator a = new Accumulator(catalog);
        awards.sequential().forEach(a::add);
        return new Totals(a);
    }

    /** {@return the number of payable awards} */
    public long payable() {
        return payable;
    }

    /** {@return the number of awards not eligible} */
    public long notEligible() {
        return notEligible;
    }

    /** {@return the number of awards whose amount cannot be determined} */
    public long undetermined() {
        return undetermined;
    }

    /** {@return the number of awards that answered a retry and were not counted again ({@link Award#repeat()})} */
    public long repeats() {
        return repeats;
    }

    /** {@return the sum of the payable amounts} */
    public BigDecimal total() {
        return total;
    }

    /** {@return the sums by rule id} */
    public SortedMap<String, BigDecimal> byRule() {
        return byRule;
    }

    /** {@return the sums by year ({@value #UNSTATED} for awards without a year)} */
    public SortedMap<String, BigDecimal> byYear() {
        return byYear;
    }

    /**
     * {@return the sums by payer: {@code CITY}, {@code PROVINCE}, {@code PROVINCE+CITY} where the
     * text names both without a split, {@value #UNSTATED} where it names none}
     */
    public SortedMap<String, BigDecimal> byPayer() {
        return byPayer;
    }

    /** {@return the sums by the lead department of each rule's task} */
    public SortedMap<String, BigDecimal> byDepartment() {
        return byDepartment;
    }

    /** Returns the counts, the total and the sums, one per line. */
    @Override
    public String toString() {
        return "payable " + payable + ", not eligible " + notEligible + ", undetermined " + undetermined
                + (repeats > 0 ? ", repeats not counted again " + repeats : "") + ", total " + Cny.format(total)
                + "\n  by rule: " + format(byRule) + "\n  by year: " + format(byYear)
                + "\n  by payer: " + format(byPayer) + "\n  by department: " + format(byDepartment);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Totals)) {
            return false;
        }
        Totals t = (Totals) o;
        return payable == t.payable
                && notEligible == t.notEligible
                && undetermined == t.undetermined
                && repeats == t.repeats
                && total.equals(t.total)
                && byRule.equals(t.byRule)
                && byYear.equals(t.byYear)
                && byPayer.equals(t.byPayer)
                && byDepartment.equals(t.byDepartment);
    }

    @Override
    public int hashCode() {
        return total.hashCode() * 31 + byRule.hashCode();
    }

    private static String format(Map<String, BigDecimal> map) {
        return map.entrySet().stream()
                .map(e -> e.getKey() + " " + Cny.format(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static final class Accumulator {
        private final Catalog catalog;
        private final Map<String, String[]> keys = new HashMap<>();
        private long payable;
        private long notEligible;
        private long undetermined;
        private long repeats;
        private BigDecimal total = Shares.ZERO;
        private final SortedMap<String, BigDecimal> byRule = new TreeMap<>();
        private final SortedMap<String, BigDecimal> byYear = new TreeMap<>();
        private final SortedMap<String, BigDecimal> byPayer = new TreeMap<>();
        private final SortedMap<String, BigDecimal> byDepartment = new TreeMap<>();

        Accumulator(Catalog catalog) {
            this.catalog = catalog;
        }

        void add(Award award) {
            if (award.repeat()) {
                repeats++;
                return;
            }
            switch (award.status()) {
                case PAYABLE:
                    payable++;
                    break;
                case NOT_ELIGIBLE:
                    notEligible++;
                    return;
                default:
                    undetermined++;
                    return;
            }
            BigDecimal amount = award.amount().orElseThrow();
            String[] k = keys.computeIfAbsent(award.rule().id(), id -> ruleKeys(award.rule()));
            total = total.add(amount);
            byRule.merge(award.rule().id(), amount, BigDecimal::add);
            byYear.merge(award.application().year().map(String::valueOf).orElse(UNSTATED), amount, BigDecimal::add);
            byPayer.merge(k[0], amount, BigDecimal::add);
            byDepartment.merge(k[1], amount, BigDecimal::add);
        }

        private String[] ruleKeys(Subsidy rule) {
            String payer = rule.payers().isEmpty()
                    ? UNSTATED
                    : rule.payers().stream().map(Enum::name).collect(Collectors.joining("+"));
            String department = catalog.taskOf(rule.id()).flatMap(t -> t.lead()).orElse(UNSTATED);
            return new String[] {payer, department};
        }
    }
}
