package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Cny;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The awards of one innovation center, year by year: the yearly subsidy of each spending year
 * (0.00 with the reason outside the support window) and the one-time promotion award.
 */
public final class Schedule {
    private final CenterHistory history;
    private final List<Award> awards;

    Schedule(CenterHistory history, List<Award> awards) {
        this.history = history;
        this.awards = List.copyOf(awards);
    }

    /** {@return the history the schedule is computed from} */
    public CenterHistory history() {
        return history;
    }

    /** {@return the awards: the spending years in order, then the promotion award if any} */
    public List<Award> awards() {
        return awards;
    }

    /**
     * {@return the award of one spending year, if the history has spending in it}
     *
     * @param year the spending year
     */
    public Optional<Award> awardIn(int year) {
        return awards.stream()
                .filter(a -> a.application().year().orElse(-1) == year
                        && a.rule().window().isPresent())
                .findFirst();
    }

    /** {@return the sum of the payable amounts} */
    public BigDecimal total() {
        return awards.stream()
                .filter(a -> a.status() == Award.Status.PAYABLE)
                .map(a -> a.amount().orElseThrow())
                .reduce(Shares.ZERO, BigDecimal::add);
    }

    /** Returns one line per award and the total. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(history.id()).append(" (listed ").append(history.listingYear());
        history.certifiedYear().ifPresent(y -> b.append(", certified ").append(y));
        history.promotedYear().ifPresent(y -> b.append(", promoted ").append(y));
        b.append(")\n");
        for (Award a : awards) {
            b.append("  ")
                    .append(a.application().year().map(String::valueOf).orElse("    "))
                    .append("  ")
                    .append(a.rule().id())
                    .append("  ")
                    .append(a.status())
                    .append("  ")
                    .append(a.amount().map(Cny::format).orElse("—"));
            if (a.capBound()) {
                b.append("  (cap)");
            }
            a.findings().forEach(f -> b.append("  ").append(f.explain(dev.zhengce.policy.model.Language.EN)));
            b.append('\n');
        }
        return b.append("  total ").append(Cny.format(total())).toString();
    }
}
