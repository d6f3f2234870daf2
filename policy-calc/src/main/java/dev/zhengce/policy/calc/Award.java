package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Condition;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Subsidy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The result of one calculation: the amount in CNY (rounded once, half up, to the fen), whether
 * and where a cap bound, the eligibility verdict with its reasons, the citations used, the steps
 * in Chinese and English, and the provenance.
 *
 * <p>An award holds numbers only; its explanation ({@link #steps()}, {@link #explain}) and its
 * {@link MonetaryAmount} ({@link #money()}) are made when asked for, so a batch of millions
 * builds no text.
 */
public final class Award {
    /** The verdict. */
    public enum Status {
        /** Eligible: {@link #amount()} is to be paid (it may be 0.00 when the base is 0). */
        PAYABLE,
        /** Not eligible: the amount is 0.00, and {@link #findings()} say why. */
        NOT_ELIGIBLE,
        /** The amount cannot be determined: {@link #findings()} name what is missing. */
        UNDETERMINED
    }

    private final Application application;
    private final Subsidy rule;
    private final Status status;
    private final BigDecimal amount;
    private final BigDecimal base;
    private final BigDecimal rate;
    private final BigDecimal uncapped;
    private final BigDecimal cap;
    private final List<Finding> findings;
    private final Provenance provenance;
    /** The grants that used the same recipient limit before this award; empty when none did. */
    private final List<Grant> earlier;
    /** What was left of a yearly cap before this award, where earlier grants used part of it. */
    private final BigDecimal remaining;
    private final boolean repeat;

    private Award(Parts p) {
        this.application = p.application;
        this.rule = p.rule;
        this.status = p.status;
        this.amount = p.amount;
        this.base = p.base;
        this.rate = p.rate;
        this.uncapped = p.uncapped;
        this.cap = p.cap;
        this.findings = p.findings;
        this.provenance = p.provenance;
        this.earlier = p.earlier;
        this.remaining = p.remaining;
        this.repeat = p.repeat;
    }

    /**
     * The parts of an award as the calculator works them out, named one by one: the application,
     * the rule and the stamp first, then whatever the arithmetic reached (base, rate, the share
     * before the cap, the cap), the findings, and last the verdict with its amount.
     */
    static final class Parts {
        private final Application application;
        private final Subsidy rule;
        private final Provenance provenance;
        private Status status;
        private BigDecimal amount;
        private BigDecimal base;
        private BigDecimal rate;
        private BigDecimal uncapped;
        private BigDecimal cap;
        private List<Finding> findings = List.of();
        private List<Grant> earlier = List.of();
        private BigDecimal remaining;
        private boolean repeat;

        Parts(Application application, Subsidy rule, Provenance provenance) {
            this.application = application;
            this.rule = rule;
            this.provenance = provenance;
        }

        private Parts(Award a) {
            this(a.application, a.rule, a.provenance);
            this.status = a.status;
            this.amount = a.amount;
            this.base = a.base;
            this.rate = a.rate;
            this.uncapped = a.uncapped;
            this.cap = a.cap;
            this.findings = a.findings;
            this.earlier = a.earlier;
            this.remaining = a.remaining;
            this.repeat = a.repeat;
        }

        /** The sum of the rule's cost categories, where the rule is a share of costs. */
        Parts base(BigDecimal base) {
            this.base = base;
            return this;
        }

        /** rate × base, exact, before the cap, and the cap (either may be {@code null}). */
        Parts share(BigDecimal rate, BigDecimal uncapped, BigDecimal cap) {
            this.rate = rate;
            this.uncapped = uncapped;
            this.cap = cap;
            return this;
        }

        Parts findings(List<Finding> findings) {
            this.findings = findings;
            return this;
        }

        /** Eligible: the amount, rounded once, half up, to the fen. */
        Award payable(BigDecimal exact) {
            this.status = Status.PAYABLE;
            this.amount = Cny.roundToFen(exact);
            return new Award(this);
        }

        /** Not eligible: 0.00, the findings say why. */
        Award notEligible() {
            this.status = Status.NOT_ELIGIBLE;
            this.amount = Shares.ZERO;
            return new Award(this);
        }

        /** Undetermined: no amount, the findings name what is missing. */
        Award undetermined() {
            this.status = Status.UNDETERMINED;
            this.amount = null;
            return new Award(this);
        }
    }

    /**
     * Returns this award limited by earlier grants under its recipient limit: the yearly cap's
     * remainder paid (rounded once, half up, to the fen), with the grants that used the rest.
     */
    Award reducedTo(BigDecimal remainder, List<Grant> grants) {
        Parts p = new Parts(this);
        p.earlier = List.copyOf(grants);
        p.remaining = remainder;
        return p.payable(Shares.capped(uncapped, remainder));
    }

    /** Returns this award marked as the answer to a retry. */
    Award asRepeat() {
        Parts p = new Parts(this);
        p.repeat = true;
        return new Award(p);
    }

    /** Returns this award refused because of earlier grants under its recipient limit. */
    Award refused(Finding finding, List<Grant> grants) {
        Parts p = new Parts(this);
        p.earlier = List.copyOf(grants);
        p.findings = List.of(finding);
        return p.notEligible();
    }

    /** Returns the application. */
    public Application application() {
        return application;
    }

    /** Returns the rule as applied, with any what-if overrides. */
    public Subsidy rule() {
        return rule;
    }

    /** Returns the verdict. */
    public Status status() {
        return status;
    }

    /** Returns the amount in yuan with two decimals; empty when undetermined. */
    public Optional<BigDecimal> amount() {
        return Optional.ofNullable(amount);
    }

    /** Returns the amount as a {@link MonetaryAmount} in CNY; empty when undetermined. */
    public Optional<MonetaryAmount> money() {
        return amount().map(Cny::of);
    }

    /** Returns the base the rate applies to (the sum of the rule's cost categories), for rates. */
    public Optional<BigDecimal> base() {
        return Optional.ofNullable(base);
    }

    /** Returns the rate applied, stated or supplied, for rates. */
    public Optional<BigDecimal> rate() {
        return Optional.ofNullable(rate);
    }

    /** Returns rate × base, exact and before the cap, where computed. */
    public Optional<BigDecimal> uncapped() {
        return Optional.ofNullable(uncapped);
    }

    /**
     * Returns whether a cap bound: rate × base reached or passed the cap, or what earlier grants
     * left of it, so that the cap or its remainder is paid.
     */
    public boolean capBound() {
        BigDecimal ceiling = remaining != null ? remaining : cap;
        return ceiling != null && uncapped != null && uncapped.compareTo(ceiling) >= 0;
    }

    /**
     * Returns the earlier grants under the same recipient limit (a yearly cap, a once-only award)
     * that reduced or refused this award, in the order recorded; empty when none did.
     */
    public List<Grant> earlier() {
        return earlier;
    }

    /**
     * Returns whether this award answers a retry: its application id was settled in the ledger
     * before, with the same facts, and this is that award again. Nothing new was granted; totals
     * do not count it.
     */
    public boolean repeat() {
        return repeat;
    }

    /**
     * Returns what earlier grants left of a yearly cap before this award, where they used part
     * of it.
     */
    public Optional<BigDecimal> remaining() {
        return Optional.ofNullable(remaining);
    }

    /** Returns the period the cap that bound is counted over (per project, per year), if one bound. */
    public Optional<Subsidy.CapPeriod> capBoundAt() {
        return capBound() ? rule.capPeriod() : Optional.empty();
    }

    /** Returns why the award is not payable or undetermined; empty when payable. */
    public List<Finding> findings() {
        return findings;
    }

    /** Returns what a computation stamps on its results. */
    public Provenance provenance() {
        return provenance;
    }

    /** Returns the source sentences the calculation applied: the rule's, its conditions', its window's. */
    public List<Citation> citations() {
        List<Citation> list = new ArrayList<>();
        list.add(rule.citation());
        rule.conditions().forEach(c -> list.add(c.citation()));
        rule.window().ifPresent(w -> list.add(w.citation()));
        return list;
    }

    /** Returns the steps of the calculation, in Chinese and English. */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        String id = application.id() + " · " + rule.id();
        steps.add(new Step(Bilingual.of(id + "：" + rule.name().zh(), id + ": " + rule.name().en()), rule.citation()));
        for (Condition c : rule.conditions()) {
            BigDecimal actual = application.costs().get(c.fact());
            if (actual != null) {
                boolean met = c.isMetBy(actual);
                String line = c.fact() + " " + Cny.format(actual) + " " + c.comparison().symbol() + " "
                        + Cny.format(c.yuan());
                steps.add(new Step(Bilingual.of("条件 " + line + "：" + (met ? "满足" : "不满足"),
                        "condition " + line + ": " + (met ? "met" : "not met")), c.citation()));
            }
        }
        rule.window().ifPresent(w -> application.year().ifPresent(y -> application.listingYear().ifPresent(l -> {
            String range = l + "–" + (l + w.years() - 1);
            boolean in = w.contains(l, y);
            steps.add(new Step(Bilingual.of(y + "年" + (in ? "在" : "不在") + "支持期 " + range + " 内",
                    y + (in ? " is inside" : " is outside") + " the support window " + range), w.citation()));
        })));
        if (base != null) {
            StringBuilder sum = new StringBuilder();
            for (String category : rule.basis()) {
                if (sum.length() > 0) {
                    sum.append(" + ");
                }
                sum.append(category).append(' ').append(Cny.format(application.costs().get(category)));
            }
            String line = sum + " = " + Cny.format(base);
            steps.add(new Step(Bilingual.of("计算基数：" + line, "base: " + line), null));
        }
        if (uncapped != null) {
            String line = percent(rate) + " × " + Cny.format(base) + " = " + Decimals.grouped(uncapped) + " 元";
            steps.add(new Step(Bilingual.of("按比例：" + line, "rate × base: " + line), rule.citation()));
        }
        if (cap != null && uncapped != null && remaining != null && status == Status.PAYABLE) {
            steps.add(new Step(Finding.capUse(rule, cap, earlier, remaining), rule.citation()));
            String left = Cny.format(remaining);
            steps.add(capBound()
                    ? new Step(Bilingual.of("达到剩余额度，按剩余 " + left + " 补助", "what remains is reached: " + left + " is paid"),
                            rule.citation())
                    : new Step(Bilingual.of("低于剩余额度 " + left, "below what remains, " + left), rule.citation()));
        } else if (cap != null && uncapped != null && remaining == null) {
            String capText = Cny.format(cap) + (rule.capPeriod().orElseThrow() == Subsidy.CapPeriod.PER_YEAR
                    ? "（每年）" : "（每个项目）");
            String capEn = Cny.format(cap) + (rule.capPeriod().orElseThrow() == Subsidy.CapPeriod.PER_YEAR
                    ? " a year" : " per project");
            steps.add(capBound()
                    ? new Step(Bilingual.of("达到上限，按上限 " + capText + " 补助", "cap reached: the cap " + capEn + " is paid"),
                            rule.citation())
                    : new Step(Bilingual.of("低于上限 " + capText, "below the cap of " + capEn), rule.citation()));
        }
        for (Finding f : findings) {
            steps.add(new Step(f.text(), f.citation().orElse(null)));
        }
        if (rule.kind() == Subsidy.Kind.FIXED_AMOUNT && status == Status.PAYABLE) {
            String fixed = Cny.format(amount);
            boolean stated = rule.amount().isPresent();
            String once = rule.oneTime() ? "一次性" : "";
            steps.add(new Step(Bilingual.of(
                    "定额" + once + "：" + fixed + (stated ? "（通知规定）" : "（由地方确定，调用方提供）"),
                    "fixed amount" + (rule.oneTime() ? ", once" : "") + ": " + fixed
                            + (stated ? " (stated in the notice)" : " (decided locally, supplied by the caller)")),
                    rule.citation()));
        }
        switch (status) {
            case PAYABLE:
                steps.add(new Step(Bilingual.of("四舍五入到分：补助 " + Cny.format(amount),
                        "rounded half up to the fen: award " + Cny.format(amount)), null));
                break;
            case NOT_ELIGIBLE:
                steps.add(new Step(Bilingual.of("不符合条件：补助 0.00 元", "not eligible: award 0.00 元"), null));
                break;
            default:
                steps.add(new Step(Bilingual.of("金额无法确定", "amount undetermined"), null));
        }
        return steps;
    }

    /**
     * Returns the explanation in one language, one step per line.
     *
     * @param language the language
     * @return the text
     */
    public String explain(Language language) {
        StringBuilder b = new StringBuilder();
        List<Step> steps = steps();
        for (int i = 0; i < steps.size(); i++) {
            b.append(i == 0 ? "" : "\n  " + i + ". ").append(steps.get(i).in(language));
        }
        return b.toString();
    }

    /** Returns the explanation in Chinese, then in English, then the provenance. */
    @Override
    public String toString() {
        return explain(Language.ZH) + "\n" + explain(Language.EN) + "\n  [" + provenance + "]";
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
