package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Condition;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Subsidy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Why an award is not payable, or cannot be determined: an unmet condition, a year outside the
 * support window, a one-time award already given, or a number or fact the caller must supply.
 */
public final class Finding {
    /** The kinds of finding. */
    public enum Kind {
        /** An eligibility condition does not hold: not eligible. */
        CONDITION_NOT_MET,
        /** The year is outside the rule's support window: nothing is paid for it. */
        OUTSIDE_WINDOW,
        /** A one-time award was already given to this recipient (for this honour, where per honour). */
        ALREADY_AWARDED,
        /** Earlier awards of the same recipient and year used the whole yearly cap. */
        CAP_EXHAUSTED,
        /** The recipient was already granted under another status of the same programme that year. */
        OTHER_STATUS_THAT_YEAR,
        /**
         * The notice does not let the amount be computed for this application: a year beyond its
         * years that the caller has not confirmed, an amendment within the year, terms set by
         * another document, support of a form not stated ({@link Caveat}): undetermined.
         */
        CAVEAT,
        /** The notice leaves a number open and the caller did not supply it: undetermined. */
        MISSING_PARAMETER,
        /** A fact a condition needs is missing: undetermined. */
        MISSING_FACT
    }

    private final Kind kind;
    /** What it is about; {@code null} for a year outside the window, written from the years when asked. */
    private final String subject;

    private final Condition condition;
    /** The name the catalog gives the condition's fact, or the parameter's wording. */
    private final Object name;

    private final BigDecimal actual;
    private final Citation citation;
    private final int year;
    private final int first;
    private final int last;
    /** The honour of a once-only award, where it is per honour; the caveat of a caveat. */
    private final Object detail;
    /** The earlier grants a finding about them names. */
    private final List<Grant> earlier;
    /** The cap and what remained of it, for a cap used up. */
    private final BigDecimal cap;

    private final BigDecimal remaining;
    /** The rule the earlier grants were under, for another status that year. */
    private final String rule;

    private Finding(Kind kind, String subject, Condition condition, Object name, BigDecimal actual, Citation citation) {
        this(kind, subject, condition, name, actual, citation, 0, 0, 0, null, List.of(), null, null, null);
    }

    private Finding(
            Kind kind,
            String subject,
            Condition condition,
            Object name,
            BigDecimal actual,
            Citation citation,
            int year,
            int first,
            int last,
            Object detail,
            List<Grant> earlier,
            BigDecimal cap,
            BigDecimal remaining,
            String rule) {
        this.kind = kind;
        this.subject = subject;
        this.condition = condition;
        this.name = name;
        this.actual = actual;
        this.citation = citation;
        this.year = year;
        this.first = first;
        this.last = last;
        this.detail = detail;
        this.earlier = earlier;
        this.cap = cap;
        this.remaining = remaining;
        this.rule = rule;
    }

    static Finding conditionNotMet(Condition condition, Bilingual fact, BigDecimal actual) {
        return new Finding(Kind.CONDITION_NOT_MET, condition.fact(), condition, fact, actual, condition.citation());
    }

    static Finding missingFact(Condition condition, Bilingual fact) {
        return new Finding(Kind.MISSING_FACT, condition.fact(), condition, fact, null, condition.citation());
    }

    static Finding missingParameter(String parameter, String wording, Citation citation) {
        return new Finding(
                Kind.MISSING_PARAMETER,
                parameter + " (" + wording + ")",
                null,
                new Text("parameter." + parameter),
                null,
                citation,
                0,
                0,
                0,
                wording,
                List.of(),
                null,
                null,
                null);
    }

    static Finding outsideWindow(int year, int first, int years, Citation citation) {
        return new Finding(
                Kind.OUTSIDE_WINDOW,
                null,
                null,
                null,
                null,
                citation,
                year,
                first,
                first + years - 1,
                null,
                List.of(),
                null,
                null,
                null);
    }

    static Finding alreadyAwarded(String recipient, String honour, List<Grant> earlier, Citation citation) {
        return new Finding(
                Kind.ALREADY_AWARDED,
                recipient,
                null,
                null,
                null,
                citation,
                0,
                0,
                0,
                honour,
                earlier,
                null,
                null,
                null);
    }

    static Finding caveat(Caveat caveat) {
        return new Finding(
                Kind.CAVEAT,
                caveat.kind().name(),
                null,
                null,
                null,
                caveat.citation().orElse(null),
                0,
                0,
                0,
                caveat.words(),
                List.of(),
                null,
                null,
                null);
    }

    static Finding capExhausted(Subsidy rule, BigDecimal cap, List<Grant> earlier, BigDecimal remaining) {
        return new Finding(
                Kind.CAP_EXHAUSTED,
                earlier.get(0).recipient(),
                null,
                null,
                null,
                rule.citation(),
                0,
                0,
                0,
                null,
                earlier,
                cap,
                remaining,
                null);
    }

    static Finding otherStatus(String recipient, int year, List<Grant> earlier, Citation citation) {
        return new Finding(
                Kind.OTHER_STATUS_THAT_YEAR,
                recipient,
                null,
                null,
                null,
                citation,
                year,
                0,
                0,
                null,
                earlier,
                null,
                null,
                earlier.get(0).rule());
    }

    /**
     * Returns how earlier grants used a yearly cap: the cap, each earlier award with its amount,
     * and what remains; written when asked.
     */
    static Text capUse(BigDecimal cap, List<Grant> earlier, BigDecimal remaining) {
        return new Text("cap.used", Cny.format(cap), grants(earlier), Cny.format(remaining.max(Shares.ZERO)));
    }

    /** The grants that count, each with its amount, as a list. */
    private static Text.Joined grants(List<Grant> grants) {
        List<Text> list = new java.util.ArrayList<>();
        for (Grant g : grants) {
            if (g.counts()) {
                list.add(new Text("grant", g.application(), Cny.format(g.amount())));
            }
        }
        return new Text.Joined("list.separator", list);
    }

    /** {@return what the finding says, not yet written: the explainer writes it in a language} */
    Object words() {
        switch (kind) {
            case CONDITION_NOT_MET:
                return new Text(
                        "finding.conditionNotMet",
                        name,
                        condition.comparison().symbol(),
                        Cny.format(condition.yuan()),
                        Cny.format(actual));
            case MISSING_FACT:
                return new Text(
                        "finding.missingFact", name, condition.comparison().symbol(), Cny.format(condition.yuan()));
            case MISSING_PARAMETER:
                return new Text("finding.missingParameter", name, detail);
            case OUTSIDE_WINDOW:
                return new Text("finding.outsideWindow", year, first, last);
            case ALREADY_AWARDED:
                return detail == null
                        ? new Text("finding.alreadyAwarded", subject, grants(earlier))
                        : new Text("finding.alreadyAwarded.honour", subject, grants(earlier), detail);
            case CAP_EXHAUSTED:
                return new Text("finding.capExhausted", capUse(cap, earlier, remaining));
            case OTHER_STATUS_THAT_YEAR:
                return new Text("finding.otherStatus", subject, year, rule, grants(earlier));
            case CAVEAT:
                return detail;
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    /** {@return the kind} */
    public Kind kind() {
        return kind;
    }

    /** {@return what it is about: a fact id, a parameter, a year range or a recipient} */
    public String subject() {
        return subject != null ? subject : year + " ∉ " + first + "–" + last;
    }

    /** {@return the source sentence behind it} */
    public Optional<Citation> citation() {
        return Optional.ofNullable(citation);
    }

    /** {@return the finding in Chinese and English, written when asked} */
    public Bilingual text() {
        return Bilingual.of(explain(Language.ZH), explain(Language.EN));
    }

    /**
     * Returns the finding in one language.
     *
     * @param language the language
     * @return the text
     */
    public String explain(Language language) {
        return Explainer.of(language).explain(this);
    }

    /** Returns the Chinese and English text. */
    @Override
    public String toString() {
        return text().toString();
    }
}
