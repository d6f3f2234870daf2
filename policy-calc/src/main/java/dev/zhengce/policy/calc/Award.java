package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.ChineseAmount;
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
        UNDETERMINED;

        /**
         * {@return the name a person reads, in a locale's language}
         *
         * @param locale the locale
         */
        public String displayName(java.util.Locale locale) {
            return Explainer.of(locale).text("award.status." + name());
        }
    }

    private final Application application;
    private final Subsidy rule;
    private final Status status;
    private final BigDecimal amount;
    private final BigDecimal base;
    private final BigDecimal rate;
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

        /**
         * The rate of the base and the cap ({@code null} where there is none). The share before the
         * cap, rate × base, is not kept: it is worked out again, exactly, where it is asked for.
         */
        Parts share(BigDecimal rate, BigDecimal cap) {
            this.rate = rate;
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
        return p.payable(Shares.capped(share(), remainder));
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

    /** {@return the application} */
    public Application application() {
        return application;
    }

    /** {@return the rule as applied, with any what-if overrides} */
    public Subsidy rule() {
        return rule;
    }

    /** {@return the verdict} */
    public Status status() {
        return status;
    }

    /** {@return the amount in yuan with two decimals; empty when undetermined} */
    public Optional<BigDecimal> amount() {
        return Optional.ofNullable(amount);
    }

    /** {@return the amount as a {@link MonetaryAmount} in CNY; empty when undetermined} */
    public Optional<MonetaryAmount> money() {
        return amount().map(Cny::of);
    }

    /** {@return the base the rate applies to (the sum of the rule's cost categories), for rates} */
    public Optional<BigDecimal> base() {
        return Optional.ofNullable(base);
    }

    /** {@return the rate applied, stated or supplied, for rates} */
    public Optional<BigDecimal> rate() {
        return Optional.ofNullable(rate);
    }

    /** {@return rate × base, exact and before the cap, where computed} */
    public Optional<BigDecimal> uncapped() {
        return Optional.ofNullable(share());
    }

    /** Returns rate × base, exact, or {@code null} where no rate was applied. */
    private BigDecimal share() {
        return rate == null ? null : Shares.of(rate, base);
    }

    /**
     * {@return whether a cap bound: rate × base reached or passed the cap, or what earlier grants
     * left of it, so that the cap or its remainder is paid}
     */
    public boolean capBound() {
        BigDecimal ceiling = remaining != null ? remaining : cap;
        return ceiling != null && rate != null && share().compareTo(ceiling) >= 0;
    }

    /**
     * {@return the earlier grants under the same recipient limit (a yearly cap, a once-only award)
     * that reduced or refused this award, in the order recorded; empty when none did}
     */
    public List<Grant> earlier() {
        return earlier;
    }

    /**
     * {@return whether this award answers a retry: its application id was settled in the ledger
     * before, with the same facts, and this is that award again} Nothing new was granted; totals
     * do not count it.
     */
    public boolean repeat() {
        return repeat;
    }

    /**
     * {@return what earlier grants left of a yearly cap before this award, where they used part
     * of it}
     */
    public Optional<BigDecimal> remaining() {
        return Optional.ofNullable(remaining);
    }

    /** {@return the period the cap that bound is counted over (per project, per year), if one bound} */
    public Optional<Subsidy.CapPeriod> capBoundAt() {
        return capBound() ? rule.capPeriod() : Optional.empty();
    }

    /** {@return why the award is not payable or undetermined; empty when payable} */
    public List<Finding> findings() {
        return findings;
    }

    /** {@return what a computation stamps on its results} */
    public Provenance provenance() {
        return provenance;
    }

    /** {@return the source sentences the calculation applied: the rule's, its conditions', its window's} */
    public List<Citation> citations() {
        List<Citation> list = new ArrayList<>();
        list.add(rule.citation());
        rule.conditions().forEach(c -> list.add(c.citation()));
        rule.window().ifPresent(w -> list.add(w.citation()));
        return list;
    }

    /** {@return the steps of the calculation, each written in a language when asked} */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        Catalog catalog = provenance.catalog();
        steps.add(new Step(new Text("step.rule", application.id() + " · " + rule.id(), rule.name()), rule.citation()));
        for (Condition c : rule.conditions()) {
            BigDecimal actual = application.costs().get(c.fact());
            if (actual != null) {
                steps.add(new Step(
                        new Text(
                                c.isMetBy(actual) ? "step.condition.met" : "step.condition.notMet",
                                catalog.name(c.fact()),
                                Cny.format(actual),
                                c.comparison().symbol(),
                                Cny.format(c.yuan())),
                        c.citation()));
            }
        }
        rule.window()
                .ifPresent(w -> application
                        .year()
                        .ifPresent(y -> application.listingYear().ifPresent(l -> {
                            String range = l + "–" + (l + w.years() - 1);
                            steps.add(new Step(
                                    new Text(w.contains(l, y) ? "step.window.inside" : "step.window.outside", y, range),
                                    w.citation()));
                        })));
        if (base != null) {
            List<Text> sum = new ArrayList<>();
            for (String category : rule.basis()) {
                sum.add(new Text(
                        "step.term",
                        catalog.name(category),
                        Cny.format(application.costs().get(category))));
            }
            steps.add(new Step(new Text("step.base", new Text.Joined("list.plus", sum), Cny.format(base)), null));
        }
        if (rate != null) {
            steps.add(new Step(
                    new Text("step.rate", percent(rate), Cny.format(base), Decimals.grouped(share())),
                    rule.citation()));
        }
        if (cap != null && rate != null && remaining != null && status == Status.PAYABLE) {
            steps.add(new Step(Finding.capUse(cap, earlier, remaining), rule.citation()));
            String left = Cny.format(remaining);
            steps.add(new Step(
                    new Text(capBound() ? "step.remaining.reached" : "step.remaining.below", left), rule.citation()));
        } else if (cap != null && rate != null && remaining == null) {
            steps.add(new Step(
                    new Text(
                            capBound() ? "step.cap.reached" : "step.cap.below",
                            Cny.format(cap),
                            rule.capPeriod().orElseThrow()),
                    rule.citation()));
        }
        for (Finding f : findings) {
            steps.add(new Step(f.words(), f.citation().orElse(null)));
        }
        if (rule.kind() == Subsidy.Kind.FIXED_AMOUNT && status == Status.PAYABLE) {
            steps.add(new Step(
                    new Text(
                            rule.amount().isPresent() ? "step.fixed.stated" : "step.fixed.local",
                            new Text(rule.oneTime() ? "step.fixed.once" : "step.fixed"),
                            Cny.format(amount)),
                    rule.citation()));
        }
        switch (status) {
            case PAYABLE:
                // 大写, as payment documents write amounts
                steps.add(new Step(new Text("step.payable", Cny.format(amount), ChineseAmount.write(amount)), null));
                break;
            case NOT_ELIGIBLE:
                steps.add(new Step(new Text("step.notEligible"), null));
                break;
            default:
                steps.add(new Step(new Text("step.undetermined"), null));
        }
        return steps;
    }

    /**
     * Returns the explanation in one language, one step per line: {@code Explainer.of(language).explain(this)}.
     *
     * @param language the language
     * @return the text
     */
    public String explain(Language language) {
        return Explainer.of(language).explain(this);
    }

    /**
     * Returns the explanation in a locale's language, one step per line.
     *
     * @param locale the locale
     * @return the text
     */
    public String explain(java.util.Locale locale) {
        return Explainer.of(locale).explain(this);
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
