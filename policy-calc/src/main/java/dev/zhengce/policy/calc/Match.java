package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Subsidy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How one rule fits an enterprise profile: whether it qualifies, the estimated award where it
 * can be computed, and the unmet conditions or missing facts otherwise.
 */
public final class Match {
    /** The verdict. */
    public enum Verdict {
        /** Every condition holds and the award can be estimated. */
        QUALIFIES,
        /** No condition fails, but facts or locally decided numbers are missing. */
        MAY_QUALIFY,
        /** A condition fails. */
        DOES_NOT_QUALIFY;

        /**
         * {@return the name a person reads, in a locale's language}
         *
         * @param locale the locale
         */
        public String displayName(java.util.Locale locale) {
            return Explainer.of(locale).text("match.verdict." + name());
        }
    }

    private final Subsidy rule;
    private final Verdict verdict;
    private final Award estimate;
    private final List<String> unmet;
    private final List<String> missing;
    /** The same reasons as data, with the catalog's names, for {@link Explainer#explain(Match)}. */
    private final List<Object> unmetWords;

    private final List<Object> missingWords;

    Match(
            Subsidy rule,
            Verdict verdict,
            Award estimate,
            List<String> unmet,
            List<String> missing,
            List<Object> unmetWords,
            List<Object> missingWords) {
        this.rule = rule;
        this.verdict = verdict;
        this.estimate = estimate;
        this.unmet = List.copyOf(unmet);
        this.missing = List.copyOf(missing);
        this.unmetWords = List.copyOf(unmetWords);
        this.missingWords = List.copyOf(missingWords);
    }

    List<Object> unmetWords() {
        return unmetWords;
    }

    List<Object> missingWords() {
        return missingWords;
    }

    /**
     * Returns why the rule does or may not fit, in one language, with the names the catalog
     * gives: {@code Explainer.of(language).explain(this)}; empty when it qualifies.
     *
     * @param language the language
     * @return the reasons
     */
    public String explain(Language language) {
        return Explainer.of(language).explain(this);
    }

    /** {@return the rule} */
    public Subsidy rule() {
        return rule;
    }

    /** {@return the verdict} */
    public Verdict verdict() {
        return verdict;
    }

    /** {@return the estimated award, with its explanation, where it can be computed} */
    public Optional<Award> estimate() {
        return Optional.ofNullable(estimate);
    }

    /** {@return the estimated amount in yuan, where it can be computed} */
    public Optional<BigDecimal> amount() {
        return estimate().flatMap(Award::amount);
    }

    /** {@return the conditions the profile does not meet, by id (data: {@link #explain} writes them for people)} */
    public List<String> unmet() {
        return unmet;
    }

    /** {@return the facts, statuses or local numbers the profile lacks, by id (data, as {@link #unmet()})} */
    public List<String> missing() {
        return missing;
    }

    /** Returns {@code rule: verdict amount [unmet] [missing]}. */
    @Override
    public String toString() {
        return rule.id() + ": " + verdict
                + amount().map(a -> " " + Cny.format(a)).orElse("") + (unmet.isEmpty() ? "" : " unmet " + unmet)
                + (missing.isEmpty() ? "" : " missing " + missing);
    }
}
