package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Bilingual;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.Target;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How far a target is attained as of a year: the verdict, the observed figure, the expected
 * figure on the trajectory (before the target year), the attainment ratio where it means
 * something, the gap still to close, and the reason in Chinese and English.
 */
public final class Attainment {
    /** The verdict. */
    public enum Verdict {
        /** The target year is reached and the target is attained. */
        MET,
        /** The target year is reached, or a recurring year failed, and the target is not attained. */
        NOT_MET,
        /** Before the target year: at or ahead of the expected trajectory. */
        ON_TRACK,
        /** Before the target year: behind the expected trajectory. */
        BEHIND,
        /** The target has no number, or needs a tolerance, threshold or quota nobody stated. */
        NEEDS_JUDGEMENT,
        /** No observation to measure. */
        NO_DATA;

        /**
         * {@return the name a person reads, in a locale's language}
         *
         * @param locale the locale
         */
        public String displayName(java.util.Locale locale) {
            return Explainer.of(locale).text("attainment.verdict." + name());
        }
    }

    private final Target target;
    private final Verdict verdict;
    private final int asOf;
    private final BigDecimal observed;
    private final BigDecimal expected;
    private final BigDecimal ratio;
    private final BigDecimal gap;
    /** Why, not yet written: {@link Explainer} writes it when asked. */
    private final Object reason;

    Attainment(
            Target target,
            Verdict verdict,
            int asOf,
            BigDecimal observed,
            BigDecimal expected,
            BigDecimal ratio,
            BigDecimal gap,
            Object reason) {
        this.target = target;
        this.verdict = verdict;
        this.asOf = asOf;
        this.observed = observed;
        this.expected = expected;
        this.ratio = ratio;
        this.gap = gap;
        this.reason = reason;
    }

    /** {@return the target} */
    public Target target() {
        return target;
    }

    /** {@return the verdict} */
    public Verdict verdict() {
        return verdict;
    }

    /** {@return the year the evaluation is as of} */
    public int asOf() {
        return asOf;
    }

    /** {@return whether the target is only striven for (力争): measured, and flagged} */
    public boolean aspirational() {
        return target.aspirational();
    }

    /**
     * {@return the figure measured: the observed value, the sum for cumulative targets, the
     * achieved reduction in percent for reductions, the worst year for recurring targets}
     */
    public Optional<BigDecimal> observed() {
        return Optional.ofNullable(observed);
    }

    /** {@return the figure expected by now on the trajectory, before the target year} */
    public Optional<BigDecimal> expected() {
        return Optional.ofNullable(expected);
    }

    /**
     * {@return the attainment ratio, to four decimals half up: actual ÷ target for counts and
     * amounts, achieved ÷ required reduction, (actual − baseline) ÷ (target − baseline) for
     * from-to targets; actual ÷ limit for at-most targets, where 1 or less is attained}
     */
    public Optional<BigDecimal> ratio() {
        return Optional.ofNullable(ratio);
    }

    /** {@return what is still to close, in the target's unit; zero once attained} */
    public Optional<BigDecimal> gap() {
        return Optional.ofNullable(gap);
    }

    /** {@return why, in Chinese and English} */
    public Bilingual reason() {
        return Bilingual.of(
                Explainer.of(Language.ZH).write(reason),
                Explainer.of(Language.EN).write(reason));
    }

    /** Why, not yet written. */
    Object words() {
        return reason;
    }

    /**
     * Returns one line in one language: {@code Explainer.of(language).explain(this)}.
     *
     * @param language the language
     * @return the line
     */
    public String explain(Language language) {
        return Explainer.of(language).explain(this);
    }

    /** Returns the line in Chinese and in English. */
    @Override
    public String toString() {
        return explain(Language.ZH) + "\n" + explain(Language.EN);
    }
}
