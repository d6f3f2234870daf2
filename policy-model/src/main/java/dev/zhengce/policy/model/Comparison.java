package dev.zhengce.policy.model;

/**
 * How a target's number is to be read, from the Chinese legal wording ({@code docs/reading.md}; Civil
 * Code art. 1259: 以上, 以下, 以内 include the number, 超过, 不满 exclude it).
 */
public enum Comparison {
    /** 以上, 不低于, 达到: at least the value (≥). */
    AT_LEAST("≥"),
    /** 超过, 突破, 高于: more than the value (&gt;). */
    MORE_THAN(">"),
    /** 以下, 不超过, 最高不超过, 以内: at most the value (≤). */
    AT_MOST("≤"),
    /** 不满, 低于: less than the value (&lt;). */
    LESS_THAN("<"),
    /** A至B: between the value and the upper value, both included. */
    BETWEEN("[a, b]"),
    /** 左右: about the value, within a tolerance the analyst states. */
    ABOUT("≈"),
    /** 比Y年降低X%: a reduction of at least the value (percent) against the baseline year. */
    REDUCTION("↓"),
    /** 由A提高到B以上: from the baseline value to at least the value. */
    FROM_TO("→"),
    /** 控制在国家下达的目标范围内: within a quota assigned from above, not stated in the text. */
    WITHIN_QUOTA("≤ quota"),
    /** 基本实现全覆盖: basically full coverage, near 100 %, needing a stated threshold. */
    FULL_COVERAGE("≈100%"),
    /** 明显提高, 居全省前列: a qualitative goal that needs a judgement. */
    QUALITATIVE("?");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** {@return a short symbol, such as {@code ≥}} */
    public String symbol() {
        return symbol;
    }

    /**
     * Returns the Chinese wording and its English meaning, from this module's bundle
     * ({@code comparison.} and the constant's name).
     *
     * @return the wording, such as {@code 以上 / 不低于 / 达到} and {@code at least}
     */
    public Bilingual wording() {
        return Bilingual.of(wording(Language.ZH.locale()), wording(Language.EN.locale()));
    }

    /**
     * Returns the wording in a locale's language: the Chinese wording for a Chinese locale,
     * the English meaning for any other.
     *
     * @param locale the locale
     * @return the wording, such as {@code 以上 / 不低于 / 达到}
     */
    public String wording(java.util.Locale locale) {
        return Messages.get(locale, "comparison." + name());
    }

    /** {@return whether a target with this comparison states a number ({@code value})} */
    public boolean hasValue() {
        return this != WITHIN_QUOTA && this != FULL_COVERAGE && this != QUALITATIVE;
    }

    /** {@return whether this is one of the four plain order relations ≥, &gt;, ≤, &lt;} */
    public boolean isOrder() {
        return this == AT_LEAST || this == MORE_THAN || this == AT_MOST || this == LESS_THAN;
    }
}
